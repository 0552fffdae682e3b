import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogButtons } from './Dialog';
import { ErrorBanner, Field } from './Field';
import { useFormErrors } from './useFormErrors';

interface Props<T> {
  title: string;
  /** What the act means, shown as a warning above the field. */
  hint?: string;
  label: string;
  /** Names the act ("注销", "作废"), never a neutral "save". */
  submitLabel: string;
  /** Acts that cannot be undone get a red button. */
  danger?: boolean;
  onClose(): void;
  /** Sends the reason to main; its refusal lands under the field (`fields.reason`) or as a banner. */
  submit(reason: string): Promise<T>;
  onDone(result: T): void;
}

/** One written reason for a recorded act: revoking a pass, voiding a slip, lifting a blocklist entry. */
export function ReasonDialog<T>({ title, hint, label, submitLabel, danger, onClose, submit, onDone }: Props<T>) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(['reason']);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setField('reason', t('validation.required'));
    setBusy(true);
    try {
      onDone(await submit(reason.trim()));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="form" onSubmit={(e) => void send(e)}>
        {hint ? <p className="warning">{hint}</p> : null}
        <Field label={label} error={errors.fields.reason}>
          <input name="reason" autoFocus autoComplete="off" maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} submitLabel={submitLabel} danger={danger} />
      </form>
    </Dialog>
  );
}
