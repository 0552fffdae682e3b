import type { Database } from 'better-sqlite3';
import { DeskError } from '../../../src-shared/errors';
import type { ShelfRow } from '../../../src-shared/modules/mail';
import { cached } from '../../db/statements';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

const SHELF_SELECT = `SELECT s.id, s.code, s.name, s.levels, s.active,
    (SELECT count(*) FROM mail_items m WHERE m.shelf_id = s.id AND m.closed_at IS NULL) AS waiting
  FROM mail_shelves s`;

type RawShelf = Omit<ShelfRow, 'active'> & { active: number };
const toShelf = (r: RawShelf): ShelfRow => ({ ...r, active: r.active === 1 });

export function listShelves(db: Database): ShelfRow[] {
  return (db.prepare(`${SHELF_SELECT} ORDER BY s.code`).all() as RawShelf[]).map(toShelf);
}

export function shelfById(db: Database, id: number): ShelfRow | null {
  const r = db.prepare(`${SHELF_SELECT} WHERE s.id = ?`).get(id) as RawShelf | undefined;
  return r ? toShelf(r) : null;
}

export function saveShelf(ctx: Ctx, input: { id?: number; code: string; name: string; levels: number; active: boolean }): ShelfRow {
  const code = input.code.toUpperCase();
  const clash = ctx.db.prepare('SELECT id FROM mail_shelves WHERE code = ? AND id IS NOT ?').get(code, input.id ?? null);
  if (clash) throw new DeskError('CONFLICT', { what: msg(ctx, 'shelfCodeTaken', { code }) }, { code: msg(ctx, 'shelfCodeTaken', { code }) });
  const at = ctx.now.toISOString();
  if (input.id) {
    const before = shelfById(ctx.db, input.id);
    if (!before) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityShelf') });
    // A parcel must never sit on a level or under a shelf code that no longer exists: its pickup code says where it is.
    if (code !== before.code && before.waiting > 0) {
      throw new DeskError('VALIDATION', {}, { code: msg(ctx, 'shelfCodeInUse', { code: before.code, count: before.waiting }) });
    }
    const above = ctx.db
      .prepare('SELECT count(*) FROM mail_items WHERE shelf_id = ? AND closed_at IS NULL AND shelf_level > ?')
      .pluck()
      .get(input.id, input.levels) as number;
    if (above > 0) throw new DeskError('VALIDATION', {}, { levels: msg(ctx, 'shelfLevelsInUse', { levels: input.levels, count: above }) });
    // Retiring a shelf with parcels on it is allowed: they stay until picked up; new ones go elsewhere.
    ctx.db
      .prepare('UPDATE mail_shelves SET code = ?, name = ?, levels = ?, active = ?, updated_at = ? WHERE id = ?')
      .run(code, input.name, input.levels, input.active ? 1 : 0, at, input.id);
    ctx.note({ entity: 'mail_shelf', entityId: input.id, summary: `修改货架 ${before.code} → ${code}（${input.levels} 层${input.active ? '' : '，停用'}）` });
    return shelfById(ctx.db, input.id) as ShelfRow;
  }
  const id = Number(
    ctx.db
      .prepare('INSERT INTO mail_shelves(code, name, levels, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(code, input.name, input.levels, input.active ? 1 : 0, at, at).lastInsertRowid,
  );
  ctx.note({ entity: 'mail_shelf', entityId: id, summary: `新增货架 ${code}（${input.levels} 层）` });
  return shelfById(ctx.db, id) as ShelfRow;
}

export interface Place {
  shelfId: number;
  shelfCode: string;
  level: number;
  serial: number;
  pickupCode: string;
}

/**
 * The newest parcel still waiting for the same unit (or, unmatched, the same name on the label), along the partial
 * index of open parcels by unit: a handful of rows, never every parcel on the shelves.
 */
const TOGETHER = `SELECT s.id, s.code, s.levels, s.active, m.shelf_level AS level FROM mail_items m JOIN mail_shelves s ON s.id = m.shelf_id
  WHERE m.closed_at IS NULL AND m.kind = 'parcel' AND s.active = 1 AND m.shelf_level <= s.levels`;
const TOGETHER_BY_UNIT = `${TOGETHER} AND m.unit_id = ? ORDER BY m.id DESC LIMIT 1`;
const TOGETHER_BY_NAME = `${TOGETHER} AND m.unit_id IS NULL AND m.recipient_name = ? ORDER BY m.id DESC LIMIT 1`;

/** The least loaded level of the active shelves (or of one shelf): each level's parcels counted in mail_items_open_place. */
const EMPTIEST_LEVEL = `WITH RECURSIVE lv(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM lv WHERE n < 9)
  SELECT s.id, s.code, s.levels, s.active, lv.n AS level,
    (SELECT count(*) FROM mail_items m WHERE m.shelf_id = s.id AND m.shelf_level = lv.n AND m.closed_at IS NULL) AS load
  FROM mail_shelves s JOIN lv ON lv.n <= s.levels
  WHERE s.active = 1 AND (@shelf IS NULL OR s.id = @shelf)
  ORDER BY load, s.code, lv.n LIMIT 1`;

/**
 * Where a new parcel goes: the level given, else the level where the same unit (or recipient) already has parcels
 * waiting (one trip to the shelf at pickup), else the emptiest level of the active shelves.
 */
export function choosePlace(ctx: Ctx, want: { shelfId?: number; level?: number }, unitId: number | null, recipientName: string): Place {
  let shelf: { id: number; code: string; levels: number; active: number } | undefined;
  let level = want.level;
  if (want.shelfId) {
    shelf = cached(ctx.db, 'SELECT id, code, levels, active FROM mail_shelves WHERE id = ?').get(want.shelfId) as typeof shelf;
    if (!shelf) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityShelf') }, { shelfId: msg(ctx, 'entityShelf') });
    if (!shelf.active) throw new DeskError('VALIDATION', {}, { shelfId: msg(ctx, 'shelfRetired', { code: shelf.code }) });
    if (level && level > shelf.levels) throw new DeskError('VALIDATION', {}, { level: msg(ctx, 'levelMissing', { code: shelf.code, levels: shelf.levels }) });
  } else {
    const together = (
      unitId === null ? cached(ctx.db, TOGETHER_BY_NAME).get(recipientName) : cached(ctx.db, TOGETHER_BY_UNIT).get(unitId)
    ) as (NonNullable<typeof shelf> & { level: number }) | undefined;
    if (together) {
      shelf = together;
      level = together.level;
    }
  }
  if (!shelf || !level) {
    const emptiest = cached(ctx.db, EMPTIEST_LEVEL).get({ shelf: shelf?.id ?? null }) as (NonNullable<typeof shelf> & { level: number }) | undefined;
    if (!emptiest) throw new DeskError('VALIDATION', {}, { shelfId: msg(ctx, 'noShelves') });
    shelf = emptiest;
    level = emptiest.level;
  }
  const serial = nextSerial(ctx.db);
  return { shelfId: shelf.id, shelfCode: shelf.code, level, serial, pickupCode: `${shelf.code}-${level}-${String(serial).padStart(4, '0')}` };
}

/**
 * The four digits of a pickup code run 0001–9999 and start again, skipping any still on a shelf, so a code read
 * out over the counter names exactly one parcel at the desk.
 */
function nextSerial(db: Database): number {
  const last = (cached(db, `SELECT value FROM mail_counters WHERE name = 'serial'`, 'pluck').get() as number | undefined) ?? 0;
  const inUse = cached(db, 'SELECT 1 FROM mail_items WHERE serial = ? AND closed_at IS NULL');
  let serial = last;
  for (let i = 0; i < 9999; i++) {
    serial = (serial % 9999) + 1;
    if (!inUse.get(serial)) break;
  }
  cached(db, `INSERT INTO mail_counters(name, value) VALUES ('serial', ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value`).run(serial);
  return serial;
}
