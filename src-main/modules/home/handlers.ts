import type { Channel } from '../../../src-shared/contract';
import { FOUND_EXPIRING_DAYS, type HomeCountKey, type HomeCounts } from '../../../src-shared/modules/home';
import { callerOf, type Ctx } from '../../ipc/context';
import type { ModuleHandlers } from '../../ipc/handler';
import { mayCall } from './access';
import { archiveCounts } from './archive';
import * as c from './counts';

/** Each count and the list channel that opens it. */
const LISTS: { keys: HomeCountKey[]; channel: Channel }[] = [
  { keys: ['visitorsOnSite'], channel: 'visitors.onSite' },
  { keys: ['parcelsWaiting', 'parcelsOverdue', 'lettersDueToday'], channel: 'mail.items.search' },
  { keys: ['keysOut', 'keysOverdue'], channel: 'keys.loans.open' },
  { keys: ['courtesyOut', 'courtesyOverdue'], channel: 'lending.loans' },
  { keys: ['foundInCustody', 'foundExpiringSoon'], channel: 'lostfound.search' },
  { keys: ['foundExpired'], channel: 'lostfound.expired' },
  { keys: ['foundAlerts'], channel: 'lostfound.alerts.list' },
  { keys: ['handoverPending'], channel: 'handover.confirm' },
];

function countsFor(ctx: Ctx): HomeCounts {
  const roles = callerOf(ctx).roles;
  const allowed = new Set(LISTS.filter((l) => mayCall(l.channel, roles)).flatMap((l) => l.keys));
  const counts: HomeCounts['counts'] = {};
  let parcelAgingDays: number | null = null;
  const put = (key: HomeCountKey, value: () => number) => {
    if (allowed.has(key)) counts[key] = value();
  };
  put('visitorsOnSite', () => c.visitorsOnSite(ctx));
  put('parcelsWaiting', () => c.parcelsWaiting(ctx));
  put('parcelsOverdue', () => {
    const o = c.parcelsOverdue(ctx);
    parcelAgingDays = o.agingDays;
    return o.value;
  });
  put('lettersDueToday', () => c.lettersDueToday(ctx));
  put('keysOut', () => c.keysOut(ctx));
  put('keysOverdue', () => c.keysOverdue(ctx));
  put('courtesyOut', () => c.courtesyOut(ctx));
  put('courtesyOverdue', () => c.courtesyOverdue(ctx));
  put('foundInCustody', () => c.foundInCustody(ctx));
  put('foundExpiringSoon', () => c.foundExpiringSoon(ctx, FOUND_EXPIRING_DAYS));
  put('foundExpired', () => c.foundExpired(ctx));
  put('foundAlerts', () => c.foundAlerts(ctx, roles));
  put('handoverPending', () => c.handoverPending(ctx));
  Object.assign(counts, archiveCounts(ctx, roles));
  return { at: ctx.now.toISOString(), counts, parcelAgingDays, expiringDays: FOUND_EXPIRING_DAYS };
}

export const homeHandlers: ModuleHandlers<'home'> = {
  'home.counts': async (_input, ctx) => countsFor(ctx),
};
