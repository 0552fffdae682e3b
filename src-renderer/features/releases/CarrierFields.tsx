import { useTranslation } from 'react-i18next';
import { ID_DOC_TYPES, type IdDocType } from '../../../src-shared/modules/passes';
import { Field } from '../../components/Field';

export interface CarrierDraft {
  carrierName: string;
  carrierIdType: IdDocType;
  carrierIdNumber: string;
  carrierPhone: string;
  vehiclePlate: string;
  remarks: string;
}

export const CARRIER_FIELDS = ['carrierName', 'carrierIdType', 'carrierIdNumber', 'carrierPhone', 'vehiclePlate', 'remarks'];

interface Props {
  value: CarrierDraft;
  onChange(value: CarrierDraft): void;
  errors: Record<string, string>;
}

const isIdType = (v: string): v is IdDocType => (ID_DOC_TYPES as readonly string[]).includes(v);

/** Who carries the goods out, and the vehicle security will see at the gate. */
export function CarrierFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<CarrierDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="field">
      <legend className="field-label">{t('releasesUi.issue.carrierLegend')}</legend>
      <div className="release-grid">
        <Field label={t('releasesUi.issue.carrierName')} error={errors.carrierName}>
          <input maxLength={40} value={value.carrierName} onChange={(e) => set({ carrierName: e.target.value })} />
        </Field>
        <Field label={t('releasesUi.issue.phone')} error={errors.carrierPhone}>
          <input inputMode="tel" maxLength={20} value={value.carrierPhone} onChange={(e) => set({ carrierPhone: e.target.value })} />
        </Field>
        <Field label={t('releasesUi.issue.idType')} error={errors.carrierIdType}>
          <select value={value.carrierIdType} onChange={(e) => isIdType(e.target.value) && set({ carrierIdType: e.target.value })}>
            {ID_DOC_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`idTypes.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('releasesUi.issue.idNumber')} error={errors.carrierIdNumber}>
          <input autoComplete="off" maxLength={40} value={value.carrierIdNumber} onChange={(e) => set({ carrierIdNumber: e.target.value })} />
        </Field>
        <Field label={t('releasesUi.issue.plate')} error={errors.vehiclePlate}>
          <input
            autoComplete="off"
            maxLength={12}
            placeholder={t('releasesUi.issue.platePlaceholder')}
            value={value.vehiclePlate}
            onChange={(e) => set({ vehiclePlate: e.target.value })}
          />
        </Field>
        <Field label={t('releasesUi.issue.remarks')} error={errors.remarks}>
          <input maxLength={200} value={value.remarks} onChange={(e) => set({ remarks: e.target.value })} />
        </Field>
      </div>
    </fieldset>
  );
}
