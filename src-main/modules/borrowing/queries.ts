import { DeskError } from '../../../src-shared/errors';
import type { BorrowRow, OfficerRow } from '../../../src-shared/modules/borrowing';
import type { ApproverRole, ExtraStep } from '../../../src-shared/rules/borrowing-approval';
import { maskIdNumber } from '../../../src-shared/rules/text';
import type { Role } from '../../../src-shared/roles';
import { cached } from '../../db/statements';
import type { Ctx } from '../../ipc/context';
import { callerDepartmentId, today } from './counts';
import { msg } from './messages';

type Raw = Omit<BorrowRow, 'officers' | 'steps' | 'lenders' | 'overdue' | 'mayDecide' | 'followUp'> & { followUp: number; lenderRole: string | null };

export const REQUEST_SELECT = `SELECT r.id, r.request_no AS requestNo, r.document_id AS documentId, d.title AS docTitle, d.doc_no AS docNo,
    d.drawing_no AS drawingNo, d.index_no AS indexNo, d.level, d.category, dd.name AS docDepartment,
    r.borrower_type AS borrowerType, r.borrower_user_id AS borrowerUserId, r.borrower_department_id AS borrowerDepartmentId,
    bd.name AS borrowerDepartment, r.borrower_name AS borrowerName, r.borrower_unit AS borrowerUnit, r.borrower_phone AS borrowerPhone,
    r.enforcement_body AS enforcementBody, r.purpose, r.due_date AS dueDate, r.required_role AS requiredRole,
    r.required_department_id AS requiredDepartmentId, rd.name AS requiredDepartment, r.lender_role AS lenderRole, r.status,
    ud.display_name AS decidedBy, r.decided_at AS decidedAt, r.decision_comment AS decisionComment,
    r.lent_at AS lentAt, ul.display_name AS lentBy, r.returned_at AS returnedAt, ur.display_name AS receivedBy,
    r.condition, r.remarks, r.follow_up AS followUp, r.follow_up_closed_at AS followUpClosedAt,
    uf.display_name AS followUpClosedBy, r.follow_up_note AS followUpNote, r.filed_at AS filedAt, uc.display_name AS filedBy
  FROM borrowing_requests r
  JOIN archive_documents d ON d.id = r.document_id
  JOIN departments dd ON dd.id = d.department_id
  LEFT JOIN departments bd ON bd.id = r.borrower_department_id
  LEFT JOIN departments rd ON rd.id = r.required_department_id
  LEFT JOIN users ud ON ud.id = r.decided_by
  LEFT JOIN users ul ON ul.id = r.lent_by
  LEFT JOIN users ur ON ur.id = r.received_by
  LEFT JOIN users uf ON uf.id = r.follow_up_closed_by
  JOIN users uc ON uc.id = r.filed_by`;

/** Steps and lenders follow from the stored requirement (000 §5.6.4c: via the office; §5.6.4f: the director personally). */
function stepsOf(role: ApproverRole, lenderRole: string | null): { steps: ExtraStep[]; lenders: Role[] } {
  if (lenderRole === 'office_director') return { steps: ['credentials_registered', 'office_director_lends'], lenders: ['office_director'] };
  return { steps: role === 'dept_head' ? ['via_office'] : [], lenders: ['archivist', 'office_director'] };
}

/** Officers of a request; ID-card numbers are masked unless the caller handles law-enforcement requests (GM, director). */
export function officersOf(ctx: Ctx, requestId: number): OfficerRow[] {
  const full = (ctx.caller?.roles ?? []).some((r) => r === 'office_director' || r === 'general_manager');
  const rows = ctx.db
    .prepare('SELECT name, credential_type AS credentialType, credential_no AS credentialNo FROM borrowing_officers WHERE request_id = ? ORDER BY id')
    .all(requestId) as OfficerRow[];
  return rows.map((o) => (o.credentialType === 'id_card' && !full ? { ...o, credentialNo: maskIdNumber(o.credentialNo) } : o));
}

/** Whether the caller may decide a pending request now (the matrix's role, and for C the document's department). */
function decidable(ctx: Ctx, r: Raw, dept: number | null): boolean {
  const roles = ctx.caller?.roles ?? [];
  if (r.status !== 'pending' || !roles.includes(r.requiredRole)) return false;
  if (r.borrowerUserId !== null && r.borrowerUserId === ctx.caller?.userId) return false;
  return r.requiredRole !== 'dept_head' || r.requiredDepartmentId === dept;
}

// Field by field: a raw row is a dictionary-mode object that V8 spreads slowly (docs/performance.md).
export function requestsWhere(ctx: Ctx, where: string, ...params: unknown[]): BorrowRow[] {
  const raws = cached(ctx.db, `${REQUEST_SELECT} WHERE ${where}`).all(...params) as Raw[];
  const day = today(ctx.now);
  const dept = callerDepartmentId(ctx);
  return raws.map((r) => ({
    id: r.id,
    requestNo: r.requestNo,
    documentId: r.documentId,
    docTitle: r.docTitle,
    docNo: r.docNo,
    drawingNo: r.drawingNo,
    indexNo: r.indexNo,
    level: r.level,
    category: r.category,
    docDepartment: r.docDepartment,
    borrowerType: r.borrowerType,
    borrowerUserId: r.borrowerUserId,
    borrowerDepartmentId: r.borrowerDepartmentId,
    borrowerDepartment: r.borrowerDepartment,
    borrowerName: r.borrowerName,
    borrowerUnit: r.borrowerUnit,
    borrowerPhone: r.borrowerPhone,
    enforcementBody: r.enforcementBody,
    purpose: r.purpose,
    dueDate: r.dueDate,
    requiredRole: r.requiredRole,
    requiredDepartmentId: r.requiredDepartmentId,
    requiredDepartment: r.requiredDepartment,
    status: r.status,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    decisionComment: r.decisionComment,
    lentAt: r.lentAt,
    lentBy: r.lentBy,
    returnedAt: r.returnedAt,
    receivedBy: r.receivedBy,
    condition: r.condition,
    remarks: r.remarks,
    followUpClosedAt: r.followUpClosedAt,
    followUpClosedBy: r.followUpClosedBy,
    followUpNote: r.followUpNote,
    filedAt: r.filedAt,
    filedBy: r.filedBy,
    ...stepsOf(r.requiredRole, r.lenderRole),
    officers: r.borrowerType === 'law_enforcement' ? officersOf(ctx, r.id) : [],
    followUp: r.followUp === 1,
    overdue: r.status === 'lent' && r.dueDate < day,
    mayDecide: decidable(ctx, r, dept),
  }));
}

export function mustFindRequest(ctx: Ctx, id: number): BorrowRow {
  const row = requestsWhere(ctx, 'r.id = ?', id)[0];
  if (!row) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityRequest') });
  return row;
}

/** `借阅申请 JY-20261120-001（物业服务合同 f-3.1-02）` for messages and audit lines. */
export const what = (r: Pick<BorrowRow, 'requestNo' | 'docTitle' | 'indexNo'>): string => `借阅申请 ${r.requestNo}（${r.docTitle} ${r.indexNo}）`;
