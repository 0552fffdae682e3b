import { DeskError } from '../../../src-shared/errors';
import type { ArchiveBoxRow, ArchiveCabinetRow, ArchiveIndexRange } from '../../../src-shared/modules/archive';
import { boxBarcode, cabinetBarcode } from '../../../src-shared/rules/index-number';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

interface CabinetRaw {
  id: number;
  number: number;
  serial: number;
  location: string;
  active: number;
}
interface BoxRaw {
  id: number;
  cabinetId: number;
  boxNo: number;
  label: string;
  active: number;
  documents: number;
}

export const cabinetCode = (c: { number: number; serial: number }): string => `${c.number}.${c.serial}`;
export const boxCode = (c: { number: number; serial: number }, boxNo: number): string => `${cabinetCode(c)}-${String(boxNo).padStart(2, '0')}`;

const BOX_SELECT = `SELECT b.id, b.cabinet_id AS cabinetId, b.box_no AS boxNo, b.label, b.active,
    (SELECT count(*) FROM archive_documents d WHERE d.box_id = b.id AND d.status = 'active') AS documents
  FROM archive_boxes b`;

/** Index ranges per category of the active documents in a set of boxes (000 §5.4.3: labelled on the cabinet). */
export function rangesWhere(ctx: Ctx, where: string, ...params: unknown[]): ArchiveIndexRange[] {
  // Within one cabinet the index numbers of a category differ only in the two-digit box, so text order is box order.
  return ctx.db
    .prepare(
      `SELECT d.category, min(d.index_no) AS "from", max(d.index_no) AS "to", count(*) AS documents
       FROM archive_documents d JOIN archive_boxes b ON b.id = d.box_id
       WHERE d.status = 'active' AND ${where} GROUP BY d.category ORDER BY d.category`,
    )
    .all(...params) as ArchiveIndexRange[];
}

export const rangeText = (ranges: ArchiveIndexRange[]): string =>
  ranges.map((r) => (r.from === r.to ? r.from : `${r.from}～${r.to}`)).join('；');

function toCabinet(ctx: Ctx, c: CabinetRaw, includeInactive: boolean): ArchiveCabinetRow {
  const boxes = (ctx.db.prepare(`${BOX_SELECT} WHERE b.cabinet_id = ? ${includeInactive ? '' : 'AND b.active = 1'} ORDER BY b.box_no`).all(c.id) as BoxRaw[]).map(
    (b): ArchiveBoxRow => ({ ...b, code: boxCode(c, b.boxNo), barcode: boxBarcode(c.number, c.serial, b.boxNo), active: b.active === 1 }),
  );
  const ranges = rangesWhere(ctx, 'b.cabinet_id = ?', c.id);
  return { ...c, code: cabinetCode(c), barcode: cabinetBarcode(c.number, c.serial), active: c.active === 1, boxes, ranges, rangeText: rangeText(ranges) };
}

export function listCabinets(ctx: Ctx, includeInactive: boolean): ArchiveCabinetRow[] {
  const rows = ctx.db.prepare(`SELECT id, number, serial, location, active FROM archive_cabinets ${includeInactive ? '' : 'WHERE active = 1'} ORDER BY number, serial`).all() as CabinetRaw[];
  return rows.map((c) => toCabinet(ctx, c, includeInactive));
}

export function mustFindCabinet(ctx: Ctx, id: number): ArchiveCabinetRow {
  const c = ctx.db.prepare('SELECT id, number, serial, location, active FROM archive_cabinets WHERE id = ?').get(id) as CabinetRaw | undefined;
  if (!c) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityCabinet') }, { cabinetId: msg(ctx, 'chooseCabinet') });
  return toCabinet(ctx, c, true);
}

export function mustFindBox(ctx: Ctx, id: number): ArchiveBoxRow & { cabinet: ArchiveCabinetRow } {
  const b = ctx.db.prepare(`${BOX_SELECT} WHERE b.id = ?`).get(id) as BoxRaw | undefined;
  if (!b) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityBox') }, { boxId: msg(ctx, 'chooseBox') });
  const cabinet = mustFindCabinet(ctx, b.cabinetId);
  return { ...b, code: boxCode(cabinet, b.boxNo), barcode: boxBarcode(cabinet.number, cabinet.serial, b.boxNo), active: b.active === 1, cabinet };
}

const documentsIn = (ctx: Ctx, column: 'b.cabinet_id' | 'b.id', id: number): number =>
  ctx.db.prepare(`SELECT count(*) FROM archive_documents d JOIN archive_boxes b ON b.id = d.box_id WHERE ${column} = ? AND d.status = 'active'`).pluck().get(id) as number;

