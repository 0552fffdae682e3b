import dayjs from 'dayjs';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import { DeskError } from '../../../src-shared/errors';
import { LF_ALERTED, LF_COUNTERS, type LfItemRow, type LfPlaceRow, type lostfoundChannels } from '../../../src-shared/modules/lostfound';
import { callerOf, type Ctx } from '../../ipc/context';
import { nextDailyNo } from '../../db/daily-number';
import { confirmCredential } from '../auth/credential';
import { checkedPhoto, realDate } from '../passes/checks';
import { msg } from './messages';
import { addEvent, categoryName, itemsWhere, mustBeInCustody, mustFindItem, toFen, typedInstant, yuanText } from './queries';
import { itemSearch } from './search';
import { readLfSettings } from './settings';
import { storeSignature } from './signature';
import { sqlLimit } from '../../db/statements';
import type { MatchFragment } from '../../search/query';

type Channels = typeof lostfoundChannels;
type IntakeInput = ParsedInputOf<Channels['lostfound.intake']>;

interface PlaceRaw {
  id: number;
  name: string;
  kind: 'safe' | 'ordinary';
  active: number;
  items: number;
}

const PLACE_SELECT = `SELECT p.id, p.name, p.kind, p.active,
    (SELECT count(*) FROM lostfound_items i WHERE i.place_id = p.id AND i.status = 'in_custody') AS items
  FROM lostfound_places p`;
const toPlace = (p: PlaceRaw): LfPlaceRow => ({ ...p, active: p.active === 1 });

export const listPlaces = (ctx: Ctx): LfPlaceRow[] => (ctx.db.prepare(`${PLACE_SELECT} ORDER BY p.id`).all() as PlaceRaw[]).map(toPlace);

function placeById(ctx: Ctx, id: number): LfPlaceRow {
  const p = ctx.db.prepare(`${PLACE_SELECT} WHERE p.id = ?`).get(id) as PlaceRaw | undefined;
  if (!p) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityPlace') }, { placeId: msg(ctx, 'choosePlace') });
  return toPlace(p);
}

/** An active place; a high-value item only goes into a safe (§4.10.1: 贵重物品保险箱). */
function storagePlace(ctx: Ctx, id: number, highValue: boolean, what: string): LfPlaceRow {
  const p = placeById(ctx, id);
  if (!p.active) throw new DeskError('VALIDATION', {}, { placeId: msg(ctx, 'placeRetired', { name: p.name }) });
  if (highValue && p.kind !== 'safe') throw new DeskError('LOSTFOUND_SAFE_REQUIRED', { what, place: p.name }, { placeId: msg(ctx, 'safeRequired') });
  return p;
}

