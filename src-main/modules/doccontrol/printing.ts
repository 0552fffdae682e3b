import { DeskError } from '../../../src-shared/errors';
import type { DcDocRow, DcPrintingRow } from '../../../src-shared/modules/doccontrol';
import { callerOf, type Ctx } from '../../ipc/context';
import { realDate } from '../passes/checks';
import { msg } from './messages';
import { DOC_COLS, DOC_JOIN, day, docLabel, mustBeActive, num, str, toDoc, userName, type Raw } from './queries';

const GM_ROLE = /(^|,)general_manager(,|$)/;

/** Users holding general_manager, enabled: who may be named as the approver of a printed document (§5.1.3). */
export function approvers(ctx: Ctx): { id: number; name: string }[] {
  const rows = ctx.db.prepare('SELECT id, display_name AS name, roles FROM users WHERE disabled = 0 ORDER BY id').all() as { id: number; name: string; roles: string }[];
  return rows.filter((r) => GM_ROLE.test(r.roles)).map(({ id, name }) => ({ id, name }));
}

export function printingsWhere(ctx: Ctx, where: string, ...params: unknown[]): DcPrintingRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT x.id, x.copies, x.reviewer_name, x.approved_on, x.printed_at, x.note, ${userName('x.approved_by', 'approver')}, ${userName('x.printed_by', 'printer')},
        ${DOC_COLS} FROM doccontrol_printings x ${DOC_JOIN} WHERE ${where}`,
    )
    .all(...params) as Raw[];
  return rows.map((r) => ({
    id: num(r, 'id'),
    document: toDoc(r),
    copies: num(r, 'copies'),
    reviewerName: str(r, 'reviewer_name'),
    approvedBy: str(r, 'approver'),
    approvedOn: str(r, 'approved_on'),
    printedAt: str(r, 'printed_at'),
    printedBy: str(r, 'printer'),
    note: str(r, 'note'),
  }));
}

interface PrintingInput {
  documentId: number;
  copies: number;
  reviewerName: string;
  approvedBy: number;
  approvedOn: string;
  note: string;
}

/** §5.1.3–5.1.4: the office prints only what the GM approved, and records every print run. */
export function createPrinting(ctx: Ctx, input: PrintingInput): number {
  const caller = callerOf(ctx);
  const doc: DcDocRow = mustBeActive(ctx, input.documentId);
  realDate(input.approvedOn, 'approvedOn');
  const fields: Record<string, string> = {};
  const approver = approvers(ctx).find((a) => a.id === input.approvedBy);
  if (!approver) fields.approvedBy = msg(ctx, 'approverNotGm');
  if (input.approvedOn > day(ctx)) fields.approvedOn = msg(ctx, 'approvedFuture');
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO doccontrol_printings(document_id, copies, reviewer_name, approved_by, approved_on, printed_at, printed_day, printed_by, note)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(doc.id, input.copies, input.reviewerName, input.approvedBy, input.approvedOn, ctx.now.toISOString(), day(ctx), caller.userId, input.note).lastInsertRowid,
  );
  ctx.note({ entity: 'doccontrol_printing', entityId: id, summary: `印制文件 ${docLabel(doc)} ${input.copies} 份（批准人 ${approver?.name ?? ''}）` });
  return id;
}
