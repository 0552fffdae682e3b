import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import { VISIT_NO_RE } from '../../../src-shared/modules/visitors';
import { formatTime } from '../../../src-shared/rules/time';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { callerOf, type Ctx } from '../../ipc/context';
import type { ModuleHandlers } from '../../ipc/handler';
import { realDate } from '../passes/checks';
import { blocklistRows, removeBlocklistEntry, saveBlocklistEntry } from './blocklist';
import { checkIn, checkInByPass, mustFindVisit } from './checkin';
import { closeForgottenVisits, purgeOldVisits } from './jobs';
import { msg } from './messages';
import { onSite, personById, publicVisit, searchPeople, searchVisits, visitByNumber } from './queries';
import { evacuationRegister, visitSlip, visitorRegister } from './registers';
import { readVisitSettings, visitSettings } from './settings';
import { keysetPage } from '../../ipc/paging';

function findForCheckOut(ctx: Ctx, input: { id?: number; visitNo?: string }) {
  if (input.id) return mustFindVisit(ctx, input.id);
  const visitNo = (input.visitNo ?? '').normalize('NFKC').toUpperCase().replace(/\s+/g, '');
  if (!visitNo) throw new DeskError('VALIDATION', {}, { visitNo: translate(ctx.lang, 'validation.required') });
  const visit = VISIT_NO_RE.test(visitNo) ? visitByNumber(ctx.db, visitNo) : null;
  if (!visit) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityVisitNo', { no: visitNo }) }, { visitNo: msg(ctx, 'noVisitNo', { no: visitNo }) });
  return visit;
}

export const visitorsHandlers: ModuleHandlers<'visitors'> = {
  'visitors.checkIn': async (input, ctx) => publicVisit(await checkIn(ctx, input)),

  'visitors.checkInByPass': async (input, ctx) => publicVisit(checkInByPass(ctx, input.number, input.buildingId)),

  'visitors.checkOut': async (input, ctx) => {
    const caller = callerOf(ctx);
    const visit = findForCheckOut(ctx, input);
    if (visit.checkedOutAt) {
      throw new DeskError('ALREADY_CHECKED_OUT', { visitNo: visit.visitNo, name: visit.name, at: formatTime(visit.checkedOutAt) });
    }
    ctx.db
      .prepare(`UPDATE visits SET checked_out_at = ?, checked_out_by = ?, checkout_kind = 'desk' WHERE id = ? AND checked_out_at IS NULL`)
      .run(ctx.now.toISOString(), caller.userId, visit.id);
    ctx.note({ entity: 'visit', entityId: visit.id, summary: `访客签离 ${visit.visitNo}：${visit.name}（${formatTime(visit.checkedInAt)} 来访）` });
    return publicVisit(mustFindVisit(ctx, visit.id));
  },

  'visitors.autoCheckOut': async (_input, ctx) => {
    const { closed, visitNos } = closeForgottenVisits(ctx.db, ctx.now);
    ctx.note({ entity: 'visit', summary: closed ? `自动签离 ${closed} 条未签离访客：${visitNos.join('、')}` : '自动签离：没有需要关闭的访客' });
    return { closed };
  },

  'visitors.onSite': async (_input, ctx) => onSite(ctx.db, translate(ctx.lang, 'visitors.noBuilding')),

  'visitors.get': async (input, ctx) => publicVisit(mustFindVisit(ctx, input.id)),

  'visitors.search': async (input, ctx) => {
    if (input.from) realDate(input.from, 'from');
    if (input.to) realDate(input.to, 'to');
    const rows = searchVisits(ctx.db, input);
    return keysetPage(rows, input.limit);
  },

  'visitors.people.search': async (input, ctx) => searchPeople(ctx.db, input.q, input.limit),

  'visitors.slip': async (input, ctx) => visitSlip(ctx, publicVisit(mustFindVisit(ctx, input.id))),

  'visitors.revealId': async (input, ctx) => {
    if (!input.visitId === !input.personId) throw new DeskError('VALIDATION', {}, { visitId: msg(ctx, 'revealWhich') });
    const found = input.visitId ? mustFindVisit(ctx, input.visitId) : personById(ctx.db, input.personId ?? 0);
    if (!found) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityPerson') });
    if (found.purged) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityPurged') });
    const what = 'visitNo' in found ? `访客 ${found.visitNo} ${found.name}` : `访客档案 ${found.name}`;
    ctx.note({
      entity: input.visitId ? 'visit' : 'visitor_person',
      entityId: found.id,
      summary: `查看完整证件号码：${what}（${maskIdNumber(found.idNumber)}），原因：${input.reason}`,
    });
    return { idNumber: found.idNumber };
  },

  'visitors.blocklist.list': async (input, ctx) => blocklistRows(ctx.db, input.q),
  'visitors.blocklist.save': async (input, ctx) => saveBlocklistEntry(ctx, input),
  'visitors.blocklist.remove': async (input, ctx) => {
    removeBlocklistEntry(ctx, input.id, input.reason);
    return { done: true };
  },

  'visitors.purge': async (_input, ctx) => {
    const result = purgeOldVisits(ctx.db, ctx.now);
    ctx.note({
      entity: 'visit',
      summary: `清除访客个人信息：${formatTime(result.before)} 以前的 ${result.visits} 条访客记录、${result.people} 位访客档案的证件号码和电话已不可逆地遮盖`,
    });
    return result;
  },

  'visitors.settings.get': async (_input, ctx) => readVisitSettings(ctx.db),
  'visitors.settings.update': async (input, ctx) => {
    const { after, changes } = visitSettings.update(ctx.db, input);
    ctx.note({ entity: 'settings', summary: `访客设置：${changes}` });
    return after;
  },

  'visitors.evacuation.register': async (input, ctx) => evacuationRegister(ctx, input.buildingId),

  'visitors.register': async (input, ctx) => {
    realDate(input.from, 'from');
    realDate(input.to, 'to');
    if (input.to < input.from) throw new DeskError('VALIDATION', {}, { to: msg(ctx, 'toBeforeFrom') });
    return visitorRegister(ctx, input.from, input.to, input.buildingId);
  },
};
