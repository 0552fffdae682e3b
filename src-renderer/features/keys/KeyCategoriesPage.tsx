import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyCategoryRow } from '../../../src-shared/modules/keys';
import { errorMessage, invoke } from '../../api/client';
import { ErrorBanner, Notice } from '../../components/Field';
import './keys.css';

interface Draft {
  name: string;
  restrictedDefault: boolean;
  active: boolean;
  sort: string;
}

const draftOf = (c: KeyCategoryRow): Draft => ({ name: c.name, restrictedDefault: c.restrictedDefault, active: c.active, sort: String(c.sort) });

/** One category, edited in place: rename, default restriction, active, order; removed only while no key uses it. */
function CategoryLine({ row, onSaved, onError }: { row: KeyCategoryRow; onSaved(rows: KeyCategoryRow[], note: string): void; onError(e: unknown): void }) {
  const { t } = useTranslation();
  const [d, setD] = useState<Draft>(() => draftOf(row));
  const [busy, setBusy] = useState(false);
  useEffect(() => setD(draftOf(row)), [row]);
  const changed = JSON.stringify(d) !== JSON.stringify(draftOf(row));

  const send = async (remove: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      const rows = await invoke('keys.categories.save', {
        code: row.code,
        name: d.name.trim(),
        restrictedDefault: d.restrictedDefault,
        active: d.active,
        sort: Number(d.sort) || 0,
        remove,
      });
      onSaved(rows, t(remove ? 'keysUi.categories.removed' : 'keysUi.categories.saved', { name: remove ? row.name : d.name.trim() }));
    } catch (e) {
      onError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <tr className={row.active ? undefined : 'inactive'} data-code={row.code}>
      <td className="keys-code">{row.code}</td>
      <td>
        <input aria-label={t('keysUi.categories.name')} value={d.name} maxLength={20} onChange={(e) => setD({ ...d, name: e.target.value })} />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('keysUi.categories.restrictedDefault')}
          checked={d.restrictedDefault}
          onChange={(e) => setD({ ...d, restrictedDefault: e.target.checked })}
        />
      </td>
      <td>
        <input type="checkbox" aria-label={t('keysUi.categories.active')} checked={d.active} onChange={(e) => setD({ ...d, active: e.target.checked })} />
      </td>
      <td>
        <input className="keys-cat-sort" type="number" aria-label={t('keysUi.categories.sort')} value={d.sort} onChange={(e) => setD({ ...d, sort: e.target.value })} />
      </td>
      <td className="keys-num">{row.inUse}</td>
      <td className="actions">
        <button type="button" className="primary" disabled={!changed || busy} onClick={() => void send(false)}>
          {t('keysUi.categories.save')}
        </button>
        {row.inUse === 0 ? (
          <button type="button" className="danger" disabled={busy} onClick={() => void send(true)}>
            {t('keysUi.categories.remove')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

/** 钥匙类别: the desk's own list of key categories (security and general managers). */
export function KeyCategoriesPage() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<KeyCategoryRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newRestricted, setNewRestricted] = useState(false);

  useEffect(() => {
    invoke('keys.categories.list', { includeInactive: true }).then(setRows, (e: unknown) => setError(errorMessage(e)));
  }, []);

  const saved = (next: KeyCategoryRow[], note: string) => {
    setRows(next);
    setError(null);
    setNotice(note);
  };
  const failed = (e: unknown) => {
    setNotice(null);
    setError(errorMessage(e));
  };

  const add = async () => {
    try {
      const next = await invoke('keys.categories.save', { name: newName.trim(), restrictedDefault: newRestricted, active: true, remove: false });
      saved(next, t('keysUi.categories.saved', { name: newName.trim() }));
      setNewName('');
      setNewRestricted(false);
    } catch (e) {
      failed(e);
    }
  };

  return (
    <div className="page keys-page keys-categories-page">
      <div className="page-head">
        <h1>{t('keysUi.categories.title')}</h1>
      </div>
      <p className="muted">{t('keysUi.categories.intro')}</p>
      <Notice message={notice} />
      <ErrorBanner message={error} />
      <table className="data-table keys-categories-table">
        <thead>
          <tr>
            <th>{t('keysUi.categories.code')}</th>
            <th>{t('keysUi.categories.name')}</th>
            <th>{t('keysUi.categories.restrictedDefault')}</th>
            <th>{t('keysUi.categories.active')}</th>
            <th>{t('keysUi.categories.sort')}</th>
            <th className="keys-num">{t('keysUi.categories.inUse')}</th>
            <th>{t('keysUi.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <CategoryLine key={r.code} row={r} onSaved={saved} onError={failed} />
          ))}
        </tbody>
      </table>
      <form
        className="toolbar keys-cat-add"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <input aria-label={t('keysUi.categories.newName')} placeholder={t('keysUi.categories.newName')} value={newName} maxLength={20} onChange={(e) => setNewName(e.target.value)} />
        <label className="keys-check">
          <input type="checkbox" checked={newRestricted} onChange={(e) => setNewRestricted(e.target.checked)} />
          {t('keysUi.categories.restrictedDefault')}
        </label>
        <button type="submit" className="primary" disabled={!newName.trim()}>
          {t('keysUi.categories.add')}
        </button>
      </form>
    </div>
  );
}
