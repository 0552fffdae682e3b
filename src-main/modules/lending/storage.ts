import crypto from 'node:crypto';
import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import type { StorageDetail, StorageReceipt, StorageRow } from '../../../src-shared/modules/lending';
import { formatTime } from '../../../src-shared/rules/time';
import { callerOf, type Ctx } from '../../ipc/context';
import { checkedPhoto } from '../passes/checks';
import { msg } from './messages';
import { nextDailyNo } from '../../db/daily-number';
import { resolvePerson, type PersonInput } from './person';
import { storageSearch } from './search';
import { readLendingSettings } from './settings';
import { storeSignature } from './signature';
import { signatureDataUrl } from '../../signatures/store';
import type { MatchFragment } from '../../search/query';
import { cached, sqlLimit } from '../../db/statements';

type RawStorage = Omit<StorageRow, 'authorised' | 'hasPhoto' | 'storedDays' | 'longStored'> & { authorised: string; hasPhoto: number };

const STORAGE_SELECT = `SELECT s.id, s.storage_no AS storageNo, s.occupant_id AS occupantId, s.room_label AS roomLabel,
    s.owner_name AS ownerName, s.owner_phone AS ownerPhone, s.authorised, s.description, s.count, s.place,
    s.photo IS NOT NULL AS hasPhoto, s.remarks, s.stored_at AS storedAt, us.display_name AS storedBy,
    s.handed_back_at AS handedBackAt, uh.display_name AS handedBackBy, s.collector_name AS collectorName,
    s.collector_phone AS collectorPhone
  FROM lending_storage s JOIN users us ON us.id = s.stored_by LEFT JOIN users uh ON uh.id = s.handed_back_by`;

/** Calendar days, as a receptionist counts them: stored yesterday evening, today is day 1. */
const daysBetween = (from: string, to: Date): number => dayjs(to).startOf('day').diff(dayjs(from).startOf('day'), 'day');

function toStorage(r: RawStorage, now: Date, longDays: number): StorageRow {
  const open = r.handedBackAt === null;
  const storedDays = daysBetween(r.storedAt, open ? now : new Date(r.handedBackAt ?? r.storedAt));
  return {
    ...r,
    authorised: JSON.parse(r.authorised) as StorageRow['authorised'],
    hasPhoto: r.hasPhoto === 1,
    storedDays,
    longStored: open && storedDays > longDays,
  };
}

export function storageWhere(ctx: Ctx, where: string, ...params: unknown[]): StorageRow[] {
  const longDays = readLendingSettings(ctx.db).longStoredDays;
  return (cached(ctx.db, `${STORAGE_SELECT} WHERE ${where}`).all(...params) as RawStorage[]).map((r) => toStorage(r, ctx.now, longDays));
}

export function storageById(ctx: Ctx, id: number): StorageRow {
  const s = storageWhere(ctx, 's.id = ?', id)[0];
  if (!s) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityStorage') });
  return s;
}

/**
 * The claim code is stored as a salted SHA-256, never in clear: it does not show in lists, registers, exports or a
 * copied database file. Six digits can be tried offline by whoever holds the file, so the code is a check at the
 * desk, not a secret; the claimant's name and phone must match too.
 */
const hashCode = (salt: string, code: string): string => crypto.createHash('sha256').update(`${salt}:${code}`).digest('hex');

function codeMatches(row: { claim_salt: string; claim_hash: string }, code: string): boolean {
  const a = Buffer.from(hashCode(row.claim_salt, code), 'hex');
  return crypto.timingSafeEqual(a, Buffer.from(row.claim_hash, 'hex'));
}

type CodeRow = { id: number; claim_salt: string; claim_hash: string };
const openCodes = (ctx: Ctx): CodeRow[] =>
  ctx.db.prepare('SELECT id, claim_salt, claim_hash FROM lending_storage WHERE handed_back_at IS NULL').all() as CodeRow[];

/** A code no item still kept has, so a code alone finds one item. */
function freshCode(ctx: Ctx): string {
  const open = openCodes(ctx);
  for (;;) {
    const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
    if (!open.some((r) => codeMatches(r, code))) return code;
  }
}

export interface StorageInput extends PersonInput {
  authorised: { name: string; phone: string }[];
  description: string;
  count: number;
  place: string;
  photoBase64?: string;
  remarks: string;
}

export function registerStorage(ctx: Ctx, input: StorageInput): StorageReceipt {
  const caller = callerOf(ctx);
  const owner = resolvePerson(ctx, input);
  const photo = input.photoBase64 ? checkedPhoto(input.photoBase64) : null;
  const code = freshCode(ctx);
  const salt = crypto.randomBytes(16).toString('hex');
  const no = nextDailyNo(ctx.db, 'lending_storage', 'storage_day', 'JC', ctx.now);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO lending_storage(storage_no, storage_day, seq, occupant_id, room_label, owner_name, owner_phone, authorised,
           description, count, place, photo, photo_mime, remarks, claim_salt, claim_hash, stored_at, stored_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        no.no, no.day, no.seq, owner.occupantId, owner.roomLabel, owner.name, owner.phone, JSON.stringify(input.authorised),
        input.description, input.count, input.place, photo?.bytes ?? null, photo?.mime ?? null, input.remarks, salt,
        hashCode(salt, code), ctx.now.toISOString(), caller.userId,
      ).lastInsertRowid,
  );
  storageSearch.put(ctx.db, id, {
    no: no.no,
    roomLabel: owner.roomLabel,
    name: owner.name,
    phone: owner.phone,
    extra: [input.description, ...input.authorised.map((a) => a.name)],
  });
  const auth = input.authorised.length ? `，可代领：${input.authorised.map((a) => a.name).join('、')}` : '';
  ctx.note({
    entity: 'lending_storage',
    entityId: id,
    summary: `物品寄存 ${no.no}：${input.description} ×${input.count}，存放于 ${input.place}，寄存人 ${owner.roomLabel} ${owner.name}${auth}${photo ? '，附照片' : ''}`,
  });
  return { item: storageById(ctx, id), claimCode: code };
}

