import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { SelectAllBox } from '../../components/SelectAllBox';
import { formatTime } from '../../components/time';

/** One recipient's parcels: main hands over only parcels of one unit (or, unmatched, one name) at a time. */
export interface PickupGroup {
  key: string;
  recipient: string;
  items: MailItemRow[];
}

/** The same key main uses to refuse a mixed pickup, so the screen can never offer one. */
export const recipientKey = (m: Pick<MailItemRow, 'unitId' | 'recipientName'>): string => (m.unitId ? `u:${m.unitId}` : `n:${m.recipientName}`);

/** Groups in the order main found them: the scanned parcel's recipient first. */
export function groupByRecipient(rows: MailItemRow[], noName: string): PickupGroup[] {
  const groups = new Map<string, PickupGroup>();
  for (const m of rows) {
    const key = recipientKey(m);
    const group = groups.get(key);
    if (group) group.items.push(m);
    else groups.set(key, { key, recipient: [m.unitLabel, m.recipientName || (m.unitLabel ? '' : noName)].filter(Boolean).join(' '), items: [m] });
  }
  return [...groups.values()];
}

interface Props {
  group: PickupGroup;
  selected: ReadonlySet<number>;
  /** The rows the scanned code or number names, marked so the clerk sees which label was read. */
  hit(item: MailItemRow): boolean;
  onToggle(item: MailItemRow): void;
  onToggleGroup(group: PickupGroup, on: boolean): void;
}

export function PickupGroupTable({ group, selected, hit, onToggle, onToggleGroup }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const count = group.items.filter((m) => selected.has(m.id)).length;

  return (
    <section className={count ? 'pickup-group pickup-group-on' : 'pickup-group'} aria-labelledby={headingId} data-testid="pickup-group">
      <h2 id={headingId}>{t('mailUi.pickup.group', { recipient: group.recipient, count: group.items.length })}</h2>
      <table className="data-table pickup-table">
        <thead>
          <tr>
            <th className="pickup-check">
              <SelectAllBox
                label={t('mailUi.pickup.selectGroup', { recipient: group.recipient })}
                count={count}
                total={group.items.length}
                onChange={(on) => onToggleGroup(group, on)}
              />
            </th>
            <th>{t('mailUi.pickup.col.code')}</th>
            <th>{t('mailUi.pickup.col.carrier')}</th>
            <th>{t('mailUi.pickup.col.trackingNo')}</th>
            <th>{t('mailUi.pickup.col.waiting')}</th>
            <th>{t('mailUi.pickup.col.flags')}</th>
          </tr>
        </thead>
        <tbody>
          {group.items.map((m) => (
            <tr key={m.id} className={hit(m) ? 'pickup-row pickup-row-hit' : 'pickup-row'} onClick={() => onToggle(m)}>
              <td className="pickup-check" onClick={(e) => e.stopPropagation()}>
                <input
                  type="checkbox"
                  aria-label={t('mailUi.pickup.selectItem', { code: m.pickupCode })}
                  checked={selected.has(m.id)}
                  onChange={() => onToggle(m)}
                />
              </td>
              <td className="pickup-code">{m.pickupCode}</td>
              <td className="nowrap">{m.carrierName}</td>
              <td className="pickup-mono">{m.trackingNo}</td>
              <td className="nowrap">
                {m.waitingDays ? t('mailUi.pickup.days', { count: m.waitingDays }) : t('mailUi.pickup.today')}
                <div className="muted">{formatTime(m.receivedAt)}</div>
              </td>
              <td>
                <div className="pickup-flags">
                  {m.overdue ? <span className="pickup-flag pickup-flag-danger">{t('mailUi.overdue')}</span> : null}
                  {m.damaged ? <span className="pickup-flag pickup-flag-warn">{t('mailUi.damaged')}</span> : null}
                  {m.matched ? null : <span className="pickup-flag pickup-flag-warn">{t('mailUi.unmatched')}</span>}
                </div>
                {m.damaged?.note ? <div className="muted pickup-note">{t('mailUi.pickup.damagedNote', { note: m.damaged.note })}</div> : null}
                {m.remarks ? <div className="muted pickup-note">{m.remarks}</div> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
