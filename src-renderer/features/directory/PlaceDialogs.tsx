import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuildingRow, UnitRow } from '../../../src-shared/modules/directory';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface BuildingProps {
  building: BuildingRow | null;
  onClose(): void;
  onSaved(b: BuildingRow): void;
}

export function BuildingDialog({ building, onClose, onSaved }: BuildingProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(building?.name ?? '');
  const [note, setNote] = useState(building?.note ?? '');
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['name', 'note']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onSaved(await invoke('directory.buildings.save', { id: building?.id, name, note }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={building ? t('app.rename') : t('buildings.addBuilding')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <Field label={t('buildings.buildingName')} error={errors.fields.name}>
          <input name="name" autoFocus value={name} onChange={(e) => setName(e.target.value)} />
        </Field>
        <Field label={t('buildings.note')} error={errors.fields.note}>
          <input name="note" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}

interface UnitProps {
  buildingId: number;
  unit: UnitRow | null;
  onClose(): void;
  onSaved(u: UnitRow): void;
}

export function UnitDialog({ buildingId, unit, onClose, onSaved }: UnitProps) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ entrance: unit?.entrance ?? '', room: unit?.room ?? '', note: unit?.note ?? '' });
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['entrance', 'room', 'note']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onSaved(await invoke('directory.units.save', { id: unit?.id, buildingId, ...form }));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={unit ? t('app.edit') : t('buildings.addUnit')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <Field label={t('buildings.entrance')} error={errors.fields.entrance}>
          <input name="entrance" autoFocus value={form.entrance} onChange={(e) => setForm({ ...form, entrance: e.target.value })} />
        </Field>
        <Field label={t('buildings.room')} error={errors.fields.room}>
          <input name="room" value={form.room} onChange={(e) => setForm({ ...form, room: e.target.value })} />
        </Field>
        <Field label={t('buildings.note')} error={errors.fields.note}>
          <input name="note" value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
