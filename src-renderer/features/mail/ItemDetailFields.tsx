import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MailItemRow } from '../../../src-shared/modules/mail';
import { formatTime } from '../../components/time';
import { MailListFlags, recipientText } from './MailListFlags';

/** What the desk knows of one item; empty facts are left out rather than shown as blanks. */
export function ItemDetailFields({ item: m }: { item: MailItemRow }) {
  const { t } = useTranslation();
  const by = (at: string | null, who: string | null) => (at ? t('mailUi.lists.detail.byLine', { at: formatTime(at), by: who ?? '' }) : '');
  const facts: [string, ReactNode][] = [
    [t('mailUi.lists.detail.kind'), `${t(`mailUi.kind.${m.kind}`)}${m.pieces > 1 ? ` ×${m.pieces}` : ''}`],
    [t('mailUi.lists.detail.trackingNo'), m.trackingNo ? <span className="mlist-mono">{m.trackingNo}</span> : ''],
    [t('mailUi.lists.detail.carrier'), m.carrierName],
    [t('mailUi.lists.detail.code'), m.pickupCode ? <strong className="mlist-mono">{m.pickupCode}</strong> : ''],
    [
      t('mailUi.lists.detail.recipient'),
      <>
        {recipientText(m)} <MailListFlags item={m} />
      </>,
    ],
    [t('mailUi.lists.detail.phone'), m.recipientPhone],
    [
      t('mailUi.lists.detail.status'),
      <span className={`mlist-status mlist-status-${m.status}`}>
        {t(`mailUi.status.${m.status}`)}
      </span>,
    ],
    [t('mailUi.lists.detail.statusNote'), m.statusNote],
    [t('mailUi.lists.detail.received'), by(m.receivedAt, m.receivedBy)],
    [t('mailUi.lists.detail.batch'), m.batchNo ?? ''],
    [t('mailUi.lists.detail.due'), formatTime(m.dueAt)],
    [t('mailUi.lists.detail.waiting'), t('mailUi.lists.days', { count: m.waitingDays })],
    [t('mailUi.lists.detail.closed'), by(m.closedAt, m.closedBy)],
    [t('mailUi.lists.detail.collector'), m.collectorName ?? ''],
    [t('mailUi.lists.detail.returnNo'), m.returnNo ?? ''],
    [
      t('mailUi.lists.detail.damaged'),
      m.damaged ? t('mailUi.lists.detail.damagedLine', { at: formatTime(m.damaged.at), by: m.damaged.by, note: m.damaged.note }) : '',
    ],
    [
      t('mailUi.lists.detail.notified'),
      m.notifiedAt ? t('mailUi.lists.detail.notifiedLine', { count: m.notifyCount, at: formatTime(m.notifiedAt) }) : '',
    ],
    [t('mailUi.lists.detail.sender'), m.sender],
    [t('mailUi.lists.detail.remarks'), m.remarks],
  ];
  return (
    <dl className="mlist-facts">
      {facts
        .filter(([, value]) => value !== '')
        .map(([label, value]) => (
          <div key={label} className="mlist-fact">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}
