import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { useSession } from '../../stores/session';
import { AuthCard } from './AuthCard';

export function LoginPage() {
  const { t } = useTranslation();
  const orgName = useSession((s) => s.orgName);
  const signedIn = useSession((s) => s.signedIn);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['username', 'password']);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      signedIn(await invoke('auth.login', { username, password }));
    } catch (err) {
      setPassword('');
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthCard title={t('auth.loginTitle')} subtitle={orgName}>
      <form onSubmit={submit} className="form">
        <Field label={t('auth.username')} error={errors.fields.username}>
          <input name="username" autoFocus autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        </Field>
        <Field label={t('auth.password')} error={errors.fields.password}>
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
        <ErrorBanner message={errors.general} />
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.loginSubmit')}
        </button>
      </form>
    </AuthCard>
  );
}
