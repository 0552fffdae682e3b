import { useTranslation } from 'react-i18next';
import type { ArchiveDocumentRow } from '../../../src-shared/modules/archive';

/** The catalogue list: index number first (what the archivist files and finds by), then what the document is. */
export function DocumentTable({ rows, onOpen }: { rows: ArchiveDocumentRow[]; onOpen(id: number): void }) {
  const { t } = useTranslation();
  return (
    <table className="data-table archive-table">
      <thead>
        <tr>
          <th>{t('archiveUi.list.col.indexNo')}</th>
          <th>{t('archiveUi.list.col.title')}</th>
          <th>{t('archiveUi.list.col.category')}</th>
          <th>{t('archiveUi.list.col.level')}</th>
          <th>{t('archiveUi.list.col.copies')}</th>
          <th>{t('archiveUi.list.col.department')}</th>
          <th>{t('archiveUi.list.col.date')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={8} className="empty">
              {t('archiveUi.list.none')}
            </td>
          </tr>
        ) : (
          rows.map((d) => (
            <tr key={d.id} data-testid="archive-row">
              <td className="archive-mono nowrap">{d.indexNo}</td>
              <td>
                {d.title}
                <div className="muted archive-note">{[d.docNo, d.drawingNo, d.version].filter(Boolean).join(' · ')}</div>
              </td>
              <td>{t(`archiveUi.categories.${d.category}`)}</td>
              <td className="nowrap">{t(`archiveUi.levelShort.${d.level}`)}</td>
              <td>{d.copies}</td>
              <td className="nowrap">{d.departmentName}</td>
              <td className="nowrap">
                {d.docDate}
                {d.status !== 'active' ? <div className="archive-flag">{t(`archiveUi.status.${d.status}`)}</div> : null}
              </td>
              <td>
                <button type="button" onClick={() => onOpen(d.id)}>
                  {t('archiveUi.list.open')}
                </button>
              </td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
