import { DeskError } from '../../../src-shared/errors';
import type { ArchiveDocumentRow, archiveChannels } from '../../../src-shared/modules/archive';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import { looksLikeIndexNo, parseStorageCode } from '../../../src-shared/rules/index-number';
import type { Ctx } from '../../ipc/context';
import { sqlLimit } from '../../db/statements';
import type { MatchFragment } from '../../search/query';
import { defineSearchable } from '../../search/searchable';
import { msg } from './messages';
import { boxByIndex, storageByCode } from './placing';
import { docsWhere } from './queries';

type SearchInput = ParsedInputOf<(typeof archiveChannels)['archive.documents.search']>;

/** Title, document and drawing numbers, index number, department and content note, by substring (1–2 chars too). */
export const documentSearch = defineSearchable<ArchiveDocumentRow>({
  kind: 'archive_document',
  text: (d) => [d.title, d.docNo, d.drawingNo, d.indexNo, d.departmentName, d.contentNote],
  pinyin: () => [],
  tails: () => [],
});

export const indexDocument = (ctx: Ctx, d: ArchiveDocumentRow): void => documentSearch.put(ctx.db, d.id, d);

export function searchDocuments(ctx: Ctx, input: SearchInput): ArchiveDocumentRow[] {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (input.category) add('d.category = ?', input.category);
  if (input.level) add('d.level = ?', input.level);
  if (input.departmentId) add('d.department_id = ?', input.departmentId);
  if (input.cabinetId) add('b.cabinet_id = ?', input.cabinetId);
  if (input.boxId) add('d.box_id = ?', input.boxId);
  if (input.status !== 'all') add('d.status = ?', input.status);
  if (input.before) add('d.id < ?', input.before);
  // 000 §5.6.4e: owners may borrow only technical drawings and documents already posted in public.
  if (input.ownerBorrowable) where.push(`(d.category = 'b' OR d.publicly_posted = 1)`);
  // Reads `where` when called: a scanned label or an index number adds its condition first.
  const run = (match: MatchFragment | null, limit: number) => {
    const all = match ? [...where, `d.id IN (${match.sql})`] : where;
    return docsWhere(ctx, `${all.length ? all.join(' AND ') : '1'} ORDER BY d.id DESC ${sqlLimit(limit)}`, ...params, ...(match?.params ?? []));
  };
  const scanned = input.q ? parseStorageCode(input.q) : null;
  if (scanned) {
    // A scanned cabinet or box label lists what it holds.
    const found = storageByCode(ctx, scanned, 'q');
    if (found.boxId) add('d.box_id = ?', found.boxId);
    else add('b.cabinet_id = ?', found.cabinetId);
  } else if (input.q) {
    if (looksLikeIndexNo(input.q)) {
      // Typed or scanned index number: validated, must name an existing box, then matched exactly (000 §5.4.3).
      const { indexNo } = boxByIndex(ctx, input.q, 'q');
      add('d.index_no = ?', indexNo);
    } else {
      return documentSearch.page(ctx.db, input.q, input, run) ?? [];
    }
  }
  return run(null, input.limit);
}

export const mustBeActive = (ctx: Ctx, d: ArchiveDocumentRow, what: string): void => {
  // Voided and destroyed documents are doccontrol's (000 §5.9): they stay in the catalogue as they were.
  if (d.status !== 'active') throw new DeskError('ARCHIVE_NOT_ACTIVE', { what, status: msg(ctx, `status_${d.status}`) });
};
