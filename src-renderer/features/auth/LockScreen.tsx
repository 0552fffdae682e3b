import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { useSession } from '../../stores/session';
import { AuthCard } from './AuthCard';

/** Replaces the whole layout while locked, so no register stays readable on an unattended desk. */
export function LockScreen() {
  const { t } = useTranslation();
  const { user, orgName, unlocked, logout } = useSession();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['password']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const r = await invoke('auth.unlock', { password });
      unlocked(r.user);
    } catch (err) {
      setPassword('');
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.lockTitle')} subtitle={orgName}>
      <p className="muted">{t('auth.lockHint', { name: user?.displayName ?? '' })}</p>
      <form onSubmit={submit} className="form">
        <Field label={t('auth.password')} error={errors.fields.password}>
          <input name="password" type="password" autoFocus autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {t('auth.unlock')}
          </button>
          <button type="button" onClick={() => void logout()}>
            {t('auth.switchUser')}
          </button>
        </div>
      </form>
    </AuthCard>
  );
}
