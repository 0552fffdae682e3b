import dayjs from 'dayjs';
import { DeskError } from '../../../src-shared/errors';
import { DC_FORMS, type DcVoidNotice } from '../../../src-shared/modules/doccontrol';
import type { RegisterData } from '../../../src-shared/modules/registers';
import { formatTime } from '../../../src-shared/rules/time';
import type { Ctx } from '../../ipc/context';
import { buildRegister } from '../registers/build';
import { readSettings } from '../settings/store';
import { copyRequestsWhere } from './copying';
import { distributionsWhere } from './distribution';
import { dcT, msg } from './messages';
import { printingsWhere } from './printing';
import { docLabel, joinCopies, signaturePng } from './queries';
import { reissuesWhere } from './reissue';
import { mustFindVoid, voidsWhere } from './voids';

const col = (ctx: Ctx, key: string, width: number) => ({ key, label: dcT(ctx, `col.${key}`), width });
const dayOf = (iso: string | null): string => (iso ? dayjs(iso).format('YYYY-MM-DD') : '');

/** Every form of 000 篇5 §6 ends with 起草人 / 审核人 / 审批人 and their dates. */
function form(ctx: Ctx, key: keyof typeof DC_FORMS, title: string, from: string, to: string, columns: RegisterData['columns'], rows: Record<string, string>[]): RegisterData {
  return buildRegister(ctx, {
    title: dcT(ctx, title),
    formNo: DC_FORMS[key],
    orientation: 'landscape',
    periodLabel: msg(ctx, 'periodRange', { from, to }),
    columns,
    rows,
    signatures: [dcT(ctx, 'signDrafter'), dcT(ctx, 'signReviewer'), dcT(ctx, 'signApprover')],
    fileStem: `${DC_FORMS[key]}-${from}-${to}`,
  });
}

export function printingRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const rows = printingsWhere(ctx, 'x.printed_day BETWEEN ? AND ? ORDER BY x.printed_at, x.id', from, to);
  return form(ctx, 'printing', 'formPrinting', from, to, [col(ctx, 'doc', 22), col(ctx, 'docNo', 12), col(ctx, 'version', 6), col(ctx, 'copies', 6), col(ctx, 'printedAt', 14), col(ctx, 'printedBy', 8), col(ctx, 'reviewer', 8), col(ctx, 'approver', 14), col(ctx, 'note', 14)], rows.map((p) => ({
    doc: p.document.title,
    docNo: p.document.docNo,
    version: p.document.version,
    copies: String(p.copies),
    printedAt: formatTime(p.printedAt),
    printedBy: p.printedBy,
    reviewer: p.reviewerName,
    approver: `${p.approvedBy} ${p.approvedOn}`,
    note: p.note,
  })));
}

/** 文件分发登记表 (§5.5.1): scope, quantity, distribution numbers, and the receiver's signature as an image cell. */
export function distributionRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const rows = distributionsWhere(ctx, 'x.distributed_day BETWEEN ? AND ? ORDER BY x.distributed_at, x.id', from, to);
  const sig = ctx.db.prepare('SELECT signature_id FROM doccontrol_distributions WHERE id = ?').pluck();
  return form(ctx, 'distribution', 'formDistribution', from, to, [col(ctx, 'doc', 20), col(ctx, 'docNo', 12), col(ctx, 'version', 6), col(ctx, 'scope', 12), col(ctx, 'quantity', 6), col(ctx, 'copyNos', 16), col(ctx, 'distributedAt', 14), col(ctx, 'receiver', 14), col(ctx, 'distributedBy', 8)], rows.map((d) => ({
    doc: d.document.title,
    docNo: d.document.docNo,
    version: d.document.version,
    scope: d.departmentName,
    quantity: String(d.quantity),
    copyNos: joinCopies(d.copyNos),
    distributedAt: formatTime(d.distributedAt),
    receiver: signaturePng(ctx, sig.get(d.id) as number),
    distributedBy: d.distributedBy,
  })));
}

