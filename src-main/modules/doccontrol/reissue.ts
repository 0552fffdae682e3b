import { DeskError } from '../../../src-shared/errors';
import type { DcReissueRow, DcReissueStatus } from '../../../src-shared/modules/doccontrol';
import { callerOf, type Ctx } from '../../ipc/context';
import { dcT, msg } from './messages';
import { copiesWhere, DOC_COLS, day, docLabel, mustBeActive, num, storeSignature, str, strOrNull, toDoc, userName, type Raw } from './queries';

export function reissuesWhere(ctx: Ctx, where: string, ...params: unknown[]): DcReissueRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT x.id, x.copy_id, c.copy_no, dep.name AS dep_name, x.kind, x.explanation, x.applicant_name, x.status, x.requested_at, x.decided_at,
        x.decision_note, nc.copy_no AS new_no, x.issued_at, ${userName('x.requested_by', 'req_by')}, ${userName('x.decided_by', 'dec_by')},
        ${userName('x.issued_by', 'iss_by')}, ${DOC_COLS}
       FROM doccontrol_reissues x JOIN doccontrol_copies c ON c.id = x.copy_id JOIN departments dep ON dep.id = c.department_id
       JOIN archive_documents d ON d.id = c.document_id JOIN departments dd ON dd.id = d.department_id
       LEFT JOIN doccontrol_copies nc ON nc.id = x.new_copy_id WHERE ${where}`,
    )
    .all(...params) as Raw[];
  return rows.map((r) => ({
    id: num(r, 'id'),
    document: toDoc(r),
    copyId: num(r, 'copy_id'),
    copyNo: str(r, 'copy_no'),
    departmentName: str(r, 'dep_name'),
    kind: str(r, 'kind') as DcReissueRow['kind'],
    explanation: str(r, 'explanation'),
    applicantName: str(r, 'applicant_name'),
    status: str(r, 'status') as DcReissueStatus,
    requestedAt: str(r, 'requested_at'),
    requestedBy: str(r, 'req_by'),
    decidedAt: strOrNull(r, 'decided_at'),
    decidedBy: strOrNull(r, 'dec_by'),
    decisionNote: str(r, 'decision_note'),
    newCopyNo: strOrNull(r, 'new_no'),
    issuedAt: strOrNull(r, 'issued_at'),
    issuedBy: strOrNull(r, 'iss_by'),
  }));
}

export function mustFindReissue(ctx: Ctx, id: number): DcReissueRow {
  const row = reissuesWhere(ctx, 'x.id = ?', id)[0];
  if (!row) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityRequest') });
  return row;
}

/** §5.7.2: a copy in use that is badly damaged or lost may be replaced; one open application per copy. */
export function applyReissue(ctx: Ctx, input: { copyId: number; kind: 'damaged' | 'lost'; explanation: string; applicantName: string }): number {
  const caller = callerOf(ctx);
  const copy = copiesWhere(ctx, 'c.id = ?', input.copyId)[0];
  if (!copy) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityCopy') });
  const doc = mustBeActive(ctx, copy.documentId);
  if (copy.status !== 'issued') throw new DeskError('DOCCONTROL_COPY_STATE', { copy: copy.copyNo, status: dcT(ctx, `copyStatus.${copy.status}`) });
  const open = ctx.db.prepare(`SELECT 1 FROM doccontrol_reissues WHERE copy_id = ? AND status IN ('pending', 'approved')`).get(copy.id);
  if (open) throw new DeskError('DOCCONTROL_REISSUE_OPEN', { copy: copy.copyNo });
  const id = Number(
    ctx.db
      .prepare(
        `INSERT INTO doccontrol_reissues(copy_id, kind, explanation, applicant_name, requested_at, requested_day, requested_by) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(copy.id, input.kind, input.explanation, input.applicantName, ctx.now.toISOString(), day(ctx), caller.userId).lastInsertRowid,
  );
  ctx.note({
    entity: 'doccontrol_reissue',
    entityId: id,
    summary: `补发申请 ${docLabel(doc)} 分发号 ${copy.copyNo}（${copy.departmentName}，${dcT(ctx, `kind.${input.kind}`)}）：${input.explanation}`,
  });
  return id;
}

