import type { MailItemRow, ParcelLabel } from '../../../src-shared/modules/mail';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister, registerT } from '../registers/build';
import { mustFindItem, returnById } from './exceptions';
import { itemsWhere, publicItem, type Aging } from './queries';
import { batchById } from './signin';

const recipientOf = (m: MailItemRow) => [m.unitLabel, m.recipientName].filter(Boolean).join(' ');

/** 快递交接单: what the courier handed over, to be signed by both; the desk keeps it with the month's records. */
export function batchHandover(ctx: Ctx, aging: Aging, id: number): RegisterData {
  const t = registerT(ctx);
  const batch = batchById(ctx, id);
  const items = itemsWhere(ctx.db, aging, 'm.batch_id = ? ORDER BY m.id', id).map(publicItem);
  return buildRegister(ctx, {
    title: t('mail.handoverTitle'),
    periodLabel: t('mail.handoverPeriod', {
      no: batch.batchNo,
      carrier: batch.carrierName,
      courier: batch.courierName,
      at: formatTime(batch.openedAt),
      count: items.length,
    }),
    columns: [
      { key: 'trackingNo', label: t('mail.col.trackingNo'), width: 22 },
      { key: 'carrier', label: t('mail.col.carrier'), width: 10 },
      { key: 'recipient', label: t('mail.col.recipient'), width: 24 },
      { key: 'code', label: t('mail.col.pickupCode'), width: 12 },
      { key: 'remarks', label: t('mail.col.remarks'), width: 20 },
    ],
    rows: items.map((m) => ({
      trackingNo: m.trackingNo,
      carrier: m.carrierName,
      recipient: recipientOf(m) + (m.matched ? '' : t('mail.unmatchedMark')),
      code: m.pickupCode,
      remarks: [m.damaged ? t('mail.damagedMark') : '', m.remarks].filter(Boolean).join(' '),
    })),
    signatures: [t('mail.signCourier'), t('mail.signReceiver', { name: batch.openedBy })],
    fileStem: `快递交接单-${batch.batchNo}`,
  });
}

/** 退件交接单: parcels given back to a carrier's courier, signed by the courier. */
export function returnHandover(ctx: Ctx, aging: Aging, id: number): RegisterData {
  const t = registerT(ctx);
  const ret = returnById(ctx, id);
  const items = itemsWhere(ctx.db, aging, 'm.return_id = ? ORDER BY m.id', id).map(publicItem);
  return buildRegister(ctx, {
    title: t('mail.returnTitle'),
    periodLabel: t('mail.returnPeriod', { no: ret.returnNo, carrier: ret.carrierName, courier: ret.courierName, at: formatTime(ret.createdAt), count: items.length }),
    columns: [
      { key: 'trackingNo', label: t('mail.col.trackingNo'), width: 22 },
      { key: 'carrier', label: t('mail.col.carrier'), width: 10 },
      { key: 'received', label: t('mail.col.receivedAt'), width: 16 },
      { key: 'reason', label: t('mail.col.returnReason'), width: 30 },
    ],
    rows: items.map((m) => ({
      trackingNo: m.trackingNo,
      carrier: m.carrierName,
      received: formatTime(m.receivedAt),
      reason: m.statusNote || t('mail.unclaimedDays', { days: m.waitingDays }),
    })),
    signatures: [t('mail.signCourier'), t('mail.signReceiver', { name: ret.createdBy })],
    fileStem: `退件交接单-${ret.returnNo}`,
  });
}

function outcome(ctx: Ctx, m: MailItemRow): { closedAt: string; closedTo: string } {
  const t = registerT(ctx);
  const closedAt = m.closedAt ? formatTime(m.closedAt) : '';
  if (m.status === 'picked_up') return { closedAt, closedTo: m.collectorName ?? '' };
  if (m.status === 'delivered') return { closedAt, closedTo: t('mail.status.delivered') };
  if (m.status === 'returned') return { closedAt, closedTo: `${t('mail.status.returned')} ${m.returnNo ?? ''}` };
  return { closedAt, closedTo: t(`mail.status.${m.status}`) };
}

/** 邮件收发登记表 (001 §3.8.17, archived monthly): what came in from..to, and how each left the desk. Landscape. */
export function mailRegister(ctx: Ctx, aging: Aging, from: string, to: string): RegisterData {
  const t = registerT(ctx);
  const items = itemsWhere(ctx.db, aging, 'm.received_day BETWEEN ? AND ? ORDER BY m.received_at, m.id', from, to).map(publicItem);
  return buildRegister(ctx, {
    title: t('mail.registerTitle'),
    orientation: 'landscape',
    periodLabel: t('registers.periodRange', { from, to }),
    columns: [
      { key: 'received', label: t('mail.col.receivedAt'), width: 15 },
      { key: 'kind', label: t('mail.col.kind'), width: 7 },
      { key: 'carrier', label: t('mail.col.carrier'), width: 9 },
      { key: 'trackingNo', label: t('mail.col.trackingNo'), width: 19 },
      { key: 'recipient', label: t('mail.col.recipient'), width: 20 },
      { key: 'code', label: t('mail.col.pickupCode'), width: 10 },
      { key: 'receivedBy', label: t('mail.col.receivedBy'), width: 8 },
      { key: 'closedAt', label: t('mail.col.closedAt'), width: 15 },
      { key: 'closedTo', label: t('mail.col.closedTo'), width: 14 },
      { key: 'note', label: t('mail.col.remarks'), width: 14 },
    ],
    rows: items.map((m) => ({
      received: formatTime(m.receivedAt),
      kind: t(`mail.kind.${m.kind}`) + (m.pieces > 1 ? ` ×${m.pieces}` : ''),
      carrier: m.carrierName,
      trackingNo: m.trackingNo,
      recipient: recipientOf(m),
      code: m.pickupCode,
      receivedBy: m.receivedBy,
      ...outcome(ctx, m),
      note: [m.damaged ? t('mail.damagedMark') : '', m.statusNote, m.remarks].filter(Boolean).join(' '),
    })),
    fileStem: `邮件收发登记表-${from}-${to}`,
  });
}

/** 张* / 欧阳** : enough for the desk to check against the label, not for a passer-by to read. */
export const maskName = (name: string): string => (name.length <= 1 ? name : name[0] + '*'.repeat(Math.min(name.length - 1, 3)));

export function parcelLabel(ctx: Ctx, aging: Aging, id: number): ParcelLabel {
  const m = mustFindItem(ctx, aging, id);
  return {
    pickupCode: m.pickupCode,
    trackingNo: m.trackingNo,
    carrierName: m.carrierName,
    unitLabel: m.unitLabel,
    recipientMasked: maskName(m.recipientName),
    receivedAt: formatTime(m.receivedAt),
  };
}
