import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import { DeskError } from '../../../src-shared/errors';
import { ARCHIVE_CATEGORY_NAMES, ARCHIVE_LEVEL_NAMES, type ArchiveDocumentRow, type archiveChannels } from '../../../src-shared/modules/archive';
import { callerOf, type Ctx } from '../../ipc/context';
import { realDate } from '../passes/checks';
import { msg } from './messages';
import { placeDocument, placeInBox } from './placing';
import { mustFindDoc } from './queries';
import { indexDocument, mustBeActive } from './search';

type Channels = typeof archiveChannels;
type CreateInput = ParsedInputOf<Channels['archive.documents.create']>;
type UpdateInput = ParsedInputOf<Channels['archive.documents.update']>;
type MoveInput = ParsedInputOf<Channels['archive.documents.move']>;

/** The department must exist and be in use (C-level borrowing goes to its head, 000 §5.6.4c). */
function department(ctx: Ctx, id: number): string {
  const d = ctx.db.prepare('SELECT name, active FROM departments WHERE id = ?').get(id) as { name: string; active: number } | undefined;
  if (!d || !d.active) throw new DeskError('VALIDATION', {}, { departmentId: msg(ctx, 'chooseDepartment') });
  return d.name;
}

const describe = (d: { title: string; category: ArchiveDocumentRow['category']; level: ArchiveDocumentRow['level']; copies: number }) =>
  `${d.title}（${d.category} ${ARCHIVE_CATEGORY_NAMES[d.category]}，${ARCHIVE_LEVEL_NAMES[d.level]}，${d.copies} 份）`;

function recordMove(ctx: Ctx, id: number, from: string, to: string, reason: string): void {
  ctx.db
    .prepare('INSERT INTO archive_document_moves(document_id, from_index, to_index, reason, moved_at, moved_by) VALUES (?, ?, ?, ?, ?, ?)')
    .run(id, from, to, reason, ctx.now.toISOString(), callerOf(ctx).userId);
}

/** Catalogues a document (000 §5.4.3: 注明文件类别、索引号、份数 and a content note). */
export function createDocument(ctx: Ctx, input: CreateInput): ArchiveDocumentRow {
  realDate(input.docDate, 'docDate');
  const deptName = department(ctx, input.departmentId);
  const place = placeDocument(ctx, input.category, input);
  const at = ctx.now.toISOString();
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO archive_documents(title, doc_no, drawing_no, version, category, level, copies, content_note, department_id,
           doc_date, retention, publicly_posted, box_id, index_no, status, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?)`,
      )
      .run(
        input.title, input.docNo, input.drawingNo, input.version, input.category, input.level, input.copies, input.contentNote,
        input.departmentId, input.docDate, input.retention, input.publiclyPosted ? 1 : 0, place.boxId, place.indexNo, at, callerOf(ctx).userId, at,
      ).lastInsertRowid,
  );
  const doc = mustFindDoc(ctx, id);
  indexDocument(ctx, doc);
  ctx.note({ entity: 'archive_document', entityId: id, summary: `存档 ${doc.indexNo}：${describe(doc)}，${deptName}` });
  return doc;
}

/** Changes the description; a new category gives a new index number in the same box, kept in the move history. */
export function updateDocument(ctx: Ctx, input: UpdateInput): ArchiveDocumentRow {
  const before = mustFindDoc(ctx, input.id);
  mustBeActive(ctx, before, before.indexNo);
  realDate(input.docDate, 'docDate');
  department(ctx, input.departmentId);
  let indexNo = before.indexNo;
  if (input.category !== before.category) {
    indexNo = placeInBox(ctx, input.category, before.boxId).indexNo;
    recordMove(ctx, before.id, before.indexNo, indexNo, msg(ctx, 'categoryChanged', { from: before.category, to: input.category }));
  }
  ctx.db
    .prepare(
      `UPDATE archive_documents SET title = ?, doc_no = ?, drawing_no = ?, version = ?, category = ?, level = ?, copies = ?,
         content_note = ?, department_id = ?, doc_date = ?, retention = ?, publicly_posted = ?, index_no = ?, updated_at = ? WHERE id = ?`,
    )
    .run(
      input.title, input.docNo, input.drawingNo, input.version, input.category, input.level, input.copies, input.contentNote,
      input.departmentId, input.docDate, input.retention, input.publiclyPosted ? 1 : 0, indexNo, ctx.now.toISOString(), input.id,
    );
  const doc = mustFindDoc(ctx, input.id);
  indexDocument(ctx, doc);
  const reindexed = indexNo === before.indexNo ? '' : `，索引号 ${before.indexNo} → ${indexNo}`;
  ctx.note({ entity: 'archive_document', entityId: doc.id, summary: `修改存档 ${doc.indexNo}：${describe(doc)}${reindexed}` });
  return doc;
}

/** Moves a document to another box: new index number, history written (000 §5.4.3: findable from the catalogue). */
export function moveDocument(ctx: Ctx, input: MoveInput): ArchiveDocumentRow {
  const before = mustFindDoc(ctx, input.id);
  mustBeActive(ctx, before, before.indexNo);
  const place = placeDocument(ctx, before.category, input);
  if (place.boxId === before.boxId) {
    throw new DeskError('VALIDATION', {}, { [input.indexNo ? 'indexNo' : 'boxId']: msg(ctx, 'sameBox', { index: before.indexNo }) });
  }
  ctx.db.prepare('UPDATE archive_documents SET box_id = ?, index_no = ?, updated_at = ? WHERE id = ?').run(place.boxId, place.indexNo, ctx.now.toISOString(), before.id);
  recordMove(ctx, before.id, before.indexNo, place.indexNo, input.reason);
  const doc = mustFindDoc(ctx, before.id);
  indexDocument(ctx, doc);
  ctx.note({ entity: 'archive_document', entityId: doc.id, summary: `移动存档 ${doc.title}：${before.indexNo} → ${doc.indexNo}${input.reason ? `（${input.reason}）` : ''}` });
  return doc;
}
