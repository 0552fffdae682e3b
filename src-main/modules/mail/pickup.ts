import { DeskError } from '../../../src-shared/errors';
import { PICKUP_CODE_RE, type MailItemRow, type PickupRow } from '../../../src-shared/modules/mail';
import { formatTime } from '../../../src-shared/rules/time';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';
import { addEvent, itemsWhere, publicItem, type Aging, type FullItem } from './queries';
import { mailSearch } from './search';
import { storeSignature } from './signature';
import { wholeTrackingNo } from './tracking';

const WAITING_PARCEL = `m.kind = 'parcel' AND m.status = 'waiting'`;

/** One recipient's parcels go out together: the same unit, or for unmatched ones the same name. */
const recipientKey = (m: Pick<MailItemRow, 'unitId' | 'recipientName'>): string => (m.unitId ? `u:${m.unitId}` : `n:${m.recipientName}`);

function refuseClosed(ctx: Ctx, closed: FullItem | undefined, asked: string): never {
  if (closed?.status === 'picked_up') {
    throw new DeskError('ALREADY_PICKED_UP', { what: asked, at: formatTime(closed.closedAt ?? ''), by: closed.collectorName ?? '' });
  }
  if (closed) throw new DeskError('MAIL_WRONG_STATE', { what: asked, status: msg(ctx, `status_${closed.status}`) });
  throw new DeskError('PICKUP_CODE_UNKNOWN', { code: asked });
}

/** The found parcels first, then the same recipients' other waiting parcels, so all of them go in one pickup. */
function withSameRecipient(ctx: Ctx, aging: Aging, found: FullItem[]): FullItem[] {
  const keys = new Set(found.map(recipientKey));
  const units = [...new Set(found.map((m) => m.unitId).filter((u): u is number => u !== null))];
  const names = [...new Set(found.filter((m) => !m.unitId).map((m) => m.recipientName))];
  const others = itemsWhere(
    ctx.db,
    aging,
    `${WAITING_PARCEL} AND (m.unit_id IN (SELECT value FROM json_each(@units)) OR (m.unit_id IS NULL AND m.recipient_name IN (SELECT value FROM json_each(@names)))) ORDER BY m.id`,
    { units: JSON.stringify(units), names: JSON.stringify(names) },
  ).filter((m) => keys.has(recipientKey(m)) && !found.some((f) => f.id === m.id));
  return [...found, ...others];
}

/**
 * Finds what to hand over: a full pickup code, its four digits, a tracking number, or a recipient. A code or number
 * that matches nothing waiting is refused, saying when it was picked up if it was.
 */
export function findForPickup(ctx: Ctx, aging: Aging, raw: string): MailItemRow[] {
  const q = raw.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, '');
  if (PICKUP_CODE_RE.test(q)) {
    const found = itemsWhere(ctx.db, aging, `${WAITING_PARCEL} AND m.pickup_code = ?`, q);
    if (!found.length) refuseClosed(ctx, itemsWhere(ctx.db, aging, `m.pickup_code = ? ORDER BY m.id DESC LIMIT 1`, q)[0], q);
    return withSameRecipient(ctx, aging, found).map(publicItem);
  }
  if (/^\d{4}$/.test(q)) {
    const bySerial = itemsWhere(ctx.db, aging, `${WAITING_PARCEL} AND m.serial = ?`, Number(q));
    if (bySerial.length) return withSameRecipient(ctx, aging, bySerial).map(publicItem);
    // Four digits that are no code on a shelf now: most likely the last digits of the recipient's phone.
  }
  const tracking = wholeTrackingNo(q);
  if (tracking) {
    // `<> ''` matches the partial index mail_items_tracking, so these lookups do not scan every parcel.
    const found = itemsWhere(ctx.db, aging, `${WAITING_PARCEL} AND m.tracking_no = ? AND m.tracking_no <> ''`, tracking);
    if (found.length) return withSameRecipient(ctx, aging, found).map(publicItem);
    const any = itemsWhere(ctx.db, aging, `m.tracking_no = ? AND m.tracking_no <> '' ORDER BY m.id DESC LIMIT 1`, tracking)[0];
    if (any) refuseClosed(ctx, any, tracking);
  }
  const match = mailSearch.match(raw);
  if (!match) return [];
  return itemsWhere(ctx.db, aging, `${WAITING_PARCEL} AND m.id IN (${match.sql}) ORDER BY m.unit_label, m.id LIMIT 100`, ...match.params).map(publicItem);
}

