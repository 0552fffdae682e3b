import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserRow } from '../../../src-shared/modules/users';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/Field';
import { formatTime } from '../../components/time';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { UserDialog } from './UserDialog';

export function UsersPage() {
  const { t } = useTranslation();
  const [users, setUsers] = useState<UserRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);

  const load = useCallback(() => {
    invoke('users.list', {}).then(setUsers, (err: unknown) => setError(errorMessage(err)));
  }, []);
  useEffect(load, [load]);

  const toggle = async (u: UserRow) => {
    setError(null);
    try {
      await invoke('users.update', { id: u.id, disabled: !u.disabled });
      load();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('users.title')}</h1>
        <button type="button" className="primary" autoFocus onClick={() => setEditing('new')}>
          {t('users.add')}
        </button>
      </div>
      <ErrorBanner message={error} />
      <Notice message={notice} />
      <table className="data-table">
        <thead>
          <tr>
            <th>{t('users.username')}</th>
            <th>{t('users.displayName')}</th>
            <th>{t('users.roles')}</th>
            <th>{t('users.department')}</th>
            <th>{t('users.status')}</th>
            <th>{t('users.lastLogin')}</th>
            <th>{t('app.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.disabled ? 'inactive' : undefined}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>{u.roles.map((r) => t(`roles.${r}`)).join(t('app.listSep'))}</td>
              <td>{u.departmentName ?? ''}</td>
              <td>
                {u.disabled ? t('users.disabled') : t('users.enabled')}
                {u.lockedUntil ? <div className="warning">{t('users.lockedUntil', { until: formatTime(u.lockedUntil) })}</div> : null}
              </td>
              <td>{formatTime(u.lastLoginAt)}</td>
              <td className="actions">
                <button type="button" className="link" onClick={() => setEditing(u)}>
                  {t('app.edit')}
                </button>
                <button type="button" className="link" onClick={() => void toggle(u)}>
                  {u.disabled ? t('users.enable') : t('users.disable')}
                </button>
                <button type="button" className="link" onClick={() => setResetting(u)}>
                  {t('users.resetPassword')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <UserDialog
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNotice(t('app.saved'));
            load();
          }}
        />
      ) : null}
      {resetting ? (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => setResetting(null)}
          onDone={() => {
            setResetting(null);
            setNotice(t('users.resetDone'));
            load();
          }}
        />
      ) : null}
    </div>
  );
}
