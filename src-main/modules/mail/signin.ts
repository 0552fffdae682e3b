import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import type { BatchRow, Carrier, DetectResult } from '../../../src-shared/modules/mail';
import { detectCourier } from '../../../src-shared/rules/couriers';
import { formatTime } from '../../../src-shared/rules/time';
import { cached } from '../../db/statements';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';
import { nextDailyNo } from '../../db/daily-number';
import { addEvent, carrierLabel } from './queries';
import { resolveRecipient, type RecipientInput } from './recipient';
import { mailSearch } from './search';
import { choosePlace } from './shelves';

const BATCH_SELECT = `SELECT b.id, b.batch_no AS batchNo, b.carrier, b.courier_name AS courierName, b.courier_phone AS courierPhone,
    b.opened_at AS openedAt, u.display_name AS openedBy, b.closed_at AS closedAt,
    (SELECT count(*) FROM mail_items m WHERE m.batch_id = b.id) AS count
  FROM mail_batches b JOIN users u ON u.id = b.opened_by`;

type RawBatch = Omit<BatchRow, 'carrierName'>;
const toBatch = (r: RawBatch): BatchRow => ({ ...r, carrierName: carrierLabel(r.carrier) });

/** A finished batch takes no more scans and is not finished twice. */
const batchDone = (ctx: Ctx, batch: BatchRow) =>
  new DeskError('MAIL_WRONG_STATE', { what: batch.batchNo, status: msg(ctx, 'batchClosed', { at: formatTime(batch.closedAt ?? '') }) });

const BATCH_BY_ID = `${BATCH_SELECT} WHERE b.id = ?`;

export function batchById(ctx: Ctx, id: number): BatchRow {
  const r = cached(ctx.db, BATCH_BY_ID).get(id) as RawBatch | undefined;
  if (!r) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityBatch') });
  return toBatch(r);
}

export function listBatches(ctx: Ctx, q: { openOnly: boolean; limit: number; before?: number }): BatchRow[] {
  const rows = ctx.db
    .prepare(`${BATCH_SELECT} WHERE (@open = 0 OR b.closed_at IS NULL) AND (@before IS NULL OR b.id < @before) ORDER BY b.id DESC LIMIT @limit`)
    .all({ open: q.openOnly ? 1 : 0, before: q.before ?? null, limit: q.limit }) as RawBatch[];
  return rows.map(toBatch);
}

export function openBatch(ctx: Ctx, input: { carrier: Carrier; courierName: string; courierPhone: string }): BatchRow {
  const caller = callerOf(ctx);
  const { no, day, seq } = nextDailyNo(ctx.db, 'mail_batches', 'batch_day', 'QS', ctx.now);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO mail_batches(batch_no, batch_day, seq, carrier, courier_name, courier_phone, opened_at, opened_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(no, day, seq, input.carrier, input.courierName, input.courierPhone, ctx.now.toISOString(), caller.userId).lastInsertRowid,
  );
  ctx.note({ entity: 'mail_batch', entityId: id, summary: `快递签收批次 ${no}：${carrierLabel(input.carrier)} 快递员 ${input.courierName}` });
  return batchById(ctx, id);
}

export function closeBatch(ctx: Ctx, id: number): BatchRow {
  const batch = batchById(ctx, id);
  if (batch.closedAt) throw batchDone(ctx, batch);
  ctx.db.prepare('UPDATE mail_batches SET closed_at = ?, closed_by = ? WHERE id = ?').run(ctx.now.toISOString(), callerOf(ctx).userId, id);
  ctx.note({ entity: 'mail_batch', entityId: id, summary: `签收批次 ${batch.batchNo} 完成：${batch.carrierName} ${batch.courierName}，共 ${batch.count} 件` });
  return batchById(ctx, id);
}

/**
 * A number registered in the last year and not handed back to its carrier: the same parcel scanned twice.
 * `tracking_no <> ''` lets SQLite use the partial index mail_items_tracking (without it, every scan read the whole table).
 */
