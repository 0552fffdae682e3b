import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { ListTable, type ListColumn } from '../../components/ListTable';
import { SelectAllBox } from '../../components/SelectAllBox';
import { formatTime } from '../../components/time';

interface Props {
  rows: MailItemRow[];
  selected: ReadonlySet<number>;
  onToggle(row: MailItemRow): void;
  onToggleAll(on: boolean): void;
}

export const letterRecipient = (m: Pick<MailItemRow, 'unitLabel' | 'recipientName'>): string => [m.unitLabel, m.recipientName].filter(Boolean).join(' ');

/** Only a letter still waiting can go into a mailbox; one refused or reported lost stays listed but cannot be ticked. */
export const deliverable = (m: MailItemRow): boolean => m.status === 'waiting';

/** Letters not yet delivered; one past its deadline is red, so the round starts with it. */
export function LetterTable({ rows, selected, onToggle, onToggleAll }: Props) {
  const { t } = useTranslation();
  const open = rows.filter(deliverable);
  const count = open.filter((m) => selected.has(m.id)).length;
  const columns: ListColumn[] = [
    {
      label: <SelectAllBox label={t('mailUi.pickup.letters.selectAll')} count={count} total={open.length} onChange={onToggleAll} />,
      className: 'pickup-check',
    },
    ...(['kind', 'number', 'recipient', 'pieces', 'sender', 'receivedAt', 'dueAt', 'status'] as const).map((c) => t(`mailUi.pickup.letters.col.${c}`)),
  ];

  return (
    <ListTable className="data-table letter-table" columns={columns} empty={t('mailUi.pickup.letters.none')} rows={rows}>
      {(m) => {
        const what = [t(`mailUi.kind.${m.kind}`), m.trackingNo, letterRecipient(m)].filter(Boolean).join(' ');
        return (
          <tr key={m.id} className={m.overdue ? 'letter-row letter-row-overdue' : 'letter-row'} data-testid="letter-row">
            <td className="pickup-check">
              <input
                type="checkbox"
                aria-label={t('mailUi.pickup.letters.selectItem', { what })}
                disabled={!deliverable(m)}
                checked={selected.has(m.id)}
                onChange={() => onToggle(m)}
              />
            </td>
            <td className="nowrap">{t(`mailUi.kind.${m.kind}`)}</td>
            <td className="pickup-mono nowrap">{m.trackingNo}</td>
            <td>
              {letterRecipient(m)}
              {m.matched ? null : (
                <>
                  {' '}
                  <span className="pickup-flag pickup-flag-warn">{t('mailUi.unmatched')}</span>
                </>
              )}
              {m.remarks ? <div className="muted pickup-note">{m.remarks}</div> : null}
            </td>
            <td>{m.pieces}</td>
            <td>{m.sender}</td>
            <td className="nowrap">{formatTime(m.receivedAt)}</td>
            <td className="nowrap">
              <span className={m.overdue ? 'letter-due-overdue' : undefined}>{formatTime(m.dueAt)}</span>
              {m.overdue ? (
                <>
                  {' '}
                  <span className="pickup-flag pickup-flag-danger">{t('mailUi.overdue')}</span>
                </>
              ) : null}
            </td>
            <td className="nowrap">{m.status === 'waiting' ? t('mailUi.pickup.letters.waiting') : t(`mailUi.status.${m.status}`)}</td>
          </tr>
        );
      }}
    </ListTable>
  );
}
