import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import { DC_DESTROYERS, DC_SUPERVISORS, type DcVoidRow, type DcVoidStatus } from '../../../src-shared/modules/doccontrol';
import type { Role } from '../../../src-shared/roles';
import { callerOf, type Ctx } from '../../ipc/context';
import { confirmCredential } from '../auth/credential';
import { dcT, msg } from './messages';
import { COPY_ORDER, DOC_COLS, DOC_JOIN, day, docLabel, joinCopies, mustBeActive, num, str, strOrNull, toDoc, userName, type Raw } from './queries';

const list = (s: string): string[] => (s ? s.split(',') : []);

export function voidsWhere(ctx: Ctx, where: string, ...params: unknown[]): DcVoidRow[] {
  const rows = ctx.db
    .prepare(
      `SELECT x.id, x.reason, x.status, x.requested_at, x.decided_at, x.decision_note, x.voided_copies, x.kept_copies, x.destroyed_copies,
        x.destroyed_at, x.destroy_method, ${userName('x.requested_by', 'req_by')}, ${userName('x.decided_by', 'dec_by')},
        ${userName('x.destroyed_by', 'des_by')}, ${userName('x.supervised_by', 'sup_by')}, ${DOC_COLS}
       FROM doccontrol_voids x ${DOC_JOIN} WHERE ${where}`,
    )
    .all(...params) as Raw[];
  return rows.map((r) => ({
    id: num(r, 'id'),
    document: toDoc(r),
    reason: str(r, 'reason'),
    status: str(r, 'status') as DcVoidStatus,
    requestedAt: str(r, 'requested_at'),
    requestedBy: str(r, 'req_by'),
    decidedAt: strOrNull(r, 'decided_at'),
    decidedBy: strOrNull(r, 'dec_by'),
    decisionNote: str(r, 'decision_note'),
    voidedCopies: list(str(r, 'voided_copies')),
    keptCopies: list(str(r, 'kept_copies')),
    destroyedCopies: list(str(r, 'destroyed_copies')),
    destroyedAt: strOrNull(r, 'destroyed_at'),
    destroyedBy: strOrNull(r, 'des_by'),
    supervisedBy: strOrNull(r, 'sup_by'),
    destroyMethod: str(r, 'destroy_method'),
  }));
}

export function mustFindVoid(ctx: Ctx, id: number): DcVoidRow {
  const row = voidsWhere(ctx, 'x.id = ?', id)[0];
  if (!row) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityRequest') });
  return row;
}

/** §5.9.1–5.9.2: the office proposes voiding a document that no longer applies; the GM decides. */
export function proposeVoid(ctx: Ctx, documentId: number, reason: string): number {
  const caller = callerOf(ctx);
  const doc = mustBeActive(ctx, documentId);
  if (ctx.db.prepare(`SELECT 1 FROM doccontrol_voids WHERE document_id = ? AND status IN ('pending', 'approved')`).get(doc.id)) {
    throw new DeskError('DOCCONTROL_VOID_OPEN', { what: docLabel(doc) });
  }
  const id = Number(
    ctx.db
      .prepare('INSERT INTO doccontrol_voids(document_id, reason, requested_at, requested_day, requested_by) VALUES (?, ?, ?, ?, ?)')
      .run(doc.id, reason, ctx.now.toISOString(), day(ctx), caller.userId).lastInsertRowid,
  );
  ctx.note({ entity: 'doccontrol_void', entityId: id, summary: `作废申请 ${docLabel(doc)}：${reason}（待总经理批准）` });
  return id;
}

/**
 * The GM, logged in, decides. Approval voids the document and withdraws every copy still in circulation or taken
 * back: they are stamped 作废 (§5.9.3) and listed on the register with their distribution numbers (§5.9.4).
 */
export function decideVoid(ctx: Ctx, id: number, approve: boolean, note: string): void {
  const caller = callerOf(ctx);
  const v = mustFindVoid(ctx, id);
  const what = `作废申请 ${docLabel(v.document)}`;
  if (v.status !== 'pending') throw new DeskError('DOCCONTROL_DECIDED', { what, status: dcT(ctx, `requestStatus.${v.status}`) });
  const at = ctx.now.toISOString();
  let copies: string[] = [];
  if (approve) {
    mustBeActive(ctx, v.document.id);
    copies = ctx.db
      .prepare(`SELECT c.copy_no FROM doccontrol_copies c WHERE c.document_id = ? AND c.status IN ('issued', 'taken_back') ORDER BY ${COPY_ORDER}`)
      .pluck()
      .all(v.document.id) as string[];
    ctx.db.prepare(`UPDATE doccontrol_copies SET status = 'voided', status_at = ? WHERE document_id = ? AND status IN ('issued', 'taken_back')`).run(at, v.document.id);
    ctx.db.prepare(`UPDATE archive_documents SET status = 'voided', updated_at = ? WHERE id = ?`).run(at, v.document.id);
  }
  ctx.db
    .prepare('UPDATE doccontrol_voids SET status = ?, decided_at = ?, decided_by = ?, decision_note = ?, voided_copies = ? WHERE id = ?')
    .run(approve ? 'approved' : 'rejected', at, caller.userId, note, copies.join(','), id);
  const tail = approve ? `，文件作废，收回分发号 ${joinCopies(copies) || '（无）'}` : '';
  ctx.note({ entity: 'doccontrol_void', entityId: id, summary: `${approve ? '批准' : '不批准'}${what}${note ? `：${note}` : ''}${tail}` });
}

