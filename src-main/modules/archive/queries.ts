import { DeskError } from '../../../src-shared/errors';
import {
  ARCHIVE_CATEGORY_NAMES,
  isControlledCategory,
  type ArchiveCategory,
  type ArchiveDocumentRow,
  type ArchiveLevel,
  type ArchiveMoveRow,
  type ArchiveStatus,
} from '../../../src-shared/modules/archive';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';
import { cached } from '../../db/statements';

type RawDoc = Omit<ArchiveDocumentRow, 'categoryName' | 'controlled' | 'publiclyPosted' | 'category' | 'level' | 'status'> & {
  category: string;
  level: string;
  status: string;
  publiclyPosted: number;
};

export const DOC_SELECT = `SELECT d.id, d.title, d.doc_no AS docNo, d.drawing_no AS drawingNo, d.version, d.category, d.level,
    d.copies, d.content_note AS contentNote, d.department_id AS departmentId, dep.name AS departmentName,
    d.doc_date AS docDate, d.retention, d.publicly_posted AS publiclyPosted, d.box_id AS boxId, b.cabinet_id AS cabinetId,
    c.location, d.index_no AS indexNo, d.status, d.created_at AS createdAt, u.display_name AS createdBy, d.updated_at AS updatedAt
  FROM archive_documents d JOIN departments dep ON dep.id = d.department_id JOIN archive_boxes b ON b.id = d.box_id
  JOIN archive_cabinets c ON c.id = b.cabinet_id JOIN users u ON u.id = d.created_by`;

// Field by field: a raw row is a dictionary-mode object that V8 spreads slowly (docs/performance.md).
const toDoc = (r: RawDoc): ArchiveDocumentRow => {
  const category = r.category as ArchiveCategory;
  return {
    id: r.id,
    title: r.title,
    docNo: r.docNo,
    drawingNo: r.drawingNo,
    version: r.version,
    category,
    categoryName: ARCHIVE_CATEGORY_NAMES[category],
    controlled: isControlledCategory(category),
    level: r.level as ArchiveLevel,
    copies: r.copies,
    contentNote: r.contentNote,
    departmentId: r.departmentId,
    departmentName: r.departmentName,
    docDate: r.docDate,
    retention: r.retention,
    publiclyPosted: r.publiclyPosted === 1,
    boxId: r.boxId,
    cabinetId: r.cabinetId,
    location: r.location,
    indexNo: r.indexNo,
    status: r.status as ArchiveStatus,
    createdAt: r.createdAt,
    createdBy: r.createdBy,
    updatedAt: r.updatedAt,
  };
};

export const docsWhere = (ctx: Ctx, where: string, ...params: unknown[]): ArchiveDocumentRow[] =>
  (cached(ctx.db, `${DOC_SELECT} WHERE ${where}`).all(...params) as RawDoc[]).map(toDoc);

export function mustFindDoc(ctx: Ctx, id: number): ArchiveDocumentRow {
  const d = docsWhere(ctx, 'd.id = ?', id)[0];
  if (!d) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityDocument') });
  return d;
}

export function movesOf(ctx: Ctx, id: number): ArchiveMoveRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT m.from_index AS fromIndex, m.to_index AS toIndex, m.reason, m.moved_at AS movedAt, u.display_name AS movedBy
       FROM archive_document_moves m JOIN users u ON u.id = m.moved_by WHERE m.document_id = ? ORDER BY m.id`,
    )
    .all(id) as ArchiveMoveRow[];
  return rows.map((m) => ({ ...m, movedAt: formatTime(m.movedAt) }));
}
