import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { formatTime } from '../../components/time';
import { MailListFlags, recipientText, returnable } from './MailListFlags';

interface Props {
  rows: MailItemRow[];
  onOpen(item: MailItemRow): void;
  /** Given only to those who may hand parcels back to a carrier. */
  selection?: { ids: ReadonlySet<number>; toggle(item: MailItemRow): void };
}

export function MailListTable({ rows, onOpen, selection }: Props) {
  const { t } = useTranslation();
  const columns: ListColumn[] = [
    ...(selection ? [{ label: null, ariaLabel: t('mailUi.lists.col.select') }] : []),
    t('mailUi.lists.col.receivedAt'),
    t('mailUi.lists.col.kind'),
    t('mailUi.lists.col.carrier'),
    t('mailUi.lists.col.trackingNo'),
    t('mailUi.lists.col.recipient'),
    t('mailUi.lists.col.code'),
    t('mailUi.lists.col.status'),
    t('mailUi.lists.col.flags'),
    { label: t('mailUi.lists.col.waiting'), className: 'mlist-num' },
  ];
  return (
    <ListTable className="data-table mlist-table" columns={columns} empty={t('app.noRecords')} rows={rows}>
      {(m) => {
        const number = m.trackingNo || t('mailUi.lists.noNumber');
        return (
          <tr key={m.id} className={`mlist-row mlist-row-${m.status}`} onClick={() => onOpen(m)}>
            {selection ? (
              // The box selects for a return; the rest of the row opens the record.
              <td className="mlist-select" onClick={(e) => e.stopPropagation()}>
                {returnable(m) ? (
                  <input
                    type="checkbox"
                    aria-label={t('mailUi.lists.selectRow', { what: number })}
                    checked={selection.ids.has(m.id)}
                    onChange={() => selection.toggle(m)}
                  />
                ) : null}
              </td>
            ) : null}
            <td className="nowrap">{formatTime(m.receivedAt)}</td>
            <td className="nowrap">
              {t(`mailUi.kind.${m.kind}`)}
              {m.pieces > 1 ? ` ×${m.pieces}` : ''}
            </td>
            <td className="nowrap">{m.carrierName}</td>
            <td className="nowrap">
              <button type="button" className="link mlist-mono mlist-open" onClick={(e) => {
                  e.stopPropagation();
                  onOpen(m);
                }}>
                {number}
              </button>
            </td>
            <td>{recipientText(m)}</td>
            <td className="nowrap mlist-mono">{m.pickupCode}</td>
            <td>
              <span className={`mlist-status mlist-status-${m.status}`}>{t(`mailUi.status.${m.status}`)}</span>
              {m.statusNote ? <div className="muted mlist-note">{m.statusNote}</div> : null}
            </td>
            <td>
              <MailListFlags item={m} />
            </td>
            <td className="mlist-num nowrap">{t('mailUi.lists.days', { count: m.waitingDays })}</td>
          </tr>
        );
      }}
    </ListTable>
  );
}
