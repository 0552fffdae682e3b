import { useTranslation } from 'react-i18next';
import type { ArchiveDocumentRow } from '../../../src-shared/modules/archive';
import { ListTable } from '../../components/ListTable';

const COLUMNS = ['indexNo', 'title', 'category', 'level', 'copies', 'department', 'date'] as const;

/** The catalogue list: index number first (what the archivist files and finds by), then what the document is. */
export function DocumentTable({ rows, onOpen }: { rows: ArchiveDocumentRow[]; onOpen(id: number): void }) {
  const { t } = useTranslation();
  return (
    <ListTable
      className="data-table archive-table"
      columns={[...COLUMNS.map((c) => t(`archiveUi.list.col.${c}`)), '']}
      empty={t('archiveUi.list.none')}
      rows={rows}
    >
      {(d) => (
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
      )}
    </ListTable>
  );
}
