import { DeskError } from '../../../src-shared/errors';
import type { BorrowDocRow } from '../../../src-shared/modules/borrowing';
import type { Ctx } from '../../ipc/context';
import { matchFragment, parseTerms } from '../../search/query';
import { msg } from './messages';

const SELECT = `SELECT d.id, d.title, d.doc_no AS docNo, d.drawing_no AS drawingNo, d.index_no AS indexNo, d.category, d.level,
    d.department_id AS departmentId, p.name AS departmentName, d.publicly_posted AS publiclyPosted, d.status,
    (SELECT r.request_no FROM borrowing_requests r WHERE r.document_id = d.id AND r.status = 'lent' LIMIT 1) AS outWith
  FROM archive_documents d JOIN departments p ON p.id = d.department_id`;

type Raw = Omit<BorrowDocRow, 'publiclyPosted'> & { publiclyPosted: number; status: string };
const toRow = ({ status: _status, ...r }: Raw): BorrowDocRow => ({ ...r, publiclyPosted: r.publiclyPosted === 1 });

/**
 * Active catalogue documents matching `q`: the catalogue's search index (title, numbers; trigram, short keys, pinyin)
 * or, for numbers typed as printed, the exact document/drawing number or an index-number prefix (`f-3.1`).
 */
export function searchDocuments(ctx: Ctx, q: string, limit: number): BorrowDocRow[] {
  const term = q.trim();
  if (!term) return (ctx.db.prepare(`${SELECT} WHERE d.status = 'active' ORDER BY d.id DESC LIMIT ?`).all(limit) as Raw[]).map(toRow);
  const m = matchFragment('archive_document', parseTerms(term));
  const prefix = `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const where = [`d.doc_no = ?`, `d.drawing_no = ?`, `d.index_no LIKE ? ESCAPE '\\'`];
  const params: unknown[] = [term, term, prefix];
  if (m) {
    where.push(`d.id IN (${m.sql})`);
    params.push(...m.params);
  }
  const rows = ctx.db.prepare(`${SELECT} WHERE d.status = 'active' AND (${where.join(' OR ')}) ORDER BY d.id DESC LIMIT ?`).all(...params, limit) as Raw[];
  return rows.map(toRow);
}

export interface DocFacts {
  id: number;
  title: string;
  indexNo: string;
  level: 'A' | 'B' | 'C';
  category: string;
  publiclyPosted: boolean;
  departmentId: number;
  status: string;
}

/** The facts the matrix needs; only documents in the catalogue and not voided or destroyed can be borrowed. */
export function mustFindDocument(ctx: Ctx, id: number): DocFacts {
  const d = ctx.db
    .prepare(
      `SELECT id, title, index_no AS indexNo, level, category, publicly_posted AS posted, department_id AS departmentId, status
       FROM archive_documents WHERE id = ?`,
    )
    .get(id) as (Omit<DocFacts, 'publiclyPosted'> & { posted: number }) | undefined;
  if (!d) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityDocument') }, { documentId: msg(ctx, 'entityDocument') });
  const { posted, ...rest } = d;
  return { ...rest, publiclyPosted: posted === 1 };
}