export function savePlace(ctx: Ctx, input: { id?: number; name: string; kind: 'safe' | 'ordinary'; active: boolean }): LfPlaceRow {
  const at = ctx.now.toISOString();
  const clash = ctx.db.prepare('SELECT id FROM lostfound_places WHERE name = ? AND id <> ?').pluck().get(input.name, input.id ?? 0);
  if (clash) throw new DeskError('VALIDATION', {}, { name: msg(ctx, 'placeNameTaken', { name: input.name }) });
  let id: number;
  let summary: string;
  if (input.id) {
    const before = placeById(ctx, input.id);
    if (before.items > 0 && (!input.active || input.kind !== before.kind)) {
      // Items stay where they are recorded: a place that still holds items can be neither retired nor made ordinary.
      const highValueThere = ctx.db
        .prepare(`SELECT count(*) FROM lostfound_items WHERE place_id = ? AND status = 'in_custody' AND high_value = 1`)
        .pluck()
        .get(input.id) as number;
      if (!input.active || highValueThere > 0) {
        throw new DeskError('IN_USE', { what: msg(ctx, 'placeInUse', { name: before.name, count: before.items }) });
      }
    }
    ctx.db.prepare('UPDATE lostfound_places SET name = ?, kind = ?, active = ?, updated_at = ? WHERE id = ?').run(input.name, input.kind, input.active ? 1 : 0, at, input.id);
    id = input.id;
    summary = `修改失物存放处 ${before.name} → ${input.name}（${input.kind === 'safe' ? '保险箱' : '普通'}${input.active ? '' : '，停用'}）`;
  } else {
    id = Number(
      ctx.db.prepare('INSERT INTO lostfound_places(name, kind, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.name, input.kind, input.active ? 1 : 0, at, at).lastInsertRowid,
    );
    summary = `新增失物存放处 ${input.name}（${input.kind === 'safe' ? '保险箱' : '普通'}）`;
  }
  ctx.note({ entity: 'lostfound_place', entityId: id, summary });
  return placeById(ctx, id);
}

/** The second person who counts a high-value item on the spot: another user's credential, typed there and then. */
async function counter(ctx: Ctx, cred: { username: string; password: string }): Promise<{ id: number; name: string }> {
  if (cred.username.trim().toLowerCase() === callerOf(ctx).username) throw new DeskError('LOSTFOUND_COUNT_SELF', {}, { countedBy: msg(ctx, 'countSelf') });
  try {
    const user = await confirmCredential(ctx, cred.username, cred.password, LF_COUNTERS);
    return { id: user.id, name: user.displayName };
  } catch (e) {
    // The same refusal, worded for the count; a wrong password still counts towards that account's lockout.
    if (e instanceof DeskError && e.code === 'OVERRIDE_REFUSED') throw new DeskError('LOSTFOUND_COUNT_REFUSED', {}, { countedBy: msg(ctx, 'countRefused') }, e.keepChanges);
    throw e;
  }
}

export function indexItem(ctx: Ctx, id: number): void {
  const i = mustFindItem(ctx, id);
  itemSearch.put(ctx.db, id, { no: i.itemNo, name: i.name, text: i.features, place: i.foundPlace, person: i.finderName, phone: i.finderPhone });
}

export async function intake(ctx: Ctx, input: IntakeInput): Promise<number> {
  const caller = callerOf(ctx);
  const settings = readLfSettings(ctx.db);
  const fields: Record<string, string> = {};
  if (input.finderKind === 'visitor' && !input.finderPhone) fields.finderPhone = msg(ctx, 'finderPhoneRequired');
  if (input.cashAmount !== undefined && input.category !== 'cash_valuables') fields.cashAmount = msg(ctx, 'cashOnlyForCash');
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  const foundAt = typedInstant(ctx, input.foundAt, 'foundAt');
  const declaredFen = input.declaredValue === undefined ? null : toFen(input.declaredValue);
  const highValue = settings.highValueCategories.includes(input.category) || (declaredFen !== null && declaredFen >= settings.highValueYuan * 100);
  const what = input.name;
  const place = storagePlace(ctx, input.placeId, highValue, what);
  const photo = input.photoBase64 ? checkedPhoto(input.photoBase64) : null;
  let counted: { id: number; name: string } | null = null;
  if (highValue) {
    const needs: Record<string, string> = {};
    if (!input.countedBy) needs.countedBy = msg(ctx, 'countRequired');
    if (input.category === 'cash_valuables' && input.cashAmount === undefined) needs.cashAmount = msg(ctx, 'cashRequired');
    if (Object.keys(needs).length) throw new DeskError('LOSTFOUND_COUNT_REQUIRED', { what }, needs);
    // Checked last, before anything is written: a wrong password keeps only its lockout count.
    counted = await counter(ctx, input.countedBy as { username: string; password: string });
  }
  const cashFen = input.cashAmount === undefined ? null : toFen(input.cashAmount);
  const no = nextDailyNo(ctx.db, 'lostfound_items', 'intake_day', 'SW', ctx.now);
  const expiresAt = dayjs(foundAt).add(settings.retentionDays[input.category], 'day').toISOString();
  const policeDueAt = input.category === 'documents' ? dayjs(foundAt).add(settings.idPoliceDays, 'day').toISOString() : null;
  const at = ctx.now.toISOString();
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO lostfound_items(item_no, intake_day, seq, name, category, quantity, features, found_at, found_day, found_place,
           notice_place, finder_kind, finder_name, finder_phone, declared_value_fen, high_value, cash_amount_fen, counted_by,
           counted_at, place_id, photo, photo_mime, remarks, status, expires_at, police_due_at, registered_at, registered_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_custody', ?, ?, ?, ?)`,
      )
      .run(
        no.no, no.day, no.seq, input.name, input.category, input.quantity, input.features, foundAt.toISOString(),
        dayjs(foundAt).format('YYYY-MM-DD'), input.foundPlace, input.noticePlace || input.foundPlace, input.finderKind,
        input.finderName, input.finderPhone, declaredFen, highValue ? 1 : 0, cashFen, counted?.id ?? null, counted ? at : null,
        place.id, photo?.bytes ?? null, photo?.mime ?? null, input.remarks, expiresAt, policeDueAt, at, caller.userId,
      ).lastInsertRowid,
  );
  indexItem(ctx, id);
  const finder = `${input.finderKind === 'staff' ? '员工' : '访客'} ${input.finderName}`;
  const value = [declaredFen !== null ? `申报价值 ${yuanText(declaredFen)}` : '', cashFen !== null ? `现金 ${yuanText(cashFen)}` : ''].filter(Boolean).join('，');
  const countNote = counted ? `，${counted.name} 现场复核清点` : '';
  addEvent(ctx, id, 'intake', caller.userId, `${input.foundPlace} 拾得，拾得人 ${finder}，存放于 ${place.name}${value ? `，${value}` : ''}${countNote}`);
  if (highValue) {
    const message = `贵重失物 ${no.no}：${input.name} ×${input.quantity}（${categoryName(input.category)}${value ? `，${value}` : ''}），${input.foundPlace} 拾得，已存入 ${place.name}，${counted?.name ?? ''} 复核清点`;
    const add = ctx.db.prepare('INSERT INTO lostfound_alerts(item_id, role, message, created_at) VALUES (?, ?, ?, ?)');
    for (const role of LF_ALERTED) add.run(id, role, message, at);
  }
  ctx.note({
    entity: 'lostfound_item',
    entityId: id,
    summary: `失物登记 ${no.no}：${input.name} ×${input.quantity}（${categoryName(input.category)}${highValue ? '，贵重' : ''}${value ? `，${value}` : ''}），${input.foundPlace} 拾得，拾得人 ${finder}，存放于 ${place.name}${countNote}${photo ? '，附照片' : ''}`,
  });
  return id;
}

