import { useTranslation } from 'react-i18next';
import type { LfItemRow } from '../../../src-shared/modules/lostfound';
import { ListTable } from '../../components/ListTable';
import { formatTime } from '../../components/time';

const COLUMNS = ['itemNo', 'item', 'found', 'finder', 'place', 'status'] as const;

/** Found items newest first; the features stay in the detail, the list shows what the desk searches by. */
export function ItemTable({ rows, onOpen }: { rows: LfItemRow[]; onOpen(id: number): void }) {
  const { t } = useTranslation();
  return (
    <ListTable
      className="data-table lf-table"
      columns={[...COLUMNS.map((c) => t(`lostfoundUi.list.col.${c}`)), '']}
      empty={t('lostfoundUi.list.none')}
      rows={rows}
    >
      {(i) => (
        <tr key={i.id} data-testid="lf-row" className={i.expired || i.policeOverdue ? 'lf-row-alert' : undefined}>
          <td className="lf-mono nowrap">{i.itemNo}</td>
          <td>
            {i.name} ×{i.quantity}
            {i.highValue ? <span className="lf-flag">{t('lostfoundUi.flags.highValue')}</span> : null}
            <div className="muted lf-note">{t(`lostfoundUi.categories.${i.category}`)}</div>
          </td>
          <td className="nowrap">
            {formatTime(i.foundAt)}
            <div className="muted lf-note">{i.foundPlace}</div>
          </td>
          <td>{i.finderName}</td>
          <td>{i.placeName}</td>
          <td className="nowrap">
            {t(`lostfoundUi.status.${i.status}`)}
            {i.status === 'claimed' && i.claimantName ? <div className="muted lf-note">{i.claimantName}</div> : null}
            {i.expired ? <span className="lf-flag lf-flag-danger">{t('lostfoundUi.flags.expired')}</span> : null}
            {i.policeOverdue ? <span className="lf-flag lf-flag-danger">{t('lostfoundUi.flags.policeOverdue')}</span> : null}
          </td>
          <td>
            <button type="button" onClick={() => onOpen(i.id)}>
              {t('lostfoundUi.list.open')}
            </button>
          </td>
        </tr>
      )}
    </ListTable>
  );
}