export function saveCabinet(ctx: Ctx, input: { id?: number; number: number; serial: number; location: string; active: boolean }): ArchiveCabinetRow {
  const at = ctx.now.toISOString();
  const code = cabinetCode(input);
  const clash = ctx.db.prepare('SELECT id FROM archive_cabinets WHERE number = ? AND serial = ? AND id <> ?').pluck().get(input.number, input.serial, input.id ?? 0);
  if (clash) throw new DeskError('VALIDATION', {}, { serial: msg(ctx, 'cabinetTaken', { code }) });
  let id: number;
  let summary: string;
  if (input.id) {
    const before = mustFindCabinet(ctx, input.id);
    const held = documentsIn(ctx, 'b.cabinet_id', input.id);
    // Documents carry the cabinet in their index numbers: renumbering or retiring would make labels and catalogue lie.
    if (held > 0 && (before.number !== input.number || before.serial !== input.serial)) {
      throw new DeskError('ARCHIVE_STORAGE_IN_USE', { what: msg(ctx, 'cabinetName', { code: before.code }), count: held }, { number: msg(ctx, 'cabinetRenumberHeld', { count: held }) });
    }
    if (held > 0 && !input.active) {
      throw new DeskError('ARCHIVE_STORAGE_IN_USE', { what: msg(ctx, 'cabinetName', { code: before.code }), count: held }, { active: msg(ctx, 'retireHeld', { count: held }) });
    }
    ctx.db.prepare('UPDATE archive_cabinets SET number = ?, serial = ?, location = ?, active = ?, updated_at = ? WHERE id = ?').run(input.number, input.serial, input.location, input.active ? 1 : 0, at, input.id);
    id = input.id;
    summary = `修改文件柜 ${before.code} → ${code}（${input.location || '未填位置'}${input.active ? '' : '，停用'}）`;
  } else {
    id = Number(
      ctx.db.prepare('INSERT INTO archive_cabinets(number, serial, location, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(input.number, input.serial, input.location, input.active ? 1 : 0, at, at).lastInsertRowid,
    );
    summary = `新增文件柜 ${code}（${input.location || '未填位置'}）`;
  }
  ctx.note({ entity: 'archive_cabinet', entityId: id, summary });
  return mustFindCabinet(ctx, id);
}

export function saveBox(ctx: Ctx, input: { id?: number; cabinetId: number; boxNo: number; label: string; active: boolean }): ArchiveBoxRow {
  const at = ctx.now.toISOString();
  const cabinet = mustFindCabinet(ctx, input.cabinetId);
  const code = boxCode(cabinet, input.boxNo);
  const clash = ctx.db.prepare('SELECT id FROM archive_boxes WHERE cabinet_id = ? AND box_no = ? AND id <> ?').pluck().get(input.cabinetId, input.boxNo, input.id ?? 0);
  if (clash) throw new DeskError('VALIDATION', {}, { boxNo: msg(ctx, 'boxTaken', { code }) });
  let id: number;
  let summary: string;
  if (input.id) {
    const before = mustFindBox(ctx, input.id);
    const held = documentsIn(ctx, 'b.id', input.id);
    if (held > 0 && (before.cabinetId !== input.cabinetId || before.boxNo !== input.boxNo)) {
      throw new DeskError('ARCHIVE_STORAGE_IN_USE', { what: msg(ctx, 'boxName', { code: before.code }), count: held }, { boxNo: msg(ctx, 'boxRenumberHeld', { count: held }) });
    }
    if (held > 0 && !input.active) {
      throw new DeskError('ARCHIVE_STORAGE_IN_USE', { what: msg(ctx, 'boxName', { code: before.code }), count: held }, { active: msg(ctx, 'retireHeld', { count: held }) });
    }
    ctx.db.prepare('UPDATE archive_boxes SET cabinet_id = ?, box_no = ?, label = ?, active = ?, updated_at = ? WHERE id = ?').run(input.cabinetId, input.boxNo, input.label, input.active ? 1 : 0, at, input.id);
    id = input.id;
    summary = `修改文件盒 ${before.code} → ${code}（${input.label || '无标签'}${input.active ? '' : '，停用'}）`;
  } else {
    if (!cabinet.active) throw new DeskError('VALIDATION', {}, { cabinetId: msg(ctx, 'cabinetRetired', { code: cabinet.code }) });
    id = Number(
      ctx.db.prepare('INSERT INTO archive_boxes(cabinet_id, box_no, label, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(input.cabinetId, input.boxNo, input.label, input.active ? 1 : 0, at, at).lastInsertRowid,
    );
    summary = `新增文件盒 ${code}（${input.label || '无标签'}）`;
  }
  ctx.note({ entity: 'archive_box', entityId: id, summary });
  const { cabinet: _c, ...box } = mustFindBox(ctx, id);
  return box;
}
