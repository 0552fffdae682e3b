import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogButtons } from '../../components/Dialog';

interface Props {
  file: string;
  busy: boolean;
  onClose(): void;
  onConfirm(): void;
}

/** A restore replaces every record: it is confirmed in a dialog that says what happens to the current data. */
export function RestoreDialog({ file, busy, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm();
  };
  return (
    <Dialog title={t('backupsUi.restore.confirmTitle')} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t('backupsUi.restore.confirmText', { file })}</p>
        <DialogButtons busy={busy} onClose={onClose} submitLabel={t('backupsUi.restore.confirm')} danger />
      </form>
    </Dialog>
  );
}
