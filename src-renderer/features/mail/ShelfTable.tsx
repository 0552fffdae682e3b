import { useTranslation } from 'react-i18next';
import type { ShelfRow } from '../../../src-shared/modules/mail';

/** The lobby's shelves: each pickup code starts with its shelf's letters and level. */
export function ShelfTable({ shelves, onEdit }: { shelves: ShelfRow[]; onEdit(shelf: ShelfRow): void }) {
  const { t } = useTranslation();
  return (
    <table className="data-table mlist-shelves">
      <thead>
        <tr>
          <th>{t('mailUi.lists.settings.code')}</th>
          <th>{t('mailUi.lists.settings.name')}</th>
          <th className="mlist-num">{t('mailUi.lists.settings.levels')}</th>
          <th>{t('mailUi.lists.settings.state')}</th>
          <th className="mlist-num">{t('mailUi.lists.settings.waiting')}</th>
          <th>{t('app.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {shelves.length === 0 ? (
          <tr>
            <td colSpan={6} className="empty">
              {t('app.noRecords')}
            </td>
          </tr>
        ) : (
          shelves.map((s) => (
            <tr key={s.id} className={s.active ? 'mlist-shelf' : 'mlist-shelf inactive'}>
              <td className="mlist-mono">
                <strong>{s.code}</strong>
              </td>
              <td>{s.name}</td>
              <td className="mlist-num">{s.levels}</td>
              <td>{s.active ? t('mailUi.lists.settings.on') : t('mailUi.lists.settings.off')}</td>
              <td className="mlist-num">{s.waiting}</td>
              <td className="actions">
                <button type="button" className="link" onClick={() => onEdit(s)}>
                  {t('mailUi.lists.settings.edit')}
                </button>
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
