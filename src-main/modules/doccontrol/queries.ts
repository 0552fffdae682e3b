import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import type { DcCopyRow, DcDocRow } from '../../../src-shared/modules/doccontrol';
import type { Ctx } from '../../ipc/context';
import { signatureDataUrl, storeSignature as store } from '../../signatures/store';
import { dcT, msg } from './messages';

/** Columns of the document a form row is about, prefixed `doc_` (join `archive_documents d`, `departments dd`). */
export const DOC_COLS = `d.id AS doc_id, d.title AS doc_title, d.doc_no AS doc_no, d.version AS doc_version, d.index_no AS doc_index,
  d.status AS doc_status, dd.name AS doc_dept`;
export const DOC_JOIN = 'JOIN archive_documents d ON d.id = x.document_id JOIN departments dd ON dd.id = d.department_id';
/** A user's display name as a column. */
export const userName = (col: string, as: string): string => `(SELECT display_name FROM users WHERE id = ${col}) AS ${as}`;

export type Raw = Record<string, unknown>;
export const str = (r: Raw, k: string): string => String(r[k] ?? '');
export const strOrNull = (r: Raw, k: string): string | null => (r[k] == null ? null : String(r[k]));
export const num = (r: Raw, k: string): number => Number(r[k]);

export function toDoc(r: Raw): DcDocRow {
  return {
    id: num(r, 'doc_id'),
    title: str(r, 'doc_title'),
    docNo: str(r, 'doc_no'),
    version: str(r, 'doc_version'),
    indexNo: str(r, 'doc_index'),
    status: str(r, 'doc_status') as DcDocRow['status'],
    departmentName: str(r, 'doc_dept'),
  };
}

/** `《标题》 编号 版本` as it is written in audit summaries and refusals. */
export const docLabel = (d: DcDocRow): string => [`《${d.title}》`, d.docNo, d.version].filter(Boolean).join(' ');

export function mustFindDoc(ctx: Ctx, id: number): DcDocRow {
  const r = ctx.db.prepare(`SELECT ${DOC_COLS} FROM (SELECT ? AS document_id) x ${DOC_JOIN}`).get(id) as Raw | undefined;
  if (!r) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityDocument') });
  return toDoc(r);
}

/** Printing, distribution, copying and reissuing need a document in force (§5.8: only valid versions in use). */
export function mustBeActive(ctx: Ctx, id: number): DcDocRow {
  const d = mustFindDoc(ctx, id);
  if (d.status !== 'active') throw new DeskError('DOCCONTROL_DOC_INACTIVE', { what: docLabel(d), status: dcT(ctx, `docStatus.${d.status}`) });
  return d;
}

export function mustActiveDepartment(ctx: Ctx, id: number): string {
  const dep = ctx.db.prepare('SELECT name, active FROM departments WHERE id = ?').get(id) as { name: string; active: number } | undefined;
  if (!dep) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityDepartment') });
  if (!dep.active) throw new DeskError('VALIDATION', {}, { departmentId: msg(ctx, 'departmentRetired', { name: dep.name }) });
  return dep.name;
}

export const storeSignature = (ctx: Ctx, base64: string, field = 'signature'): number =>
  store(ctx, 'doccontrol_signatures', base64, msg(ctx, 'signatureBad'), field);

export function signaturePng(ctx: Ctx, id: number | null): string {
  const png = id ? signatureDataUrl(ctx, 'doccontrol_signatures', id) : null;
  if (!png) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entitySignature') });
  return png;
}

export const day = (ctx: Ctx): string => dayjs(ctx.now).format('YYYY-MM-DD');

export function copiesWhere(ctx: Ctx, where: string, ...params: unknown[]): DcCopyRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT c.id, c.document_id AS documentId, c.copy_no AS copyNo, dep.name AS departmentName, c.holder_name AS holderName,
        c.status, c.status_at AS statusAt
       FROM doccontrol_copies c JOIN departments dep ON dep.id = c.department_id WHERE ${where}`,
    )
    .all(...params) as DcCopyRow[];
  return rows;
}

/** Copy numbers in order: 001, 002, 002-1, 003 … */
export const COPY_ORDER = 'c.base_no, c.suffix';

/** `001`–`003` style ranges are not used: every number is listed, as on the paper form. */
export const joinCopies = (nos: string[]): string => nos.join('、');
