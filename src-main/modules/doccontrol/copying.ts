import { DeskError } from '../../../src-shared/errors';
import type { DcCopyRequestRow, DcRequestStatus } from '../../../src-shared/modules/doccontrol';
import { callerOf, type Ctx } from '../../ipc/context';
import { dcT, msg } from './messages';
import { DOC_COLS, DOC_JOIN, day, docLabel, mustActiveDepartment, mustBeActive, num, storeSignature, str, strOrNull, toDoc, userName, type Raw } from './queries';

export function copyRequestsWhere(ctx: Ctx, where: string, ...params: unknown[]): DcCopyRequestRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT x.id, x.copies, x.purpose, x.requester_name, dep.name AS dep_name, x.status, x.requested_at, x.decided_at, x.decision_note,
        ${userName('x.requested_by', 'req_by')}, ${userName('x.decided_by', 'dec_by')}, ${DOC_COLS}
       FROM doccontrol_copy_requests x ${DOC_JOIN} JOIN departments dep ON dep.id = x.department_id WHERE ${where}`,
    )
    .all(...params) as Raw[];
  return rows.map((r) => ({
    id: num(r, 'id'),
    document: toDoc(r),
    copies: num(r, 'copies'),
    purpose: str(r, 'purpose'),
    requesterName: str(r, 'requester_name'),
    departmentName: str(r, 'dep_name'),
    status: str(r, 'status') as DcRequestStatus,
    requestedAt: str(r, 'requested_at'),
    requestedBy: str(r, 'req_by'),
    decidedAt: strOrNull(r, 'decided_at'),
    decidedBy: strOrNull(r, 'dec_by'),
    decisionNote: str(r, 'decision_note'),
  }));
}

export function mustFindCopyRequest(ctx: Ctx, id: number): DcCopyRequestRow {
  const row = copyRequestsWhere(ctx, 'x.id = ?', id)[0];
  if (!row) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityRequest') });
  return row;
}

interface CopyInput {
  documentId: number;
  copies: number;
  purpose: string;
  requesterName: string;
  departmentId: number;
  signature: string;
}

/** §5.7.1: no copying without permission; the requester writes the document, the number of copies and signs. */
export function requestCopy(ctx: Ctx, input: CopyInput): number {
  const caller = callerOf(ctx);
  const doc = mustBeActive(ctx, input.documentId);
  const depName = mustActiveDepartment(ctx, input.departmentId);
  const signatureId = storeSignature(ctx, input.signature);
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO doccontrol_copy_requests(document_id, copies, purpose, requester_name, department_id, signature_id, requested_at, requested_day, requested_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(doc.id, input.copies, input.purpose, input.requesterName, input.departmentId, signatureId, ctx.now.toISOString(), day(ctx), caller.userId).lastInsertRowid,
  );
  ctx.note({ entity: 'doccontrol_copy_request', entityId: id, summary: `复印申请 ${docLabel(doc)} ${input.copies} 份，${depName} ${input.requesterName}：${input.purpose}（待办公室主任批准）` });
  return id;
}

/** The office director, logged in, approves or refuses a pending request (§5.7.1): a recorded act, once. */
export function decideCopy(ctx: Ctx, id: number, approve: boolean, note: string): void {
  const caller = callerOf(ctx);
  const req = mustFindCopyRequest(ctx, id);
  const what = `复印申请 ${docLabel(req.document)}`;
  if (req.status !== 'pending') throw new DeskError('DOCCONTROL_DECIDED', { what, status: dcT(ctx, `requestStatus.${req.status}`) });
  if (approve) mustBeActive(ctx, req.document.id);
  ctx.db
    .prepare('UPDATE doccontrol_copy_requests SET status = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?')
    .run(approve ? 'approved' : 'rejected', ctx.now.toISOString(), caller.userId, note, id);
  ctx.note({ entity: 'doccontrol_copy_request', entityId: id, summary: `${approve ? '批准' : '不批准'}${what} ${req.copies} 份（${req.requesterName}）${note ? `：${note}` : ''}` });
}
