import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';

export interface ManagerOverride {
  username: string;
  password: string;
  reason: string;
}

interface Props {
  /** Main's refusal, naming the person and the blocklist reason. */
  message: string;
  busy: boolean;
  /** Main's answer to the last attempt (wrong credential, a role that may not override). */
  error: string | null;
  fieldErrors: Record<string, string>;
  onSubmit(override: ManagerOverride): void;
  onCancel(): void;
}

/**
 * The stop sign for a blocklisted visitor. Nothing is registered unless a general or security manager types their
 * own credential here, on the spot, with a reason; cancelling registers nothing.
 */
export function BlockedDialog({ message, busy, error, fieldErrors, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<ManagerOverride>({ username: '', password: '', reason: '' });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({ username: form.username.trim(), password: form.password, reason: form.reason.trim() });
    // The password is never kept on screen between attempts.
    setForm((f) => ({ ...f, password: '' }));
  };

  return (
    <Dialog title={t('visitorsUi.blocked.title')} onClose={onCancel}>
      <div className="visit-blocked" role="alert">
        <p className="visit-blocked-message">{message}</p>
        <p className="visit-blocked-hint">{t('visitorsUi.blocked.hint')}</p>
      </div>
      <form className="form" onSubmit={submit} autoComplete="off">
        <Field label={t('visitorsUi.blocked.username')} error={fieldErrors['managerOverride.username']}>
          <input name="managerUsername" autoComplete="off" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
        </Field>
        <Field label={t('visitorsUi.blocked.password')} error={fieldErrors['managerOverride.password']}>
          <input
            name="managerPassword"
            type="password"
            autoComplete="off"
            value={form.password}
            onChange={(e) => setForm({ ...form, password: e.target.value })}
          />
        </Field>
        <Field label={t('visitorsUi.blocked.reason')} error={fieldErrors['managerOverride.reason']}>
          <input name="overrideReason" value={form.reason} onChange={(e) => setForm({ ...form, reason: e.target.value })} />
        </Field>
        <ErrorBanner message={error} />
        <DialogButtons busy={busy} onClose={onCancel} submitLabel={t('visitorsUi.blocked.submit')} danger />
      </form>
    </Dialog>
  );
}
