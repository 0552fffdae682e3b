import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export interface CountValue {
  username: string;
  password: string;
  cashAmount: string;
}

interface Props {
  value: CountValue;
  onChange(value: CountValue): void;
  /** Cash is counted and its amount recorded (§4.10.1, 现金); other valuables only get the second person. */
  cash: boolean;
  errors: Record<string, string>;
}

/**
 * A high-value find (001 §4.10.1): a second person counts it there and then, typing their own username and password
 * on this screen; main checks the credential and refuses the caller's own.
 */
export function CountFields({ value, onChange, cash, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CountValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="lf-count">
      <legend>{t('lostfoundUi.intake.countTitle')}</legend>
      {cash ? (
        <Field label={t('lostfoundUi.intake.cashAmount')} error={errors.cashAmount}>
          <input name="cashAmount" inputMode="decimal" autoComplete="off" className="lf-narrow" value={value.cashAmount} onChange={(e) => set({ cashAmount: e.target.value })} />
        </Field>
      ) : null}
      <Field label={t('lostfoundUi.intake.countUser')} error={errors.countedBy}>
        <input name="countUser" autoComplete="off" value={value.username} onChange={(e) => set({ username: e.target.value })} />
      </Field>
      <Field label={t('lostfoundUi.intake.countPassword')}>
        <input name="countPassword" type="password" autoComplete="new-password" value={value.password} onChange={(e) => set({ password: e.target.value })} />
      </Field>
    </fieldset>
  );
}