export function moveItem(ctx: Ctx, id: number, placeId: number, note: string): void {
  const caller = callerOf(ctx);
  const item = mustBeInCustody(ctx, id);
  const place = storagePlace(ctx, placeId, item.highValue, `${item.itemNo} ${item.name}`);
  if (place.id === item.placeId) throw new DeskError('VALIDATION', {}, { placeId: msg(ctx, 'samePlace', { name: place.name }) });
  ctx.db.prepare('UPDATE lostfound_items SET place_id = ? WHERE id = ?').run(place.id, id);
  const text = `${item.placeName} → ${place.name}${note ? `（${note}）` : ''}`;
  addEvent(ctx, id, 'move', caller.userId, text);
  ctx.note({ entity: 'lostfound_item', entityId: id, summary: `失物移库 ${item.itemNo} ${item.name}：${text}` });
}

export interface Handover {
  receiverName: string;
  receiverUnit: string;
  note: string;
  signature?: string;
}

/** Records who received an item leaving custody (transfer or executed disposal). */
export function handOver(ctx: Ctx, item: LfItemRow, status: 'transferred' | 'disposed', h: Handover, at: Date): void {
  const caller = callerOf(ctx);
  const signatureId = h.signature ? storeSignature(ctx, h.signature) : null;
  ctx.db
    .prepare(
      `UPDATE lostfound_items SET status = ?, closed_at = ?, closed_by = ?, receiver_name = ?, receiver_unit = ?, handover_note = ?,
         handover_signature_id = ? WHERE id = ? AND status = 'in_custody'`,
    )
    .run(status, at.toISOString(), caller.userId, h.receiverName, h.receiverUnit, h.note, signatureId, item.id);
}

export function transfer(ctx: Ctx, id: number, h: Handover): void {
  const caller = callerOf(ctx);
  const item = mustBeInCustody(ctx, id);
  handOver(ctx, item, 'transferred', h, ctx.now);
  const text = `移交 ${h.receiverUnit} ${h.receiverName}${h.note ? `（${h.note}）` : ''}${h.signature ? '，接收人签名' : ''}`;
  addEvent(ctx, id, 'transfer', caller.userId, text);
  ctx.note({ entity: 'lostfound_item', entityId: id, summary: `失物移交 ${item.itemNo} ${item.name} ×${item.quantity}：${text}` });
}

export interface ItemQuery {
  q: string;
  category?: string;
  status: string;
  from?: string;
  to?: string;
  limit: number;
  before?: number;
}

export function searchItems(ctx: Ctx, input: ItemQuery): LfItemRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.from) {
    where.push('i.found_day >= ?');
    params.push(realDate(input.from, 'from'));
  }
  if (input.to) {
    where.push('i.found_day <= ?');
    params.push(realDate(input.to, 'to'));
  }
  if (input.from && input.to && input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
  if (input.category) {
    where.push('i.category = ?');
    params.push(input.category);
  }
  if (input.status !== 'all') {
    where.push('i.status = ?');
    params.push(input.status);
  }
  if (input.before) {
    where.push('i.id < ?');
    params.push(input.before);
  }
  const run = (match: MatchFragment | null, limit: number) => {
    const all = match ? [...where, `i.id IN (${match.sql})`] : where;
    return itemsWhere(ctx, `${all.length ? all.join(' AND ') : '1'} ORDER BY i.id DESC ${sqlLimit(limit)}`, ...params, ...(match?.params ?? []));
  };
  if (!input.q) return run(null, input.limit);
  return itemSearch.page(ctx.db, input.q, input, run) ?? [];
}

export function photoOf(ctx: Ctx, id: number): string | null {
  const r = ctx.db.prepare('SELECT photo, photo_mime AS mime FROM lostfound_items WHERE id = ?').get(id) as { photo: Buffer | null; mime: string | null } | undefined;
  return r?.photo ? `data:${r.mime ?? 'image/jpeg'};base64,${r.photo.toString('base64')}` : null;
}

/** Items in custody past their keeping period, or ID documents past the police due date; the oldest due first. */
export function expiredItems(ctx: Ctx): LfItemRow[] {
  const now = ctx.now.toISOString();
  return itemsWhere(
    ctx,
    `i.status = 'in_custody' AND (i.expires_at <= ? OR (i.police_due_at IS NOT NULL AND i.police_due_at <= ?))
     ORDER BY min(i.expires_at, coalesce(i.police_due_at, i.expires_at)), i.id`,
    now,
    now,
  );
}