export function copyRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const rows = copyRequestsWhere(ctx, 'x.requested_day BETWEEN ? AND ? ORDER BY x.requested_at, x.id', from, to);
  const sig = ctx.db.prepare('SELECT signature_id FROM doccontrol_copy_requests WHERE id = ?').pluck();
  return form(ctx, 'copy', 'formCopy', from, to, [col(ctx, 'doc', 20), col(ctx, 'docNo', 12), col(ctx, 'copies', 6), col(ctx, 'purpose', 16), col(ctx, 'requestedAt', 14), col(ctx, 'requester', 14), col(ctx, 'status', 8), col(ctx, 'decidedBy', 16)], rows.map((r) => ({
    doc: r.document.title,
    docNo: r.document.docNo,
    copies: String(r.copies),
    purpose: `${r.departmentName} ${r.requesterName}：${r.purpose}`,
    requestedAt: formatTime(r.requestedAt),
    requester: signaturePng(ctx, sig.get(r.id) as number),
    status: dcT(ctx, `requestStatus.${r.status}`),
    decidedBy: r.decidedBy ? `${r.decidedBy} ${dayOf(r.decidedAt)}` : '',
  })));
}

export function reissueRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const rows = reissuesWhere(ctx, 'x.requested_day BETWEEN ? AND ? ORDER BY x.requested_at, x.id', from, to);
  return form(ctx, 'reissue', 'formReissue', from, to, [col(ctx, 'doc', 18), col(ctx, 'docNo', 12), col(ctx, 'scope', 10), col(ctx, 'oldCopy', 8), col(ctx, 'kind', 6), col(ctx, 'explanation', 18), col(ctx, 'applicant', 8), col(ctx, 'requestedAt', 14), col(ctx, 'decidedBy', 14), col(ctx, 'newCopy', 8), col(ctx, 'issuedAt', 12)], rows.map((r) => ({
    doc: r.document.title,
    docNo: r.document.docNo,
    scope: r.departmentName,
    oldCopy: r.copyNo,
    kind: dcT(ctx, `kind.${r.kind}`),
    explanation: r.explanation,
    applicant: r.applicantName,
    requestedAt: formatTime(r.requestedAt),
    decidedBy: r.decidedBy ? `${r.decidedBy} ${dcT(ctx, `requestStatus.${r.status === 'rejected' ? 'rejected' : 'approved'}`)}` : dcT(ctx, 'requestStatus.pending'),
    newCopy: r.newCopyNo ?? '',
    issuedAt: dayOf(r.issuedAt),
  })));
}

/** 作废、销毁文件登记表 (§5.9.4): number, version, distribution numbers voided, kept and destroyed, and by whom. */
export function voidRegister(ctx: Ctx, from: string, to: string): RegisterData {
  const rows = voidsWhere(ctx, `x.status IN ('approved', 'destroyed') AND x.requested_day BETWEEN ? AND ? ORDER BY x.decided_at, x.id`, from, to);
  return form(ctx, 'void', 'formVoid', from, to, [col(ctx, 'doc', 18), col(ctx, 'docNo', 12), col(ctx, 'version', 6), col(ctx, 'voidedCopies', 14), col(ctx, 'reason', 16), col(ctx, 'voidedAt', 14), col(ctx, 'kept', 10), col(ctx, 'destroyed', 14), col(ctx, 'destroyedAt', 10), col(ctx, 'doer', 8), col(ctx, 'supervisor', 8)], rows.map((v) => ({
    doc: v.document.title,
    docNo: v.document.docNo,
    version: v.document.version,
    voidedCopies: joinCopies(v.voidedCopies),
    reason: v.reason,
    voidedAt: `${v.decidedBy ?? ''} ${dayOf(v.decidedAt)}`,
    kept: joinCopies(v.keptCopies),
    destroyed: joinCopies(v.destroyedCopies),
    destroyedAt: dayOf(v.destroyedAt),
    doer: v.destroyedBy ?? '',
    supervisor: v.supervisedBy ?? '',
  })));
}

/** 作废通知 to every department (§5.9.4), once the GM approved. */
export function voidNotice(ctx: Ctx, id: number): DcVoidNotice {
  const v = mustFindVoid(ctx, id);
  if (v.status === 'pending' || v.status === 'rejected') {
    throw new DeskError('DOCCONTROL_NOT_APPROVED', { what: `作废申请 ${docLabel(v.document)}`, status: dcT(ctx, `requestStatus.${v.status}`), approver: msg(ctx, 'gm') });
  }
  const departments = ctx.db.prepare('SELECT name FROM departments WHERE active = 1 ORDER BY id').pluck().all() as string[];
  return {
    orgName: readSettings(ctx.db).orgName,
    title: dcT(ctx, 'noticeTitle'),
    departments,
    docTitle: v.document.title,
    docNo: v.document.docNo,
    version: v.document.version,
    indexNo: v.document.indexNo,
    copyNos: v.voidedCopies,
    reason: v.reason,
    approvedBy: v.decidedBy ?? '',
    approvedAt: formatTime(v.decidedAt),
    printedAt: formatTime(ctx.now.toISOString()),
  };
}
