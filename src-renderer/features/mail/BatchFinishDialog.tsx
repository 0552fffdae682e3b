import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchRow } from '../../../src-shared/modules/mail';
import { errorMessage, invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner } from '../../components/Field';

interface Props {
  batch: BatchRow;
  count: number;
  onClose(): void;
  onDone(batch: BatchRow): void;
}

/** Closing a batch cannot be undone (a later parcel needs a new batch), so the count is checked with the courier first. */
export function BatchFinishDialog({ batch, count, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await invoke('mail.batches.close', { id: batch.id }));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('mailUi.signIn.batch.finishTitle', { no: batch.batchNo })} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="warning">{t('mailUi.signIn.batch.finishText', { count })}</p>
        <ErrorBanner message={error} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('mailUi.signIn.batch.finish')} />
      </form>
    </Dialog>
  );
}