export function duplicateOf(ctx: Ctx, trackingNo: string): DetectResult['duplicate'] {
  const since = dayjs(ctx.now).subtract(1, 'year').toISOString();
  const r = cached(
    ctx.db,
    `SELECT id, status, received_at AS receivedAt, pickup_code AS pickupCode, trim(unit_label || ' ' || recipient_name) AS recipient
     FROM mail_items WHERE tracking_no = ? AND tracking_no <> '' AND status <> 'returned' AND received_at >= ? ORDER BY id DESC LIMIT 1`,
  ).get(trackingNo, since) as NonNullable<DetectResult['duplicate']> | undefined;
  return r ?? null;
}

export function detect(ctx: Ctx, raw: string): DetectResult {
  const d = detectCourier(raw);
  return { ...d, duplicate: d.problem ? null : duplicateOf(ctx, d.number) };
}

/** A tracking number as stored: normalised, well-formed, its S10 check digit right, not registered before. */
export function checkedTrackingNo(ctx: Ctx, raw: string, field = 'trackingNo'): string {
  const d = detectCourier(raw);
  if (d.problem) throw new DeskError('VALIDATION', {}, { [field]: msg(ctx, `tracking_${d.problem}`) });
  const dup = duplicateOf(ctx, d.number);
  if (dup) {
    throw new DeskError('DUPLICATE_MAIL', {
      trackingNo: d.number,
      at: formatTime(dup.receivedAt),
      status: msg(ctx, `status_${dup.status}`),
      where: dup.pickupCode || dup.recipient,
    });
  }
  return d.number;
}

export interface SignInInput extends RecipientInput {
  batchId?: number;
  trackingNo: string;
  carrier: Carrier;
  shelfId?: number;
  level?: number;
  remarks: string;
}

/** One scanned parcel into the batch: checked, placed on a shelf with its pickup code, indexed for search. */
export function signIn(ctx: Ctx, input: SignInInput): number {
  const caller = callerOf(ctx);
  if (input.batchId) {
    const batch = batchById(ctx, input.batchId);
    if (batch.closedAt) throw batchDone(ctx, batch);
  }
  const trackingNo = checkedTrackingNo(ctx, input.trackingNo);
  const who = resolveRecipient(ctx, input);
  const place = choosePlace(ctx, input, who.unitId, who.recipientName);
  const at = ctx.now.toISOString();
  const id = Number(
    cached(
      ctx.db,
      `INSERT INTO mail_items(kind, tracking_no, carrier, batch_id, occupant_id, unit_id, unit_label, recipient_name, recipient_phone,
         matched, no_consent, shelf_id, shelf_code, shelf_level, serial, pickup_code, remarks, status, received_at, received_day, received_by)
       VALUES ('parcel', @trackingNo, @carrier, @batchId, @occupantId, @unitId, @unitLabel, @recipientName, @recipientPhone, @matched,
         @noConsent, @shelfId, @shelfCode, @level, @serial, @pickupCode, @remarks, 'waiting', @at, @day, @by)`,
    ).run({
      trackingNo,
      carrier: input.carrier,
      batchId: input.batchId ?? null,
      ...who,
      matched: who.matched ? 1 : 0,
      noConsent: who.noConsent ? 1 : 0,
      ...place,
      remarks: input.remarks,
      at,
      day: dayjs(ctx.now).format('YYYY-MM-DD'),
      by: caller.userId,
    }).lastInsertRowid,
  );
  mailSearch.put(ctx.db, id, { trackingNo, pickupCode: place.pickupCode, sender: '', ...who });
  addEvent(ctx.db, id, 'signed_in', ctx.now, caller.userId, place.pickupCode);
  const flags = [who.matched ? '' : '收件人未匹配住户资料', who.noConsent ? '收件人未同意代收' : ''].filter(Boolean);
  ctx.note({
    entity: 'mail_item',
    entityId: id,
    summary:
      `签收快递 ${carrierLabel(input.carrier)} ${trackingNo} → ${[who.unitLabel, who.recipientName].filter(Boolean).join(' ')}，` +
      `取件码 ${place.pickupCode}${flags.length ? `（${flags.join('；')}）` : ''}`,
  });
  return id;
}
