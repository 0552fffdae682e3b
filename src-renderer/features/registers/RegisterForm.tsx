import { useTranslation } from 'react-i18next';
import type { BuildingRow } from '../../../src-shared/modules/directory';
import { Field } from '../../components/Field';
import type { RegisterEntry } from './catalogue';

export interface RegisterFormValues {
  from: string;
  to: string;
  day: string;
  buildingId: string;
}

interface Props {
  entry: RegisterEntry;
  values: RegisterFormValues;
  buildings: BuildingRow[];
  onChange(patch: Partial<RegisterFormValues>): void;
}

/** The params a register takes: a period, a day, a building — only those its channel's schema has. */
export function RegisterForm({ entry, values, buildings, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="reg-centre-fields">
      {entry.period && (
        <>
          <Field label={t('registersUi.from')} hint={entry.period === 'optional' ? t('registersUi.openPeriod') : undefined}>
            <input type="date" value={values.from} onChange={(e) => onChange({ from: e.target.value })} />
          </Field>
          <Field label={t('registersUi.to')}>
            <input type="date" value={values.to} onChange={(e) => onChange({ to: e.target.value })} />
          </Field>
        </>
      )}
      {entry.day && (
        <Field label={t('registersUi.day')}>
          <input type="date" value={values.day} onChange={(e) => onChange({ day: e.target.value })} />
        </Field>
      )}
      {entry.building && (
        <Field label={t('registersUi.building')}>
          <select value={values.buildingId} onChange={(e) => onChange({ buildingId: e.target.value })}>
            <option value="">{t('registersUi.allBuildings')}</option>
            {buildings.map((b) => (
              <option key={b.id} value={String(b.id)}>
                {b.name}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}
