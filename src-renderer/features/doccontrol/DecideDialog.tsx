import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

/** The forms that wait for an approver; each decides one row by id with the same approve / note input. */
type DecideChannel = 'doccontrol.copyRequests.decide' | 'doccontrol.reissues.decide' | 'doccontrol.voids.decide';

/**
 * The approver, logged in, approves or refuses with a comment: the approval is this recorded act. `onDecided` runs
 * once it is recorded (the page closes the dialog and reloads); a refusal stays in the dialog.
 */
export function DecideDialog({ what, channel, id, onDecided, onClose }: { what: string; channel: DecideChannel; id: number; onDecided(): void; onClose(): void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, clear } = useFormErrors(['note']);

  const decide = async (e: FormEvent, approve: boolean) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      await invoke(channel, { id, approve, note: note.trim() });
      onDecided();
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('doccontrolUi.decide.title', { what })} onClose={onClose}>
      <form onSubmit={(e) => void decide(e, true)}>
        <Field label={t('doccontrolUi.decide.note')} error={errors.fields.note}>
          <input name="decisionNote" autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={(e) => void decide(e, false)}>
            {t('doccontrolUi.decide.reject')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('doccontrolUi.decide.approve')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
