import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArchiveBoxRow, ArchiveCabinetRow } from '../../../src-shared/modules/archive';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

/** A cabinet: number, serial among same-numbered cabinets (000 §5.3), where it stands, in use. */
export function CabinetDialog({ cabinet, onClose, onDone }: { cabinet?: ArchiveCabinetRow; onClose(): void; onDone(code: string): void }) {
  const { t } = useTranslation();
  const { errors, fromError } = useFormErrors(['number', 'serial', 'location', 'active']);
  const [busy, setBusy] = useState(false);
  const [f, setF] = useState({ number: String(cabinet?.number ?? ''), serial: String(cabinet?.serial ?? 1), location: cabinet?.location ?? '', active: cabinet?.active ?? true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const saved = await invoke('archive.cabinets.save', { ...(cabinet ? { id: cabinet.id } : {}), number: Number(f.number), serial: Number(f.serial), location: f.location, active: f.active });
      onDone(saved.code);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={cabinet ? t('archiveUi.storage.editCabinet', { code: cabinet.code }) : t('archiveUi.storage.addCabinet')} onClose={onClose}>
      <form onSubmit={submit}>
        <ErrorBanner message={errors.general} />
        <Field label={t('archiveUi.storage.number')} error={errors.fields.number}>
          <input name="number" type="number" min={1} max={999} value={f.number} onChange={(e) => setF({ ...f, number: e.target.value })} />
        </Field>
        <Field label={t('archiveUi.storage.serial')} error={errors.fields.serial}>
          <input name="serial" type="number" min={1} max={99} value={f.serial} onChange={(e) => setF({ ...f, serial: e.target.value })} />
        </Field>
        <Field label={t('archiveUi.storage.location')} error={errors.fields.location}>
          <input name="location" value={f.location} maxLength={60} onChange={(e) => setF({ ...f, location: e.target.value })} />
        </Field>
        <label className="checkbox">
          <input name="active" type="checkbox" checked={f.active} onChange={(e) => setF({ ...f, active: e.target.checked })} />
          {t('archiveUi.storage.active')}
        </label>
        {errors.fields.active ? <p className="field-error" role="alert">{errors.fields.active}</p> : null}
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}

/** A box in a cabinet: its two-digit number (the last part of the index number) and a label. */
export function BoxDialog({ cabinet, box, onClose, onDone }: { cabinet: ArchiveCabinetRow; box?: ArchiveBoxRow; onClose(): void; onDone(code: string): void }) {
  const { t } = useTranslation();
  const { errors, fromError } = useFormErrors(['boxNo', 'label', 'active']);
  const [busy, setBusy] = useState(false);
  const [f, setF] = useState({ boxNo: box ? String(box.boxNo).padStart(2, '0') : '', label: box?.label ?? '', active: box?.active ?? true });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const saved = await invoke('archive.boxes.save', { ...(box ? { id: box.id } : {}), cabinetId: cabinet.id, boxNo: Number(f.boxNo), label: f.label, active: f.active });
      onDone(saved.code);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog title={box ? t('archiveUi.storage.editBox', { code: box.code }) : `${t('archiveUi.storage.addBox')}（${cabinet.code}）`} onClose={onClose}>
      <form onSubmit={submit}>
        <ErrorBanner message={errors.general} />
        <Field label={t('archiveUi.storage.boxNo')} error={errors.fields.boxNo}>
          <input name="boxNo" inputMode="numeric" pattern="[0-9]{1,2}" maxLength={2} value={f.boxNo} onChange={(e) => setF({ ...f, boxNo: e.target.value })} />
        </Field>
        <Field label={t('archiveUi.storage.label')} error={errors.fields.label}>
          <input name="label" value={f.label} maxLength={60} onChange={(e) => setF({ ...f, label: e.target.value })} />
        </Field>
        <label className="checkbox">
          <input name="active" type="checkbox" checked={f.active} onChange={(e) => setF({ ...f, active: e.target.checked })} />
          {t('archiveUi.storage.active')}
        </label>
        {errors.fields.active ? <p className="field-error" role="alert">{errors.fields.active}</p> : null}
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
