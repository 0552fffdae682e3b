import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface AuditFilterForm {
  from: string;
  to: string;
  userId: string;
  module: string;
  entity: string;
}

export interface UserOption {
  id: number;
  name: string;
}

interface Props {
  form: AuditFilterForm;
  onChange(f: AuditFilterForm): void;
  onSubmit(e: FormEvent): void;
  users: UserOption[];
  modules: string[];
}

export function AuditFilters({ form, onChange, onSubmit, users, modules }: Props) {
  const { t } = useTranslation();
  return (
    <form className="toolbar filters" onSubmit={onSubmit}>
      <label>
        {t('audit.from')}
        <input type="date" name="from" autoFocus value={form.from} onChange={(e) => onChange({ ...form, from: e.target.value })} />
      </label>
      <label>
        {t('audit.to')}
        <input type="date" name="to" value={form.to} onChange={(e) => onChange({ ...form, to: e.target.value })} />
      </label>
      <label>
        {t('audit.user')}
        <select name="userId" value={form.userId} onChange={(e) => onChange({ ...form, userId: e.target.value })}>
          <option value="">{t('audit.anyUser')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.module')}
        <select name="module" value={form.module} onChange={(e) => onChange({ ...form, module: e.target.value })}>
          <option value="">{t('app.all')}</option>
          {modules.map((m) => (
            <option key={m} value={m}>
              {t(`modules.${m}`, { defaultValue: m })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('audit.entity')}
        <input name="entity" value={form.entity} onChange={(e) => onChange({ ...form, entity: e.target.value })} />
      </label>
      <button type="submit" className="primary">
        {t('audit.apply')}
      </button>
    </form>
  );
}
