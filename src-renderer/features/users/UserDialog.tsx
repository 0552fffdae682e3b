import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../src-shared/roles';
import type { DepartmentRow, UserRow } from '../../../src-shared/modules/users';
import { invoke } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { ErrorBanner, Field } from '../../components/Field';
import { useFormErrors } from '../../components/useFormErrors';

interface Props {
  user: UserRow | null;
  onClose(): void;
  onSaved(u: UserRow): void;
}

export function UserDialog({ user, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState(user?.username ?? '');
  const [displayName, setDisplayName] = useState(user?.displayName ?? '');
  const [roles, setRoles] = useState<Role[]>(user?.roles ?? []);
  const [password, setPassword] = useState('');
  const [departmentId, setDepartmentId] = useState(user?.departmentId ? String(user.departmentId) : '');
  const [departments, setDepartments] = useState<DepartmentRow[]>([]);
  const [busy, setBusy] = useState(false);
  const { errors, fromError } = useFormErrors(['username', 'displayName', 'roles', 'password', 'departmentId']);

  useEffect(() => {
    void invoke('users.departments.list', {}).then(setDepartments, () => undefined);
  }, []);

  const toggleRole = (r: Role, on: boolean) => setRoles(on ? ROLES.filter((x) => x === r || roles.includes(x)) : roles.filter((x) => x !== r));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      onSaved(
        user
          ? await invoke('users.update', { id: user.id, displayName, roles, departmentId: departmentId ? Number(departmentId) : null })
          : await invoke('users.create', { username, displayName, roles, password, departmentId: departmentId ? Number(departmentId) : null }),
      );
    } catch (err) {
      fromError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={user ? t('users.edit') : t('users.add')} onClose={onClose}>
      <form className="form" onSubmit={submit}>
        <Field label={t('users.username')} error={errors.fields.username}>
          <input name="username" autoFocus={!user} disabled={Boolean(user)} autoComplete="off" value={username} onChange={(e) => setUsername(e.target.value)} />
        </Field>
        <Field label={t('users.displayName')} error={errors.fields.displayName}>
          <input name="displayName" autoFocus={Boolean(user)} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </Field>
        <Field label={t('users.department')} error={errors.fields.departmentId} hint={t('users.departmentHint')}>
          <select name="departmentId" value={departmentId} onChange={(e) => setDepartmentId(e.target.value)}>
            <option value="">{t('users.noDepartment')}</option>
            {departments
              .filter((d) => d.active || String(d.id) === departmentId)
              .map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
          </select>
        </Field>
        <fieldset className={errors.fields.roles ? 'field field-invalid' : 'field'}>
          <legend className="field-label">{t('users.roles')}</legend>
          <div className="role-grid">
            {ROLES.map((r) => (
              <label key={r} className="check">
                <input type="checkbox" name={`role-${r}`} checked={roles.includes(r)} onChange={(e) => toggleRole(r, e.target.checked)} />
                {t(`roles.${r}`)}
              </label>
            ))}
          </div>
          {errors.fields.roles ? <span className="field-error">{errors.fields.roles}</span> : null}
        </fieldset>
        {user ? null : (
          <Field label={t('users.initialPassword')} error={errors.fields.password} hint={t('auth.passwordHint')}>
            <input name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          </Field>
        )}
        <ErrorBanner message={errors.general} />
        <DialogButtons busy={busy} onClose={onClose} />
      </form>
    </Dialog>
  );
}
