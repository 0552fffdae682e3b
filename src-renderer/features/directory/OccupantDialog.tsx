import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OCCUPANT_KINDS, type OccupantKind, type OccupantRow, type UnitRow } from '../../../src-shared/modules/directory';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  occupant: OccupantRow | null;
  onClose(): void;
  onSaved(row: OccupantRow): void;
}

const FIELDS = ['unitId', 'name', 'kind', 'phone', 'parcelConsent', 'note', 'active'];

function groupByBuilding(units: UnitRow[]): [string, UnitRow[]][] {
  const groups = new Map<string, UnitRow[]>();
  for (const u of units) groups.set(u.buildingName, [...(groups.get(u.buildingName) ?? []), u]);
  return [...groups.entries()];
}

export function OccupantDialog({ occupant, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [units, setUnits] = useState<UnitRow[] | null>(null);
  const [form, setForm] = useState({
    unitId: occupant?.unitId ?? 0,
    name: occupant?.name ?? '',
    kind: occupant?.kind ?? ('owner' as OccupantKind),
    phone: occupant?.phone ?? '',
    parcelConsent: occupant?.parcelConsent ?? false,
    note: occupant?.note ?? '',
    active: occupant?.active ?? true,
  });
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(FIELDS);

  useEffect(() => {
    invoke('directory.units.list', {}).then(setUnits, (err: unknown) => fromError(err));
  }, [fromError]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!form.unitId) return setField('unitId', t('directory.chooseUnit'));
    setBusy(true);
    try {
      onSaved(await invoke('directory.occupants.save', { ...form, id: occupant?.id }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={occupant ? t('directory.editOccupant') : t('directory.addOccupant')} onClose={onClose}>
      <form onSubmit={submit} className="form">
        <Field label={t('directory.unit')} error={errors.fields.unitId} hint={units?.length === 0 ? t('directory.noUnits') : undefined}>
          <select name="unitId" autoFocus value={form.unitId || ''} onChange={(e) => setForm({ ...form, unitId: Number(e.target.value) })}>
            <option value="">{units ? t('directory.chooseUnit') : t('app.loading')}</option>
            {groupByBuilding(units ?? []).map(([building, list]) => (
              <optgroup key={building} label={building}>
                {list.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field label={t('directory.name')} error={errors.fields.name}>
          <input name="name" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </Field>
        <Field label={t('directory.kind')} error={errors.fields.kind}>
          <select name="kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value as OccupantKind })}>
            {OCCUPANT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`occupantKinds.${k}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('directory.phone')} error={errors.fields.phone}>
          <input name="phone" inputMode="tel" value={form.phone} onChange={(e) => setForm({ ...form, phone: e.target.value })} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={form.parcelConsent} onChange={(e) => setForm({ ...form, parcelConsent: e.target.checked })} />
          {t('directory.consent')}
        </label>
        <Field label={t('directory.note')} error={errors.fields.note}>
          <input name="note" value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
        </Field>
        <label className="check">
          <input type="checkbox" checked={form.active} onChange={(e) => setForm({ ...form, active: e.target.checked })} />
          {t('directory.activeLabel')}
        </label>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
