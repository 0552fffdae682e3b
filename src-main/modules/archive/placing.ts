import { DeskError } from '../../../src-shared/errors';
import { formatIndexNo, parseIndexNo, parseStorageCode, type ArchiveCategory, type StorageCode } from '../../../src-shared/rules/index-number';
import type { Ctx } from '../../ipc/context';
import { indexProblemText, msg } from './messages';
import { mustFindBox } from './storage';

export interface Placed {
  boxId: number;
  cabinetId: number;
  indexNo: string;
}

const refuse = (field: string, message: string): never => {
  throw new DeskError('VALIDATION', {}, { [field]: message });
};

/** A typed or scanned index number → its existing, active box (000 §5.3); any problem is named on `field`. */
export function boxByIndex(ctx: Ctx, text: string, field: string): Placed & { category: ArchiveCategory } {
  const parsed = parseIndexNo(text);
  if (!parsed.ok) return refuse(field, indexProblemText(ctx, parsed.problem));
  const { category, cabinet, serial, box } = parsed.value;
  const code = `${cabinet}.${serial}`;
  const cab = ctx.db.prepare('SELECT id, active FROM archive_cabinets WHERE number = ? AND serial = ?').get(cabinet, serial) as { id: number; active: number } | undefined;
  if (!cab) return refuse(field, msg(ctx, 'noCabinet', { index: parsed.text, code }));
  if (!cab.active) return refuse(field, msg(ctx, 'cabinetRetired', { code }));
  const b = ctx.db.prepare('SELECT id, active FROM archive_boxes WHERE cabinet_id = ? AND box_no = ?').get(cab.id, box) as { id: number; active: number } | undefined;
  const boxText = `${code}-${String(box).padStart(2, '0')}`;
  if (!b) return refuse(field, msg(ctx, 'noBox', { index: parsed.text, code: boxText }));
  if (!b.active) return refuse(field, msg(ctx, 'boxRetired', { code: boxText }));
  return { boxId: b.id, cabinetId: cab.id, indexNo: parsed.text, category };
}

/** A scanned cabinet or box label (`CAB-3-1`, `BOX-3-1-02`) → that cabinet or box, which must exist. */
export function storageByCode(ctx: Ctx, code: StorageCode, field: string): { cabinetId: number; boxId: number | null } {
  const cabCode = `${code.cabinet}.${code.serial}`;
  const cab = ctx.db.prepare('SELECT id FROM archive_cabinets WHERE number = ? AND serial = ?').pluck().get(code.cabinet, code.serial) as number | undefined;
  if (!cab) return refuse(field, msg(ctx, 'noCabinetCode', { code: cabCode }));
  if (code.kind === 'cabinet') return { cabinetId: cab, boxId: null };
  const boxText = `${cabCode}-${String(code.box).padStart(2, '0')}`;
  const box = ctx.db.prepare('SELECT id FROM archive_boxes WHERE cabinet_id = ? AND box_no = ?').pluck().get(cab, code.box) as number | undefined;
  if (!box) return refuse(field, msg(ctx, 'noBoxCode', { code: boxText }));
  return { cabinetId: cab, boxId: box };
}

/**
 * Where a document of `category` goes: exactly one of a chosen box or a typed/scanned index number, whose category
 * must be the document's. The index number is always generated from category + box (000 §5.3), never taken as typed.
 */
export function placeDocument(ctx: Ctx, category: ArchiveCategory, where: { boxId?: number; indexNo?: string }): Placed {
  const typed = where.indexNo?.trim() ?? '';
  if (where.boxId && typed) return refuse('indexNo', msg(ctx, 'boxOrIndex'));
  if (typed) {
    const scanned = parseStorageCode(typed);
    if (scanned?.kind === 'box') return placeInBox(ctx, category, storageByCode(ctx, scanned, 'indexNo').boxId ?? 0, 'indexNo');
    const found = boxByIndex(ctx, typed, 'indexNo');
    if (found.category !== category) return refuse('indexNo', msg(ctx, 'indexCategoryMismatch', { index: found.indexNo, category }));
    return found;
  }
  if (!where.boxId) return refuse('boxId', msg(ctx, 'chooseBox'));
  return placeInBox(ctx, category, where.boxId);
}

export function placeInBox(ctx: Ctx, category: ArchiveCategory, boxId: number, field = 'boxId'): Placed {
  const box = mustFindBox(ctx, boxId);
  if (!box.cabinet.active) return refuse(field, msg(ctx, 'cabinetRetired', { code: box.cabinet.code }));
  if (!box.active) return refuse(field, msg(ctx, 'boxRetired', { code: box.code }));
  const indexNo = formatIndexNo({ category, cabinet: box.cabinet.number, serial: box.cabinet.serial, box: box.boxNo });
  return { boxId: box.id, cabinetId: box.cabinet.id, indexNo };
}
