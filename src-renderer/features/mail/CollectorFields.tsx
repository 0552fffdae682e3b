import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export interface CollectorDraft {
  kind: 'recipient' | 'authorised';
  name: string;
  phone: string;
  idTail: string;
  relation: string;
}

export const NO_COLLECTOR: CollectorDraft = { kind: 'recipient', name: '', phone: '', idTail: '', relation: '' };

interface Props {
  value: CollectorDraft;
  onChange(value: CollectorDraft): void;
  /** The name on the parcels; empty for a parcel addressed to the unit only, whose collector must give one. */
  recipientName: string;
  /** Main's field messages, keyed `collector.phone` etc. */
  errors: Record<string, string>;
}

/** 本人 or 代领: someone collecting for the recipient leaves a name, a phone and the end of their ID number. */
export function CollectorFields({ value, onChange, recipientName, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CollectorDraft>) => onChange({ ...value, ...patch });
  const proxy = value.kind === 'authorised';
  return (
    <fieldset className="field pickup-collector">
      <legend className="field-label">{t('mailUi.pickup.collector.legend')}</legend>
      <div className="pickup-kinds">
        {(['recipient', 'authorised'] as const).map((kind) => (
          <label key={kind} className={value.kind === kind ? 'pickup-kind pickup-kind-on' : 'pickup-kind'}>
            <input type="radio" name="collectorKind" checked={value.kind === kind} onChange={() => set({ kind })} />
            {t(`mailUi.pickup.collector.${kind}`)}
          </label>
        ))}
      </div>
      {!proxy && recipientName ? <p className="pickup-self">{t('mailUi.pickup.collector.self', { name: recipientName })}</p> : null}
      {proxy || !recipientName ? (
        <div className="pickup-collector-grid">
          <Field label={t(proxy ? 'mailUi.pickup.collector.proxyName' : 'mailUi.pickup.collector.name')} error={errors['collector.name']}>
            <input autoComplete="off" maxLength={40} value={value.name} onChange={(e) => set({ name: e.target.value })} />
          </Field>
          {proxy ? (
            <>
              <Field label={t('mailUi.pickup.collector.phone')} error={errors['collector.phone']}>
                <input inputMode="tel" autoComplete="off" maxLength={20} value={value.phone} onChange={(e) => set({ phone: e.target.value })} />
              </Field>
              <Field label={t('mailUi.pickup.collector.idTail')} error={errors['collector.idTail']}>
                <input
                  autoComplete="off"
                  maxLength={4}
                  className="pickup-mono"
                  value={value.idTail}
                  onChange={(e) => set({ idTail: e.target.value.toUpperCase() })}
                />
              </Field>
              <Field label={t('mailUi.pickup.collector.relation')} error={errors['collector.relation']}>
                <input
                  autoComplete="off"
                  maxLength={20}
                  placeholder={t('mailUi.pickup.collector.relationPlaceholder')}
                  value={value.relation}
                  onChange={(e) => set({ relation: e.target.value })}
                />
              </Field>
            </>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
