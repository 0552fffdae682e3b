import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BlocklistRow } from '../../../src-shared/modules/visitors';
import { invoke } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  entry: BlocklistRow;
  label: string;
  onClose(): void;
  onRemoved(): void;
}

/** Taking someone off the blocklist is a decision with a reason, kept in the audit trail. */
export function RemoveBlockDialog({ entry, label, onClose, onRemoved }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['reason']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await invoke('visitors.blocklist.remove', { id: entry.id, reason });
      onRemoved();
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('visitorsUi.blocklist.removeTitle', { name: label })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <Field label={t('visitorsUi.blocklist.removeReason')} error={errors.fields.reason}>
          <input name="reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('app.cancel')}
          </button>
          <button type="submit" className="visit-danger-button" disabled={busy}>
            {t('visitorsUi.blocklist.remove')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
