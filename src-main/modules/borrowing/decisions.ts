import { DeskError } from '../../../src-shared/errors';
import type { BorrowRow } from '../../../src-shared/modules/borrowing';
import { mayApprove, mayLend } from '../../../src-shared/rules/borrowing-approval';
import { callerOf, type Ctx } from '../../ipc/context';
import { callerDepartmentId } from './counts';
import { bt, msg } from './messages';
import { mustFindRequest, what } from './queries';

const statusName = (ctx: Ctx, r: BorrowRow): string => bt(ctx, `status.${r.overdue ? 'overdue' : r.status}`);

function wrongState(ctx: Ctx, r: BorrowRow, action: string): DeskError {
  return new DeskError('BORROWING_WRONG_STATE', { what: what(r), status: statusName(ctx, r), action: bt(ctx, `actions.${action}`) });
}

/** The approver's act must be theirs to give (000 §5.6.4): the matrix's role, for C the document's department, not for oneself. */
function mustBeApprover(ctx: Ctx, r: BorrowRow): void {
  const caller = callerOf(ctx);
  const verdict = mayApprove(
    { ok: true, role: r.requiredRole, departmentId: r.requiredDepartmentId, steps: r.steps, lenders: r.lenders, clause: '' },
    { roles: caller.roles, departmentId: callerDepartmentId(ctx) },
  );
  if (!verdict.ok) {
    const dept = r.requiredRole === 'dept_head' && r.requiredDepartment ? `（${r.requiredDepartment}）` : '';
    throw new DeskError('BORROWING_APPROVAL_REFUSED', { what: what(r), reason: `${verdict.reason}${dept}` });
  }
  if (r.borrowerUserId === caller.userId) throw new DeskError('BORROWING_SELF_APPROVAL', { what: what(r) });
}

export function decide(ctx: Ctx, id: number, approve: boolean, comment: string): void {
  const r = mustFindRequest(ctx, id);
  if (r.status !== 'pending') throw wrongState(ctx, r, approve ? 'approve' : 'reject');
  mustBeApprover(ctx, r);
  ctx.db
    .prepare('UPDATE borrowing_requests SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? WHERE id = ?')
    .run(approve ? 'approved' : 'rejected', callerOf(ctx).userId, ctx.now.toISOString(), comment, id);
  const role = bt(ctx, `roles.${r.requiredRole}`);
  const next = approve && r.steps.includes('office_director_lends') ? '，由办公室主任亲自办理借出' : '';
  ctx.note({
    entity: 'borrowing_request',
    entityId: id,
    summary: `${approve ? '批准' : '驳回'}${what(r)}（${role}${r.requiredDepartment ? ` ${r.requiredDepartment}` : ''}）${comment ? `：${comment}` : ''}${next}`,
  });
}

/** Withdraws a request not yet lent. */
export function cancel(ctx: Ctx, id: number, comment: string): void {
  const r = mustFindRequest(ctx, id);
  if (r.status !== 'pending' && r.status !== 'approved') throw wrongState(ctx, r, 'cancel');
  ctx.db
    .prepare(`UPDATE borrowing_requests SET status = 'cancelled', decision_comment = trim(decision_comment || ' ' || ?) WHERE id = ?`)
    .run(`撤销：${comment}`, id);
  ctx.note({ entity: 'borrowing_request', entityId: id, summary: `撤销${what(r)}：${comment}` });
}

/** Hands over an approved request (000 §5.6.4 g; §5.6.4f: law enforcement by the office director personally). */
export function lend(ctx: Ctx, id: number): void {
  const r = mustFindRequest(ctx, id);
  if (r.status === 'pending' || r.status === 'rejected' || r.status === 'cancelled') {
    throw new DeskError('BORROWING_NOT_APPROVED', { what: what(r), status: statusName(ctx, r) });
  }
  if (r.status !== 'approved') throw wrongState(ctx, r, 'lend');
  const caller = callerOf(ctx);
  const may = mayLend(r, caller.roles);
  if (!may.ok) throw new DeskError('BORROWING_LEND_REFUSED', { what: what(r), reason: may.reason });
  // One physical document: it is with one borrower at a time.
  const out = ctx.db
    .prepare(`SELECT request_no AS no, borrower_name AS who, borrower_unit AS unit FROM borrowing_requests WHERE document_id = ? AND status = 'lent'`)
    .get(r.documentId) as { no: string; who: string; unit: string } | undefined;
  if (out) throw new DeskError('BORROWING_DOC_OUT', { doc: `${r.docTitle} ${r.indexNo}`, no: out.no, who: [out.unit, out.who].filter(Boolean).join(' ') });
  ctx.db.prepare(`UPDATE borrowing_requests SET status = 'lent', lent_at = ?, lent_by = ? WHERE id = ?`).run(ctx.now.toISOString(), caller.userId, id);
  ctx.note({ entity: 'borrowing_request', entityId: id, summary: `借出${what(r)} 给 ${[r.borrowerUnit, r.borrowerName].filter(Boolean).join(' ')}，应还 ${r.dueDate}` });
}

/**
 * Takes a document back and records its condition (000 §5.6.3): damage needs the borrower's explanation in the remarks
 * and may be flagged for 追究责任 when caused by a person.
 */
export function takeBack(ctx: Ctx, id: number, input: { condition: 'intact' | 'damaged'; remarks: string; followUp: boolean }): void {
  const r = mustFindRequest(ctx, id);
  if (r.status !== 'lent') throw wrongState(ctx, r, 'return');
  const fields: Record<string, string> = {};
  if (input.condition === 'damaged' && !input.remarks) fields.remarks = msg(ctx, 'remarksRequired');
  if (input.condition === 'intact' && input.followUp) fields.followUp = msg(ctx, 'followUpOnlyDamaged');
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  ctx.db
    .prepare(`UPDATE borrowing_requests SET status = 'returned', returned_at = ?, received_by = ?, condition = ?, remarks = ?, follow_up = ? WHERE id = ?`)
    .run(ctx.now.toISOString(), callerOf(ctx).userId, input.condition, input.remarks, input.followUp ? 1 : 0, id);
  const late = r.overdue ? '（逾期归还）' : '';
  ctx.note({
    entity: 'borrowing_request',
    entityId: id,
    summary: `归还${what(r)}${late}：${bt(ctx, `conditions.${input.condition}`)}${input.remarks ? `，备注：${input.remarks}` : ''}${input.followUp ? '，追究责任' : ''}`,
  });
}

/** Closes a follow-up with what was done (000 §5.6.3: 追究当事人的责任). */
export function closeFollowUp(ctx: Ctx, id: number, note: string): void {
  const r = mustFindRequest(ctx, id);
  if (!r.followUp || r.followUpClosedAt) throw new DeskError('VALIDATION', {}, { id: msg(ctx, 'noFollowUp', { what: what(r) }) });
  ctx.db
    .prepare('UPDATE borrowing_requests SET follow_up_closed_at = ?, follow_up_closed_by = ?, follow_up_note = ? WHERE id = ?')
    .run(ctx.now.toISOString(), callerOf(ctx).userId, note, id);
  ctx.note({ entity: 'borrowing_request', entityId: id, summary: `结束追责 ${what(r)}：${note}` });
}