interface Cred {
  username: string;
  password: string;
}

/** A person typing their own credential on the spot; the refusal names which of the two it was. */
async function present(ctx: Ctx, cred: Cred, roles: readonly Role[], field: 'doer' | 'supervisor'): Promise<{ id: number; name: string }> {
  try {
    const user = await confirmCredential(ctx, cred.username, cred.password, roles);
    return { id: user.id, name: user.displayName };
  } catch (e) {
    if (e instanceof DeskError && e.code === 'OVERRIDE_REFUSED') {
      const params = { who: msg(ctx, field), act: msg(ctx, field === 'doer' ? 'actDestroy' : 'actSupervise') };
      const text = translate(ctx.lang, 'errors.DOCCONTROL_CREDENTIAL_REFUSED', params);
      throw new DeskError('DOCCONTROL_CREDENTIAL_REFUSED', params, { [field]: text }, e.keepChanges);
    }
    throw e;
  }
}

interface DestroyInput {
  keep: string[];
  method: string;
  doer: Cred;
  supervisor: Cred;
}

/**
 * §5.9.3: of the voided copies one or two are kept for record, the rest destroyed by two people — one doing, one
 * supervising — each confirmed by their own credential. Everything is checked before anything is written, because a
 * wrong password is kept (it counts towards lockout) although the call fails.
 */
export async function destroy(ctx: Ctx, id: number, input: DestroyInput): Promise<void> {
  const v = mustFindVoid(ctx, id);
  const what = `作废申请 ${docLabel(v.document)}`;
  if (v.status === 'pending') throw new DeskError('DOCCONTROL_NOT_APPROVED', { what, status: dcT(ctx, 'requestStatus.pending'), approver: msg(ctx, 'gm') });
  if (v.status !== 'approved') throw new DeskError('DOCCONTROL_DECIDED', { what, status: dcT(ctx, `requestStatus.${v.status}`) });
  const voided = ctx.db
    .prepare(`SELECT c.copy_no FROM doccontrol_copies c WHERE c.document_id = ? AND c.status = 'voided' ORDER BY ${COPY_ORDER}`)
    .pluck()
    .all(v.document.id) as string[];
  if (!voided.length) throw new DeskError('VALIDATION', {}, { keep: msg(ctx, 'nothingVoided') });
  const keep = input.keep.map((k) => k.trim());
  if (new Set(keep).size !== keep.length) throw new DeskError('VALIDATION', {}, { keep: msg(ctx, 'keepTwice') });
  const unknown = keep.find((k) => !voided.includes(k));
  if (unknown) throw new DeskError('VALIDATION', {}, { keep: msg(ctx, 'keepUnknown', { copy: unknown }) });
  if (input.doer.username.trim().toLowerCase() === input.supervisor.username.trim().toLowerCase()) {
    throw new DeskError('DOCCONTROL_SAME_PERSON', {}, { supervisor: translate(ctx.lang, 'errors.DOCCONTROL_SAME_PERSON') });
  }
  const doer = await present(ctx, input.doer, DC_DESTROYERS, 'doer');
  const supervisor = await present(ctx, input.supervisor, DC_SUPERVISORS, 'supervisor');
  if (doer.id === supervisor.id) throw new DeskError('DOCCONTROL_SAME_PERSON', {}, { supervisor: translate(ctx.lang, 'errors.DOCCONTROL_SAME_PERSON') });

  const at = ctx.now.toISOString();
  const destroyed = voided.filter((c) => !keep.includes(c));
  const mark = ctx.db.prepare('UPDATE doccontrol_copies SET status = ?, status_at = ? WHERE document_id = ? AND copy_no = ?');
  for (const c of keep) mark.run('kept', at, v.document.id, c);
  for (const c of destroyed) mark.run('destroyed', at, v.document.id, c);
  ctx.db
    .prepare(
      `UPDATE doccontrol_voids SET status = 'destroyed', kept_copies = ?, destroyed_copies = ?, destroyed_at = ?, destroyed_by = ?, supervised_by = ?, destroy_method = ?
       WHERE id = ?`,
    )
    .run(keep.join(','), destroyed.join(','), at, doer.id, supervisor.id, input.method, id);
  ctx.note({
    entity: 'doccontrol_void',
    entityId: id,
    summary: `销毁作废文件 ${docLabel(v.document)} 分发号 ${joinCopies(destroyed) || '（无）'}（${input.method}），留存备案 ${joinCopies(keep)}；实施人 ${doer.name}，监督人 ${supervisor.name}`,
  });
}

