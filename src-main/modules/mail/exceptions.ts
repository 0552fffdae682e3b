import { DeskError } from '../../../src-shared/errors';
import type { Carrier, ExceptionKind, ReturnRow } from '../../../src-shared/modules/mail';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';
import { nextDailyNo } from '../../db/daily-number';
import { addEvent, carrierLabel, itemsWhere, type Aging, type FullItem } from './queries';
import { resolveRecipient } from './recipient';
import { mailSearch } from './search';

export function mustFindItem(ctx: Ctx, aging: Aging, id: number): FullItem {
  const item = itemsWhere(ctx.db, aging, 'm.id = ?', id)[0];
  if (!item) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityItem') });
  return item;
}

const label = (m: FullItem) => m.pickupCode || m.trackingNo || `#${m.id}`;

const EXCEPTION_LABEL: Record<ExceptionKind, string> = { refused: '拒收', damaged: '破损登记', lost: '遗失报告' };

/**
 * Refused: the recipient will not take it; it waits for the carrier. Damaged: noted, it stays where it is.
 * Lost: it closes. Each needs an open item and keeps who, when and why.
 */
export function recordException(ctx: Ctx, aging: Aging, id: number, kind: ExceptionKind, note: string): void {
  const caller = callerOf(ctx);
  const item = mustFindItem(ctx, aging, id);
  const allowed = kind === 'refused' ? item.status === 'waiting' && item.kind === 'parcel' : item.status === 'waiting' || item.status === 'refused';
  if (!allowed) throw new DeskError('MAIL_WRONG_STATE', { what: label(item), status: msg(ctx, `status_${item.status}`) });
  const at = ctx.now.toISOString();
  if (kind === 'damaged') {
    ctx.db.prepare('UPDATE mail_items SET damaged_at = ?, damaged_by = ?, damaged_note = ? WHERE id = ?').run(at, caller.userId, note, id);
  } else if (kind === 'refused') {
    ctx.db.prepare(`UPDATE mail_items SET status = 'refused', status_note = ? WHERE id = ?`).run(note, id);
  } else {
    ctx.db
      .prepare(`UPDATE mail_items SET status = 'lost', status_note = ?, closed_at = ?, closed_by = ? WHERE id = ?`)
      .run(note, at, caller.userId, id);
  }
  addEvent(ctx.db, id, kind, ctx.now, caller.userId, note);
  ctx.note({
    entity: 'mail_item',
    entityId: id,
    summary: `${EXCEPTION_LABEL[kind]} ${item.carrierName} ${label(item)}（${item.unitLabel} ${item.recipientName}）：${note}`,
  });
}

/** An unmatched item matched to the directory once the recipient is known; its search entry follows. */
export function assignItem(ctx: Ctx, aging: Aging, id: number, target: { occupantId?: number; unitId?: number }): void {
  const caller = callerOf(ctx);
  const item = mustFindItem(ctx, aging, id);
  if (item.closedAt) throw new DeskError('MAIL_WRONG_STATE', { what: label(item), status: msg(ctx, `status_${item.status}`) });
  if (!target.occupantId && !target.unitId) throw new DeskError('VALIDATION', {}, { occupantId: msg(ctx, 'chooseRecipient') });
  const who = resolveRecipient(ctx, { ...target, recipientName: item.recipientName, recipientPhone: item.recipientPhone });
  ctx.db
    .prepare(
      `UPDATE mail_items SET occupant_id = ?, unit_id = ?, unit_label = ?, recipient_name = ?, recipient_phone = ?, matched = 1, no_consent = ?
       WHERE id = ?`,
    )
    .run(who.occupantId, who.unitId, who.unitLabel, who.recipientName, who.recipientPhone, who.noConsent ? 1 : 0, id);
  mailSearch.put(ctx.db, id, { ...item, ...who });
  const from = `${item.unitLabel} ${item.recipientName}`.trim();
  addEvent(ctx.db, id, 'assigned', ctx.now, caller.userId, `${from} → ${who.unitLabel} ${who.recipientName}`);
  ctx.note({ entity: 'mail_item', entityId: id, summary: `匹配收件人 ${label(item)}：${from} → ${who.unitLabel} ${who.recipientName}` });
}

const RETURN_SELECT = `SELECT r.id, r.return_no AS returnNo, r.carrier, r.courier_name AS courierName, r.courier_phone AS courierPhone,
    r.created_at AS createdAt, u.display_name AS createdBy, (SELECT count(*) FROM mail_items m WHERE m.return_id = r.id) AS count
  FROM mail_returns r JOIN users u ON u.id = r.created_by`;

export function returnById(ctx: Ctx, id: number): ReturnRow {
  const r = ctx.db.prepare(`${RETURN_SELECT} WHERE r.id = ?`).get(id) as Omit<ReturnRow, 'carrierName'> | undefined;
  if (!r) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityReturn') });
  return { ...r, carrierName: carrierLabel(r.carrier) };
}

/** Refused or unclaimed parcels handed back to a carrier's courier: they close, the handover sheet lists them. */
export function returnToCarrier(
  ctx: Ctx,
  aging: Aging,
  input: { carrier: Carrier; courierName: string; courierPhone: string; itemIds: number[]; note: string },
): number {
  const caller = callerOf(ctx);
  const items = [...new Set(input.itemIds)].map((id) => mustFindItem(ctx, aging, id));
  for (const m of items) {
    if (m.kind !== 'parcel' || (m.status !== 'waiting' && m.status !== 'refused')) {
      throw new DeskError('MAIL_WRONG_STATE', { what: label(m), status: msg(ctx, m.kind === 'parcel' ? `status_${m.status}` : 'notParcel') });
    }
  }
  const { no, day, seq } = nextDailyNo(ctx.db, 'mail_returns', 'return_day', 'TJ', ctx.now);
  const at = ctx.now.toISOString();
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO mail_returns(return_no, return_day, seq, carrier, courier_name, courier_phone, note, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(no, day, seq, input.carrier, input.courierName, input.courierPhone, input.note, at, caller.userId).lastInsertRowid,
  );
  const close = ctx.db.prepare(`UPDATE mail_items SET status = 'returned', return_id = ?, closed_at = ?, closed_by = ? WHERE id = ?`);
  for (const m of items) {
    close.run(id, at, caller.userId, m.id);
    addEvent(ctx.db, m.id, 'returned', ctx.now, caller.userId, `${no} ${input.courierName}`);
  }
  ctx.note({
    entity: 'mail_return',
    entityId: id,
    summary: `退件交接 ${no}：${items.length} 件交 ${carrierLabel(input.carrier)} 快递员 ${input.courierName}（${items.map(label).join('、')}）`,
  });
  return id;
}
