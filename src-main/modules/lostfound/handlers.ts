import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import { keysetPage } from '../../ipc/paging';
import { realDate } from '../passes/checks';
import { ackAlerts, listAlerts } from './alerts';
import { createClaim } from './claims';
import { decide, execute } from './disposal';
import { expiredItems, intake, listPlaces, moveItem, photoOf, savePlace, searchItems, transfer } from './items';
import { msg } from './messages';
import { disposalRegister, foundRegister, label, notice } from './print';
import { claimsWhere, eventsOf, mustFindItem } from './queries';
import { closeReport, createReport, matchesForItem, matchesForReport, reportById, searchReports } from './reports';
import { lfSettings, readLfSettings } from './settings';
import { signaturePng } from './signature';
import type { Ctx } from '../../ipc/context';

function period(ctx: Ctx, input: { from: string; to: string }): void {
  realDate(input.from, 'from');
  realDate(input.to, 'to');
  if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
}

export const lostfoundHandlers: ModuleHandlers<'lostfound'> = {
  'lostfound.intake': async (input, ctx) => mustFindItem(ctx, await intake(ctx, input)),
  'lostfound.get': async (input, ctx) => {
    const item = mustFindItem(ctx, input.id);
    return {
      item,
      photo: photoOf(ctx, item.id),
      events: eventsOf(ctx, item.id),
      claims: claimsWhere(ctx, 'c.item_id = ? ORDER BY c.id', item.id),
      matchCount: matchesForItem(ctx, item.id).length,
    };
  },
  'lostfound.search': async (input, ctx) => keysetPage(searchItems(ctx, input), input.limit),
  'lostfound.move': async (input, ctx) => {
    moveItem(ctx, input.id, input.placeId, input.note);
    return mustFindItem(ctx, input.id);
  },
  'lostfound.claims.create': async (input, ctx) => {
    const id = createClaim(ctx, input);
    return claimsWhere(ctx, 'c.id = ?', id)[0];
  },
  'lostfound.signature': async (input, ctx) => {
    if (!input.claimId === !input.itemId) throw new DeskError('VALIDATION', {}, { claimId: msg(ctx, 'signatureWhich') });
    let signatureId: number | null;
    let what: string;
    if (input.claimId) {
      const row = ctx.db.prepare('SELECT item_id AS itemId, signature_id AS signatureId, claimant_name AS name FROM lostfound_claims WHERE id = ?').get(input.claimId) as
        | { itemId: number; signatureId: number | null; name: string }
        | undefined;
      if (!row) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityClaim') });
      const item = mustFindItem(ctx, row.itemId);
      signatureId = row.signatureId;
      what = `认领签名 ${item.itemNo} ${item.name}（${row.name}）`;
    } else {
      const item = mustFindItem(ctx, input.itemId ?? 0);
      signatureId = ctx.db.prepare('SELECT handover_signature_id FROM lostfound_items WHERE id = ?').pluck().get(item.id) as number | null;
      what = `交接签名 ${item.itemNo} ${item.name}（${item.handover?.receiverName ?? ''}）`;
    }
    if (!signatureId) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entitySignature') });
    const png = signaturePng(ctx, signatureId);
    ctx.note({ entity: 'lostfound_signature', entityId: signatureId, summary: `查看签名：${what}` });
    return { png };
  },
  'lostfound.transfer': async (input, ctx) => {
    transfer(ctx, input.id, input);
    return mustFindItem(ctx, input.id);
  },

  'lostfound.expired': async (_input, ctx) => expiredItems(ctx),
  'lostfound.disposal.decide': async (input, ctx) => {
    decide(ctx, input.id, input.method, input.note);
    return mustFindItem(ctx, input.id);
  },
  'lostfound.disposal.execute': async (input, ctx) => {
    execute(ctx, input.id, input);
    return mustFindItem(ctx, input.id);
  },

  'lostfound.reports.create': async (input, ctx) => reportById(ctx, createReport(ctx, input)),
  'lostfound.reports.list': async (input, ctx) => keysetPage(searchReports(ctx, input), input.limit),
  'lostfound.reports.close': async (input, ctx) => {
    closeReport(ctx, input.id, input.note);
    return reportById(ctx, input.id);
  },
  'lostfound.matches': async (input, ctx) => {
    if (!input.reportId === !input.itemId) throw new DeskError('VALIDATION', {}, { reportId: msg(ctx, 'matchWhich') });
    return input.reportId ? matchesForReport(ctx, input.reportId) : matchesForItem(ctx, input.itemId ?? 0);
  },

  'lostfound.alerts.list': async (_input, ctx) => listAlerts(ctx),
  'lostfound.alerts.ack': async (input, ctx) => ({ acked: ackAlerts(ctx, input.ids) }),

  'lostfound.notice': async (input, ctx) => notice(ctx, input.ids),
  'lostfound.label': async (input, ctx) => label(ctx, input.id),

  'lostfound.places.list': async (_input, ctx) => listPlaces(ctx),
  'lostfound.places.save': async (input, ctx) => savePlace(ctx, input),
  'lostfound.settings.get': async (_input, ctx) => readLfSettings(ctx.db),
  'lostfound.settings.update': async (input, ctx) => {
    const before = readLfSettings(ctx.db);
    const { after, changes } = lfSettings.update(ctx.db, {
      ...input,
      retentionDays: input.retentionDays ? { ...before.retentionDays, ...input.retentionDays } : undefined,
    });
    ctx.note({ entity: 'settings', summary: `失物招领设置：${changes}` });
    return { ...after, retentionDays: readLfSettings(ctx.db).retentionDays };
  },

  'lostfound.register': async (input, ctx) => {
    period(ctx, input);
    return foundRegister(ctx, input.from, input.to);
  },
  'lostfound.disposalRegister': async (input, ctx) => {
    period(ctx, input);
    return disposalRegister(ctx, input.from, input.to);
  },
};
