import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { OccupantPicker, type HostPick } from '../../components/OccupantPicker';

export interface PersonValue {
  pick: HostPick | null;
  roomLabel: string;
  name: string;
  phone: string;
}

export const NO_PERSON: PersonValue = { pick: null, roomLabel: '', name: '', phone: '' };

/** What main takes: the occupant picked (a typed phone stands in when the directory has none), or all three typed. */
export function personInput(p: PersonValue): { occupantId?: number; roomLabel: string; name: string; phone: string } {
  if (p.pick?.occupantId) return { occupantId: p.pick.occupantId, roomLabel: '', name: '', phone: p.phone.trim() };
  return { roomLabel: p.roomLabel.trim(), name: p.name.trim(), phone: p.phone.trim() };
}

interface Props {
  value: PersonValue;
  onChange(value: PersonValue): void;
  errors: Record<string, string>;
}

/** A borrower or depositor: from the directory, or room, name and phone typed for someone not in it. */
export function PersonFields({ value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<PersonValue>) => onChange({ ...value, ...patch });
  const picked = Boolean(value.pick?.occupantId);
  return (
    <div className="lend-person">
      <OccupantPicker
        label={t('lendingUi.person.picker')}
        value={value.pick}
        onChange={(pick) => set({ pick })}
        placeholder={t('lendingUi.person.pickerPlaceholder')}
        error={errors.occupantId}
      />
      {picked ? null : <p className="muted lend-or">{t('lendingUi.person.orTyped')}</p>}
      <div className="lend-row">
        {picked ? null : (
          <>
            <Field label={t('lendingUi.person.room')} error={errors.roomLabel}>
              <input name="roomLabel" autoComplete="off" value={value.roomLabel} onChange={(e) => set({ roomLabel: e.target.value })} />
            </Field>
            <Field label={t('lendingUi.person.name')} error={errors.name}>
              <input name="name" autoComplete="off" value={value.name} onChange={(e) => set({ name: e.target.value })} />
            </Field>
          </>
        )}
        <Field label={picked ? t('lendingUi.person.phoneFallback') : t('lendingUi.person.phone')} error={errors.phone}>
          <input name="phone" inputMode="tel" autoComplete="off" value={value.phone} onChange={(e) => set({ phone: e.target.value })} />
        </Field>
      </div>
    </div>
  );
}