/** The item with its photo and, once handed back, the collector's signature, for the detail view. */
export function storageDetail(ctx: Ctx, id: number): StorageDetail {
  const item = storageById(ctx, id);
  const raw = ctx.db.prepare('SELECT photo, photo_mime AS mime, signature_id AS signatureId FROM lending_storage WHERE id = ?').get(id) as {
    photo: Buffer | null;
    mime: string | null;
    signatureId: number | null;
  };
  return {
    item,
    photoDataUrl: raw.photo && raw.mime ? `data:${raw.mime};base64,${raw.photo.toString('base64')}` : null,
    signatureDataUrl: raw.signatureId ? signatureDataUrl(ctx, 'lending_signatures', raw.signatureId) : null,
  };
}

const sameName = (a: string, b: string) => a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');
const samePhone = (a: string, b: string) => a.replace(/\D/g, '') === b.replace(/\D/g, '');

export interface HandBackInput {
  id?: number;
  claimCode: string;
  claimantName: string;
  claimantPhone: string;
  signature: string;
}

/** Hands an item back on its claim code to the owner or an authorised person, who signs; anything else changes nothing. */
export function handBack(ctx: Ctx, input: HandBackInput): StorageRow {
  const caller = callerOf(ctx);
  let itemId: number;
  if (input.id) {
    const item = storageById(ctx, input.id);
    if (item.handedBackAt) {
      throw new DeskError('LENDING_CLOSED', { what: item.storageNo, at: formatTime(item.handedBackAt), how: msg(ctx, 'handedBackTo', { name: item.collectorName ?? '' }) });
    }
    const row = ctx.db.prepare('SELECT id, claim_salt, claim_hash FROM lending_storage WHERE id = ?').get(input.id) as CodeRow;
    if (!codeMatches(row, input.claimCode)) throw new DeskError('CLAIM_MISMATCH', { why: msg(ctx, 'codeWrong') }, { claimCode: msg(ctx, 'codeWrong') });
    itemId = input.id;
  } else {
    const found = openCodes(ctx).find((r) => codeMatches(r, input.claimCode));
    if (!found) throw new DeskError('CLAIM_MISMATCH', { why: msg(ctx, 'codeUnknown') }, { claimCode: msg(ctx, 'codeUnknown') });
    itemId = found.id;
  }
  const item = storageById(ctx, itemId);
  const people = [{ name: item.ownerName, phone: item.ownerPhone }, ...item.authorised];
  const who = people.find((p) => sameName(p.name, input.claimantName) && samePhone(p.phone, input.claimantPhone));
  if (!who) throw new DeskError('CLAIM_MISMATCH', { why: msg(ctx, 'claimantWrong') }, { claimantName: msg(ctx, 'claimantWrong') });
  const signatureId = storeSignature(ctx, input.signature);
  ctx.db
    .prepare(
      `UPDATE lending_storage SET handed_back_at = ?, handed_back_by = ?, collector_name = ?, collector_phone = ?, signature_id = ?
       WHERE id = ? AND handed_back_at IS NULL`,
    )
    .run(ctx.now.toISOString(), caller.userId, who.name, who.phone, signatureId, itemId);
  const role = who === people[0] ? '寄存人本人' : '受托代领人';
  ctx.note({
    entity: 'lending_storage',
    entityId: itemId,
    summary: `寄存物品交还 ${item.storageNo}：${item.description} ×${item.count}，${role} ${who.name} 凭取件码签名领取`,
  });
  return storageById(ctx, itemId);
}

export interface StorageQuery {
  view: 'open' | 'long' | 'all';
  q: string;
  limit: number;
  before?: number;
}

/** Newest first, paged by id; long-stored: still kept after more than the long-stored days. */
export function searchStorage(ctx: Ctx, input: StorageQuery): StorageRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.view !== 'all') where.push('s.handed_back_at IS NULL');
  if (input.view === 'long') {
    // Day 1 is the day after storing: more than N days kept means stored before the start of the day N days ago.
    const days = readLendingSettings(ctx.db).longStoredDays;
    where.push('s.stored_at < ?');
    params.push(dayjs(ctx.now).startOf('day').subtract(days, 'day').toISOString());
  }
  if (input.before) {
    where.push('s.id < ?');
    params.push(input.before);
  }
  const run = (match: MatchFragment | null, limit: number) => {
    const all = match ? [...where, `s.id IN (${match.sql})`] : where;
    return storageWhere(ctx, `${all.length ? all.join(' AND ') : '1'} ORDER BY s.id DESC ${sqlLimit(limit)}`, ...params, ...(match?.params ?? []));
  };
  if (!input.q) return run(null, input.limit);
  return storageSearch.page(ctx.db, input.q, input, run) ?? [];
}
