import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../src-shared/modules/users';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  user: UserRow;
  onClose(): void;
  onDone(): void;
}

export function ResetPasswordDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(['password', 'confirm']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (password !== confirm) return setField('confirm', t('auth.passwordMismatch'));
    setBusy(true);
    try {
      await invoke('users.resetPassword', { id: user.id, password });
      onDone();
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('users.resetTitle', { name: user.displayName })} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <Field label={t('users.newPassword')} error={errors.fields.password} hint={t('auth.passwordHint')}>
          <input name="password" type="password" autoFocus autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <Field label={t('auth.passwordConfirm')} error={errors.fields.confirm}>
          <input name="confirm" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