export interface CollectorInput {
  kind: 'recipient' | 'authorised';
  name: string;
  phone: string;
  idTail: string;
  relation: string;
}

/** Hands over parcels of one recipient against the collector's signature; nothing is handed over twice. */
export function pickUp(ctx: Ctx, aging: Aging, itemIds: number[], collector: CollectorInput, signature: string): number {
  const caller = callerOf(ctx);
  const unique = [...new Set(itemIds)];
  const items = itemsWhere(ctx.db, aging, `m.id IN (SELECT value FROM json_each(?)) ORDER BY m.id`, JSON.stringify(unique));
  if (items.length !== unique.length) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityItem') });
  for (const m of items) {
    const asked = m.pickupCode || m.trackingNo;
    if (m.kind !== 'parcel') throw new DeskError('MAIL_WRONG_STATE', { what: asked, status: msg(ctx, 'notParcel') });
    if (m.status !== 'waiting') refuseClosed(ctx, m, asked);
  }
  if (new Set(items.map(recipientKey)).size > 1) {
    throw new DeskError('MIXED_RECIPIENTS', { recipients: [...new Set(items.map((m) => `${m.unitLabel} ${m.recipientName}`.trim()))].join('、') });
  }
  const first = items[0];
  const fields: Record<string, string> = {};
  const name = collector.name || (collector.kind === 'recipient' ? first.recipientName : '');
  if (!name) fields['collector.name'] = msg(ctx, 'collectorName');
  if (collector.kind === 'authorised') {
    if (!collector.phone) fields['collector.phone'] = msg(ctx, 'collectorPhone');
    if (!collector.idTail) fields['collector.idTail'] = msg(ctx, 'collectorIdTail');
  }
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);

  const signatureId = storeSignature(ctx, signature);
  const at = ctx.now.toISOString();
  const pickupId = Number(
    ctx.db
      .prepare(
        `INSERT INTO mail_pickups(picked_at, handed_by, collector_kind, collector_name, collector_phone, collector_id_tail, relation, signature_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(at, caller.userId, collector.kind, name, collector.phone, collector.idTail.toUpperCase(), collector.relation, signatureId).lastInsertRowid,
  );
  const close = ctx.db.prepare(
    `UPDATE mail_items SET status = 'picked_up', closed_at = ?, closed_by = ?, pickup_id = ? WHERE id = ? AND status = 'waiting'`,
  );
  for (const m of items) {
    close.run(at, caller.userId, pickupId, m.id);
    addEvent(ctx.db, m.id, 'picked_up', ctx.now, caller.userId, name);
  }
  const who = collector.kind === 'recipient' ? `收件人 ${name}` : `代领人 ${name}（${collector.relation || '受托'}，证件尾号 ${collector.idTail.toUpperCase()}）`;
  ctx.note({
    entity: 'mail_pickup',
    entityId: pickupId,
    summary: `快递取件 ${items.length} 件：${items.map((m) => m.pickupCode).join('、')}，${first.unitLabel} ${first.recipientName}，${who}签名领取`,
  });
  return pickupId;
}

export function pickupById(ctx: Ctx, aging: Aging, id: number): PickupRow {
  const p = ctx.db
    .prepare(
      `SELECT p.id, p.picked_at AS pickedAt, u.display_name AS handedBy, p.collector_kind AS collectorKind, p.collector_name AS collectorName,
         p.collector_phone AS collectorPhone, p.collector_id_tail AS collectorIdTail, p.relation
       FROM mail_pickups p JOIN users u ON u.id = p.handed_by WHERE p.id = ?`,
    )
    .get(id) as Omit<PickupRow, 'items'> | undefined;
  if (!p) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityPickup') });
  return { ...p, items: itemsWhere(ctx.db, aging, 'm.pickup_id = ? ORDER BY m.id', id).map(publicItem) };
}
