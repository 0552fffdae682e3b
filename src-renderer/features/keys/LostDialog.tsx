import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyRow } from '../../../src-shared/modules/keys';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

/** A key reported gone: closes its open loan as lost and flags the lock for the managers. */
export function LostDialog({ target, onClose, onDone }: { target: KeyRow; onClose(): void; onDone(k: KeyRow): void }) {
  const { t } = useTranslation();
  const [lostBy, setLostBy] = useState(target.currentLoan?.borrower ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['lostBy', 'note']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    clear();
    try {
      onDone(await invoke('keys.reportLost', { id: target.id, code: '', lostBy: lostBy.trim(), note: note.trim() }));
    } catch (error) {
      fromError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('keysUi.lost.title', { code: target.code })} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <ErrorBanner message={errors.general} />
        <Field label={t('keysUi.lost.lostBy')} error={errors.fields.lostBy}>
          <input value={lostBy} onChange={(e) => setLostBy(e.target.value)} />
        </Field>
        <Field label={t('keysUi.lost.note')} error={errors.fields.note}>
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('keysUi.lost.submit')} danger />
      </form>
    </Dialog>
  );
}
