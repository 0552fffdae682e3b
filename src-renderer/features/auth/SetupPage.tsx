import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';
import { useSession } from '../../stores/session';
import { AuthCard } from './AuthCard';

const FIELDS = ['orgName', 'username', 'displayName', 'password', 'confirm'] as const;

export function SetupPage() {
  const { t } = useTranslation();
  const signedIn = useSession((s) => s.signedIn);
  const backupsFound = useSession((s) => s.backupsFound);
  const [form, setForm] = useState({ orgName: '', username: '', displayName: '', password: '', confirm: '' });
  const [busy, setBusy] = useState(false);
  const { errors, fromError, setField } = useFormErrors(FIELDS);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (form.password !== form.confirm) return setField('confirm', t('auth.passwordMismatch'));
    setBusy(true);
    try {
      const { confirm: _confirm, ...input } = form;
      signedIn(await invoke('auth.setup', input));
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  const input = (name: (typeof FIELDS)[number], type = 'text', autoFocus = false) => (
    <input
      name={name}
      type={type}
      autoFocus={autoFocus}
      autoComplete={type === 'password' ? 'new-password' : 'off'}
      value={form[name]}
      onChange={(e) => setForm({ ...form, [name]: e.target.value })}
    />
  );

  return (
    <AuthCard title={t('auth.setupTitle')}>
      {backupsFound ? (
        <p className="warning" role="alert">
          {t('auth.setupBackupsFound', { count: backupsFound.count, latest: backupsFound.latest ?? '—' })}
        </p>
      ) : null}
      <p className="muted">{t('auth.setupHint')}</p>
      <form onSubmit={submit} className="form">
        <Field label={t('auth.orgName')} error={errors.fields.orgName}>
          {input('orgName', 'text', true)}
        </Field>
        <Field label={t('auth.username')} error={errors.fields.username}>
          {input('username')}
        </Field>
        <Field label={t('auth.displayName')} error={errors.fields.displayName}>
          {input('displayName')}
        </Field>
        <Field label={t('auth.password')} error={errors.fields.password} hint={t('auth.passwordHint')}>
          {input('password', 'password')}
        </Field>
        <Field label={t('auth.passwordConfirm')} error={errors.fields.confirm}>
          {input('confirm', 'password')}
        </Field>
        <ErrorBanner message={errors.general} />
        <button type="submit" className="primary" disabled={busy}>
          {t('auth.setupSubmit')}
        </button>
      </form>
    </AuthCard>
  );
}
