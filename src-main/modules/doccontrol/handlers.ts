import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import { keysetPage } from '../../ipc/paging';
import type { Ctx } from '../../ipc/context';
import { realDate } from '../passes/checks';
import { copyRequestsWhere, decideCopy, mustFindCopyRequest, requestCopy } from './copying';
import { distribute, distributionsWhere } from './distribution';
import { msg } from './messages';
import { copyRegister, distributionRegister, printingRegister, reissueRegister, voidNotice, voidRegister } from './print';
import { approvers, createPrinting, printingsWhere } from './printing';
import { COPY_ORDER, copiesWhere, docLabel, mustFindDoc, signaturePng } from './queries';
import { applyReissue, decideReissue, issueReissue, mustFindReissue, reissuesWhere } from './reissue';
import { pastRetention } from './retention';
import { decideVoid, destroy, mustFindVoid, proposeVoid, voidsWhere } from './voids';

function period(ctx: Ctx, input: { from: string; to: string }): void {
  realDate(input.from, 'from');
  realDate(input.to, 'to');
  if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
}

/** `x.id < before` when paging, newest first; an optional status filter. */
function page(input: { limit: number; before?: number; status?: string; documentId?: number }): { where: string; params: unknown[] } {
  const where = ['1 = 1'];
  const params: unknown[] = [];
  if (input.documentId) {
    where.push('x.document_id = ?');
    params.push(input.documentId);
  }
  if (input.status && input.status !== 'all') {
    where.push('x.status = ?');
    params.push(input.status);
  }
  if (input.before) {
    where.push('x.id < ?');
    params.push(input.before);
  }
  params.push(input.limit);
  return { where: `${where.join(' AND ')} ORDER BY x.id DESC LIMIT ?`, params };
}

const SIGNATURE_SQL = {
  distribution: 'SELECT signature_id FROM doccontrol_distributions WHERE id = ?',
  copy: 'SELECT signature_id FROM doccontrol_copy_requests WHERE id = ?',
  reissue: 'SELECT signature_id FROM doccontrol_reissues WHERE id = ?',
} as const;

export const doccontrolHandlers: ModuleHandlers<'doccontrol'> = {
  'doccontrol.approvers': async (_input, ctx) => approvers(ctx),

  'doccontrol.printings.create': async (input, ctx) => printingsWhere(ctx, 'x.id = ?', createPrinting(ctx, input))[0],
  'doccontrol.printings.list': async (input, ctx) => {
    const p = page(input);
    return keysetPage(printingsWhere(ctx, p.where, ...p.params), input.limit);
  },

  'doccontrol.distributions.create': async (input, ctx) => distributionsWhere(ctx, 'x.id = ?', distribute(ctx, input))[0],
  'doccontrol.distributions.list': async (input, ctx) => {
    const p = page(input);
    return keysetPage(distributionsWhere(ctx, p.where, ...p.params), input.limit);
  },
  'doccontrol.copies.list': async (input, ctx) => {
    mustFindDoc(ctx, input.documentId);
    return copiesWhere(ctx, `c.document_id = ? ORDER BY ${COPY_ORDER}`, input.documentId);
  },
  'doccontrol.signature': async (input, ctx) => {
    const signatureId = ctx.db.prepare(SIGNATURE_SQL[input.kind]).pluck().get(input.id) as number | null | undefined;
    const png = signaturePng(ctx, signatureId ?? null);
    const doc =
      input.kind === 'distribution'
        ? distributionsWhere(ctx, 'x.id = ?', input.id)[0].document
        : input.kind === 'copy'
          ? mustFindCopyRequest(ctx, input.id).document
          : mustFindReissue(ctx, input.id).document;
    ctx.note({ entity: 'doccontrol_signature', entityId: signatureId ?? null, summary: `查看签名：${docLabel(doc)}（${input.kind} #${input.id}）` });
    return { png };
  },

  'doccontrol.copyRequests.create': async (input, ctx) => mustFindCopyRequest(ctx, requestCopy(ctx, input)),
  'doccontrol.copyRequests.decide': async (input, ctx) => {
    decideCopy(ctx, input.id, input.approve, input.note);
    return mustFindCopyRequest(ctx, input.id);
  },
  'doccontrol.copyRequests.list': async (input, ctx) => {
    const p = page(input);
    return keysetPage(copyRequestsWhere(ctx, p.where, ...p.params), input.limit);
  },

  'doccontrol.reissues.create': async (input, ctx) => mustFindReissue(ctx, applyReissue(ctx, input)),
  'doccontrol.reissues.decide': async (input, ctx) => {
    decideReissue(ctx, input.id, input.approve, input.note);
    return mustFindReissue(ctx, input.id);
  },
  'doccontrol.reissues.issue': async (input, ctx) => {
    issueReissue(ctx, input.id, input.signature);
    return mustFindReissue(ctx, input.id);
  },
  'doccontrol.reissues.list': async (input, ctx) => {
    const p = page(input);
    return keysetPage(reissuesWhere(ctx, p.where, ...p.params), input.limit);
  },

  'doccontrol.voids.create': async (input, ctx) => mustFindVoid(ctx, proposeVoid(ctx, input.documentId, input.reason)),
  'doccontrol.voids.decide': async (input, ctx) => {
    decideVoid(ctx, input.id, input.approve, input.note);
    return mustFindVoid(ctx, input.id);
  },
  'doccontrol.voids.destroy': async (input, ctx) => {
    await destroy(ctx, input.id, input);
    return mustFindVoid(ctx, input.id);
  },
  'doccontrol.voids.list': async (input, ctx) => {
    const p = page(input);
    return keysetPage(voidsWhere(ctx, p.where, ...p.params), input.limit);
  },
  'doccontrol.voids.notice': async (input, ctx) => voidNotice(ctx, input.id),

  'doccontrol.retention': async (_input, ctx) => pastRetention(ctx),

  'doccontrol.printingRegister': async (input, ctx) => (period(ctx, input), printingRegister(ctx, input.from, input.to)),
  'doccontrol.distributionRegister': async (input, ctx) => (period(ctx, input), distributionRegister(ctx, input.from, input.to)),
  'doccontrol.copyRegister': async (input, ctx) => (period(ctx, input), copyRegister(ctx, input.from, input.to)),
  'doccontrol.reissueRegister': async (input, ctx) => (period(ctx, input), reissueRegister(ctx, input.from, input.to)),
  'doccontrol.voidRegister': async (input, ctx) => (period(ctx, input), voidRegister(ctx, input.from, input.to)),
};
