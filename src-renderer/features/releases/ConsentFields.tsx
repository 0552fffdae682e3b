import { useTranslation } from 'react-i18next';
import { CONSENT_METHODS, type ConsentMethod } from '../../../src-shared/modules/releases';
import { ErrorBanner, Field } from '../../components/Field';

export interface ConsentDraft {
  ownerName: string;
  /** Empty until chosen: how the owner agreed is recorded, never assumed. */
  method: ConsentMethod | '';
  note: string;
}

export const CONSENT_FIELDS = ['ownerConsent', 'ownerConsent.ownerName', 'ownerConsent.method', 'ownerConsent.note'];

interface Props {
  value: ConsentDraft;
  onChange(value: ConsentDraft): void;
  errors: Record<string, string>;
  /** Main's full OWNER_CONSENT_REQUIRED message, which names the tenant and unit. */
  refusal: string | null;
}

const isMethod = (v: string): v is ConsentMethod => (CONSENT_METHODS as readonly string[]).includes(v);

export function ConsentFields({ value, onChange, errors, refusal }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="field release-consent">
      <legend className="field-label">{t('releasesUi.issue.consentLegend')}</legend>
      <p className="field-hint">{t('releasesUi.issue.consentHint')}</p>
      <ErrorBanner message={refusal ?? errors.ownerConsent ?? null} />
      <div className="release-grid">
        <Field label={t('releasesUi.issue.ownerName')} error={errors['ownerConsent.ownerName']}>
          <input maxLength={40} value={value.ownerName} onChange={(e) => onChange({ ...value, ownerName: e.target.value })} />
        </Field>
        <Field label={t('releasesUi.issue.method')} error={errors['ownerConsent.method']}>
          <select value={value.method} onChange={(e) => onChange({ ...value, method: isMethod(e.target.value) ? e.target.value : '' })}>
            <option value="">{t('releasesUi.issue.chooseMethod')}</option>
            {CONSENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`releases.consentMethods.${m}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('releasesUi.issue.consentNote')} error={errors['ownerConsent.note']}>
        <input
          maxLength={100}
          placeholder={t('releasesUi.issue.consentNotePlaceholder')}
          value={value.note}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
        />
      </Field>
    </fieldset>
  );
}
