import { DeskError } from '../../../src-shared/errors';
import type { ModuleHandlers } from '../../ipc/handler';
import type { Ctx } from '../../ipc/context';
import { realDate } from '../passes/checks';
import { assignItem, mustFindItem, recordException, returnById, returnToCarrier } from './exceptions';
import { deliverLetters, registerLetter } from './letters';
import { callList, pickupNotice, recordNotified, searchItems } from './lists';
import { msg } from './messages';
import { findForPickup, pickUp, pickupById } from './pickup';
import { eventsOf, itemsWhere, publicItem, type Aging } from './queries';
import { batchHandover, mailRegister, parcelLabel, returnHandover } from './registers';
import { mailSettings, readMailSettings } from './settings';
import { listShelves, saveShelf } from './shelves';
import { signaturePng } from './signature';
import { batchById, closeBatch, detect, listBatches, openBatch, signIn } from './signin';
import { keysetPage } from '../../ipc/paging';

const agingOf = (ctx: Ctx): Aging => ({ now: ctx.now, agingDays: readMailSettings(ctx.db).agingDays });
const item = (ctx: Ctx, id: number) => publicItem(mustFindItem(ctx, agingOf(ctx), id));

export const mailHandlers: ModuleHandlers<'mail'> = {
  'mail.detect': async (input, ctx) => detect(ctx, input.number),

  'mail.batches.open': async (input, ctx) => openBatch(ctx, input),
  'mail.batches.close': async (input, ctx) => closeBatch(ctx, input.id),
  'mail.batches.list': async (input, ctx) => keysetPage(listBatches(ctx, input), input.limit),
  'mail.batches.get': async (input, ctx) => ({
    batch: batchById(ctx, input.id),
    items: itemsWhere(ctx.db, agingOf(ctx), 'm.batch_id = ? ORDER BY m.id', input.id).map(publicItem),
  }),
  'mail.batches.handover': async (input, ctx) => batchHandover(ctx, agingOf(ctx), input.id),

  'mail.parcels.signIn': async (input, ctx) => item(ctx, signIn(ctx, input)),
  'mail.items.assign': async (input, ctx) => {
    assignItem(ctx, agingOf(ctx), input.id, input);
    return item(ctx, input.id);
  },
  'mail.items.exception': async (input, ctx) => {
    recordException(ctx, agingOf(ctx), input.id, input.kind, input.note);
    return item(ctx, input.id);
  },
  'mail.items.get': async (input, ctx) => ({ item: item(ctx, input.id), events: eventsOf(ctx.db, input.id) }),
  'mail.items.search': async (input, ctx) => {
    if (input.from) realDate(input.from, 'from');
    if (input.to) realDate(input.to, 'to');
    return keysetPage(searchItems(ctx, agingOf(ctx), input), input.limit);
  },

  'mail.pickup.find': async (input, ctx) => findForPickup(ctx, agingOf(ctx), input.q),
  'mail.pickup': async (input, ctx) => {
    const aging = agingOf(ctx);
    return pickupById(ctx, aging, pickUp(ctx, aging, input.itemIds, input.collector, input.signature));
  },
  'mail.pickups.get': async (input, ctx) => pickupById(ctx, agingOf(ctx), input.id),
  'mail.signature': async (input, ctx) => {
    if (!input.pickupId === !input.itemId) throw new DeskError('VALIDATION', {}, { pickupId: msg(ctx, 'signatureWhich') });
    let signatureId: number | null;
    let what: string;
    if (input.pickupId) {
      const p = pickupById(ctx, agingOf(ctx), input.pickupId);
      signatureId = ctx.db.prepare('SELECT signature_id FROM mail_pickups WHERE id = ?').pluck().get(p.id) as number;
      what = `取件记录 #${p.id}（${p.collectorName}，${p.items.map((m) => m.pickupCode).join('、')}）`;
    } else {
      const m = mustFindItem(ctx, agingOf(ctx), input.itemId ?? 0);
      signatureId = m.pickupId
        ? (ctx.db.prepare('SELECT signature_id FROM mail_pickups WHERE id = ?').pluck().get(m.pickupId) as number)
        : (ctx.db.prepare('SELECT signature_id FROM mail_items WHERE id = ?').pluck().get(m.id) as number | null);
      what = `${m.trackingNo || m.pickupCode}（${m.unitLabel} ${m.recipientName}）`;
    }
    if (!signatureId) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entitySignature') });
    const png = signaturePng(ctx, signatureId);
    ctx.note({ entity: 'mail_signature', entityId: signatureId, summary: `查看签名：${what}` });
    return { png };
  },

  'mail.returns.create': async (input, ctx) => returnById(ctx, returnToCarrier(ctx, agingOf(ctx), input)),
  'mail.returns.handover': async (input, ctx) => returnHandover(ctx, agingOf(ctx), input.id),

  'mail.letters.register': async (input, ctx) => item(ctx, registerLetter(ctx, readMailSettings(ctx.db), input)),
  'mail.letters.deliver': async (input, ctx) => ({ delivered: deliverLetters(ctx, agingOf(ctx), input.ids, input.signature) }),

  'mail.callList': async (_input, ctx) => callList(ctx, agingOf(ctx)),
  'mail.notify': async (input, ctx) => ({ notified: recordNotified(ctx, agingOf(ctx), input.itemIds, input.how) }),
  'mail.notice': async (input, ctx) => pickupNotice(ctx, agingOf(ctx), input.itemIds),
  'mail.label': async (input, ctx) => parcelLabel(ctx, agingOf(ctx), input.id),

  'mail.shelves.list': async (_input, ctx) => listShelves(ctx.db),
  'mail.shelves.save': async (input, ctx) => saveShelf(ctx, input),
  'mail.settings.get': async (_input, ctx) => readMailSettings(ctx.db),
  'mail.settings.update': async (input, ctx) => {
    const { after, changes } = mailSettings.update(ctx.db, input);
    ctx.note({ entity: 'settings', summary: `邮件设置：${changes}` });
    return after;
  },

  'mail.register': async (input, ctx) => {
    realDate(input.from, 'from');
    realDate(input.to, 'to');
    if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
    return mailRegister(ctx, agingOf(ctx), input.from, input.to);
  },
};