/** The office director, logged in, approves or refuses a pending reissue (§5.7.2). */
export function decideReissue(ctx: Ctx, id: number, approve: boolean, note: string): void {
  const caller = callerOf(ctx);
  const r = mustFindReissue(ctx, id);
  const what = `补发申请 ${docLabel(r.document)} 分发号 ${r.copyNo}`;
  if (r.status !== 'pending') throw new DeskError('DOCCONTROL_DECIDED', { what, status: dcT(ctx, `requestStatus.${r.status}`) });
  if (approve) mustBeActive(ctx, r.document.id);
  ctx.db
    .prepare('UPDATE doccontrol_reissues SET status = ?, decided_at = ?, decided_by = ?, decision_note = ? WHERE id = ?')
    .run(approve ? 'approved' : 'rejected', ctx.now.toISOString(), caller.userId, note, id);
  ctx.note({ entity: 'doccontrol_reissue', entityId: id, summary: `${approve ? '批准' : '不批准'}${what}${note ? `：${note}` : ''}` });
}

/**
 * Hands out the new copy: its number continues the original's (`003` → `003-1`, again → `003-2`, §5.7.2); the
 * damaged copy is taken back, a lost one recorded as lost. The receiver signs for the new copy.
 */
export function issueReissue(ctx: Ctx, id: number, signature: string): void {
  const caller = callerOf(ctx);
  const r = mustFindReissue(ctx, id);
  const what = `补发申请 ${docLabel(r.document)} 分发号 ${r.copyNo}`;
  if (r.status !== 'approved') {
    if (r.status === 'pending') throw new DeskError('DOCCONTROL_NOT_APPROVED', { what, status: dcT(ctx, 'requestStatus.pending'), approver: msg(ctx, 'officeDirector') });
    throw new DeskError('DOCCONTROL_DECIDED', { what, status: dcT(ctx, `requestStatus.${r.status}`) });
  }
  mustBeActive(ctx, r.document.id);
  const old = ctx.db.prepare('SELECT document_id, base_no, department_id, holder_name, status FROM doccontrol_copies WHERE id = ?').get(r.copyId) as {
    document_id: number;
    base_no: number;
    department_id: number;
    holder_name: string;
    status: string;
  };
  if (old.status !== 'issued') throw new DeskError('DOCCONTROL_COPY_STATE', { copy: r.copyNo, status: dcT(ctx, `copyStatus.${old.status}`) });
  const signatureId = storeSignature(ctx, signature);
  const at = ctx.now.toISOString();
  const suffix = (ctx.db.prepare('SELECT MAX(suffix) FROM doccontrol_copies WHERE document_id = ? AND base_no = ?').pluck().get(old.document_id, old.base_no) as number) + 1;
  const newNo = `${String(old.base_no).padStart(3, '0')}-${suffix}`;
  const newId = Number(
    ctx.db
      .prepare(
        `INSERT INTO doccontrol_copies(document_id, reissue_id, copy_no, base_no, suffix, department_id, holder_name, status, status_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 'issued', ?)`,
      )
      .run(old.document_id, id, newNo, old.base_no, suffix, old.department_id, old.holder_name, at).lastInsertRowid,
  );
  ctx.db.prepare('UPDATE doccontrol_copies SET status = ?, status_at = ? WHERE id = ?').run(r.kind === 'damaged' ? 'taken_back' : 'lost', at, r.copyId);
  ctx.db.prepare(`UPDATE doccontrol_reissues SET status = 'issued', new_copy_id = ?, signature_id = ?, issued_at = ?, issued_by = ? WHERE id = ?`).run(newId, signatureId, at, caller.userId, id);
  ctx.note({
    entity: 'doccontrol_reissue',
    entityId: id,
    summary: `补发 ${docLabel(r.document)} 新分发号 ${newNo}（原 ${r.copyNo} ${r.kind === 'damaged' ? '破损已收回' : '丢失'}）`,
  });
}
