import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  visitId: number;
  name: string;
  onClose(): void;
}

/** A manager's look at one full ID number: a written reason first, because main audits every view. */
export function RevealIdDialog({ visitId, name, onClose }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [idNumber, setIdNumber] = useState<string | null>(null);
  const { errors, fromError, clear } = useFormErrors(['reason']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    clear();
    try {
      setIdNumber((await invoke('visitors.revealId', { visitId, reason })).idNumber);
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('visitorsUi.reveal.title')} onClose={onClose}>
      {idNumber ? (
        <div className="form">
          <p className="field-label">{t('visitorsUi.reveal.result', { name })}</p>
          <output className="visit-revealed visit-mono" aria-label={t('visitorsUi.reveal.result', { name })}>
            {idNumber}
          </output>
          <div className="dialog-actions">
            <button type="button" className="primary" autoFocus onClick={onClose}>
              {t('app.close')}
            </button>
          </div>
        </div>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)}>
          <p className="muted">{t('visitorsUi.reveal.hint')}</p>
          <Field label={t('visitorsUi.reveal.reason')} error={errors.fields.reason}>
            <input name="reason" autoFocus value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <ErrorBanner message={errors.general} />
          <DialogButtons busy={busy} onClose={onClose} submitLabel={t('visitorsUi.reveal.submit')} />
        </form>
      )}
    </Dialog>
  );
}
