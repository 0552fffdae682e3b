import { DeskError } from '../../../src-shared/errors';
import type { RequirementPreview } from '../../../src-shared/modules/borrowing';
import { requiredApproval, type EnforcementBody, type MatrixBorrower, type Refusal, type Requirement } from '../../../src-shared/rules/borrowing-approval';
import { nextDailyNo } from '../../db/daily-number';
import { callerOf, type Ctx } from '../../ipc/context';
import { realDate } from '../passes/checks';
import { today } from './counts';
import { mustFindDocument, type DocFacts } from './documents';
import { bt, msg } from './messages';

type BorrowerType = 'staff' | 'authority' | 'owner' | 'law_enforcement' | 'other';
export interface Officer {
  name: string;
  credentialType: 'officer_card' | 'id_card' | 'other';
  credentialNo: string;
}
export interface BorrowerInput {
  documentId: number;
  borrowerType: BorrowerType;
  enforcementBody: EnforcementBody | null;
  officers: Officer[];
}
export interface CreateInput extends BorrowerInput {
  borrowerUserId: number | null;
  borrowerDepartmentId: number | null;
  borrowerName: string;
  borrowerUnit: string;
  borrowerPhone: string;
  purpose: string;
  dueDate: string;
}

const matrixBorrower = (input: BorrowerInput): MatrixBorrower => ({
  type: input.borrowerType,
  body: input.enforcementBody,
  credentialsRegistered: input.officers.length > 0,
});

/** The matrix's verdict for a document and borrower (000 §5.6.4). */
function verdict(ctx: Ctx, input: BorrowerInput): { doc: DocFacts; req: Requirement | Refusal } {
  const doc = mustFindDocument(ctx, input.documentId);
  if (doc.status !== 'active') {
    throw new DeskError('VALIDATION', {}, { documentId: msg(ctx, 'docInactive', { doc: `${doc.title} ${doc.indexNo}`, status: doc.status === 'voided' ? '作废' : '销毁' }) });
  }
  return { doc, req: requiredApproval(doc, matrixBorrower(input)) };
}

const deptName = (ctx: Ctx, id: number | null): string | null =>
  id === null ? null : ((ctx.db.prepare('SELECT name FROM departments WHERE id = ?').pluck().get(id) as string | undefined) ?? null);

export function preview(ctx: Ctx, input: BorrowerInput): RequirementPreview {
  const { req } = verdict(ctx, input);
  if (!req.ok) return { ok: false, role: null, departmentName: null, steps: [], reason: req.reason };
  return { ok: true, role: req.role, departmentName: deptName(ctx, req.departmentId), steps: req.steps, reason: req.clause };
}

/** Who the borrower is must be written down as the type needs it; the fields a type does not use must stay empty. */
function borrowerFields(ctx: Ctx, input: CreateInput): { name: string; unit: string; departmentId: number | null } {
  const fields: Record<string, string> = {};
  const law = input.borrowerType === 'law_enforcement';
  if (!law && input.enforcementBody) fields.enforcementBody = msg(ctx, 'bodyOnlyLaw');
  if (!law && input.officers.length) fields.officers = msg(ctx, 'officersOnlyLaw');
  let name = input.borrowerName;
  let departmentId = input.borrowerDepartmentId;
  if (input.borrowerType === 'staff') {
    if (input.borrowerUserId !== null) {
      const u = ctx.db.prepare('SELECT display_name AS name, department_id AS dept FROM users WHERE id = ?').get(input.borrowerUserId) as
        | { name: string; dept: number | null }
        | undefined;
      if (!u) fields.borrowerUserId = msg(ctx, 'staffName');
      else {
        name = u.name;
        departmentId = departmentId ?? u.dept;
      }
    }
    if (!name) fields.borrowerName = msg(ctx, 'staffName');
    if (departmentId === null || !deptName(ctx, departmentId)) fields.borrowerDepartmentId = msg(ctx, 'staffDept');
  } else {
    if (input.borrowerUserId !== null || input.borrowerDepartmentId !== null) fields.borrowerUserId = msg(ctx, 'staffName');
    departmentId = null;
  }
  if (input.borrowerType === 'authority' && !input.borrowerUnit) fields.borrowerUnit = msg(ctx, 'authorityName');
  if (input.borrowerType === 'owner') {
    if (!input.borrowerUnit) fields.borrowerUnit = msg(ctx, 'ownerUnit');
    if (!name) fields.borrowerName = msg(ctx, 'ownerName');
    if (!input.borrowerPhone) fields.borrowerPhone = msg(ctx, 'ownerPhone');
  }
  if (law) {
    if (!input.borrowerUnit) fields.borrowerUnit = msg(ctx, 'bodyName');
    // The lead officer stands as the borrower when no other contact is named.
    if (!name) name = input.officers[0]?.name ?? '';
  }
  if (!name && input.borrowerType === 'authority') name = input.borrowerUnit;
  if (Object.keys(fields).length) throw new DeskError('VALIDATION', {}, fields);
  return { name, unit: input.borrowerUnit, departmentId };
}

/** Files a request (000 §5.6.1); refused with the quoted rule when the matrix refuses, and then nothing is written. */
export function createRequest(ctx: Ctx, input: CreateInput): number {
  const { doc, req } = verdict(ctx, input);
  if (!req.ok) throw new DeskError('BORROWING_REFUSED', { reason: req.reason });
  const due = realDate(input.dueDate, 'dueDate');
  if (due < today(ctx.now)) throw new DeskError('VALIDATION', {}, { dueDate: msg(ctx, 'dueBad') });
  const b = borrowerFields(ctx, input);
  const n = nextDailyNo(ctx.db, 'borrowing_requests', 'filed_day', 'JY', ctx.now);
  const at = ctx.now.toISOString();
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO borrowing_requests(request_no, filed_day, seq, document_id, borrower_type, borrower_user_id, borrower_department_id,
           borrower_name, borrower_unit, borrower_phone, enforcement_body, purpose, due_date, required_role, required_department_id,
           lender_role, status, filed_at, filed_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?)`,
      )
      .run(
        n.no, n.day, n.seq, doc.id, input.borrowerType, input.borrowerType === 'staff' ? input.borrowerUserId : null, b.departmentId,
        b.name, b.unit, input.borrowerPhone, input.enforcementBody, input.purpose, due, req.role, req.departmentId,
        req.lenders.length === 1 ? req.lenders[0] : null, at, callerOf(ctx).userId,
      ).lastInsertRowid,
  );
  const officer = ctx.db.prepare('INSERT INTO borrowing_officers(request_id, name, credential_type, credential_no) VALUES (?, ?, ?, ?)');
  for (const o of input.officers) officer.run(id, o.name, o.credentialType, o.credentialNo.toUpperCase());
  const approver = `${bt(ctx, `roles.${req.role}`)}${req.departmentId ? `（${deptName(ctx, req.departmentId)}）` : ''}`;
  ctx.note({
    entity: 'borrowing_request',
    entityId: id,
    summary: `登记借阅申请 ${n.no}：${doc.title} ${doc.indexNo}（${doc.level}级），借阅人 ${bt(ctx, `borrowerTypes.${input.borrowerType}`)} ${[b.unit, b.name].filter(Boolean).join(' ')}，应还 ${due}，待${approver}审批（${req.clause}）${input.officers.length ? `，登记执法人员 ${input.officers.map((o) => o.name).join('、')}` : ''}`,
  });
  return id;
}

