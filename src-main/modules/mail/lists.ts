import dayjs from 'dayjs';
import type { CallListEntry, MailItemRow } from '../../../src-shared/modules/mail';
import { formatTime } from '../../../src-shared/rules/time';
import { callerOf, type Ctx } from '../../ipc/context';
import { readSettings } from '../settings/store';
import { DeskError } from '../../../src-shared/errors';
import type { PickupNotice } from '../../../src-shared/modules/mail';
import { msg } from './messages';
import { sqlLimit } from '../../db/statements';
import { addEvent, itemsWhere, publicItem, type Aging } from './queries';
import { mailSearch } from './search';
import { wholeTrackingNo } from './tracking';
import type { MatchFragment } from '../../search/query';

export interface ItemQuery {
  q: string;
  kind: 'parcels' | 'letters' | 'all';
  view: 'open' | 'unmatched' | 'overdue' | 'exceptions' | 'all';
  from?: string;
  to?: string;
  limit: number;
  before?: number;
}

/** The last day a parcel may have come in and still not be overdue today: more than `agingDays` calendar days ago. */
export const agingCutoffDay = (aging: Aging) => dayjs(aging.now).subtract(aging.agingDays + 1, 'day').format('YYYY-MM-DD');

const VIEWS: Record<ItemQuery['view'], string> = {
  all: '1',
  open: 'm.closed_at IS NULL',
  unmatched: 'm.closed_at IS NULL AND m.matched = 0',
  overdue: `m.status = 'waiting' AND ((m.kind = 'parcel' AND m.received_day <= @cutoff) OR (m.kind <> 'parcel' AND m.due_at < @now))`,
  exceptions: `(m.status IN ('refused', 'lost', 'returned') OR m.damaged_at IS NOT NULL)`,
};

/**
 * Newest first, keyset-paged by id, so the first page costs the same on ten years of mail as on one day. A whole
 * tracking number (typed or scanned) is looked up in its own index; parts of one go through the search index.
 */
export function searchItems(ctx: Ctx, aging: Aging, query: ItemQuery): MailItemRow[] {
  const kind = query.kind === 'parcels' ? `m.kind = 'parcel'` : query.kind === 'letters' ? `m.kind <> 'parcel'` : '1';
  const named = {
    from: query.from ?? null,
    to: query.to ?? null,
    before: query.before ?? null,
    // Only the overdue view reads these; a scanned tracking number should not pay for date arithmetic.
    ...(query.view === 'overdue' ? { cutoff: agingCutoffDay(aging), now: aging.now.toISOString() } : {}),
  };
  const where = (cond: string | null, params: unknown[], limit: number) =>
    itemsWhere(
      ctx.db,
      aging,
      `${cond ? `${cond} AND` : ''} ${kind} AND ${VIEWS[query.view]}
        AND (@from IS NULL OR m.received_day >= @from) AND (@to IS NULL OR m.received_day <= @to) AND (@before IS NULL OR m.id < @before)
      ORDER BY m.id DESC ${sqlLimit(limit)}`,
      ...params,
      named,
    );
  const run = (match: MatchFragment | null, limit: number) => (match ? where(`m.id IN (${match.sql})`, match.params, limit) : where(null, [], limit));
  const tracking = wholeTrackingNo(query.q);
  // `<> ''` lets the planner use the partial index mail_items_tracking.
  const exact = tracking ? where(`m.tracking_no = ? AND m.tracking_no <> ''`, [tracking], query.limit) : [];
  const rows = exact.length ? exact : (mailSearch.page(ctx.db, query.q, query, run) ?? run(null, query.limit));
  return rows.map(publicItem);
}

/** Parcels waiting longer than the aging days, one entry per recipient (unit, or name if unmatched), oldest first. */
export function callList(ctx: Ctx, aging: Aging): CallListEntry[] {
  const items = itemsWhere(
    ctx.db,
    aging,
    `m.kind = 'parcel' AND m.status = 'waiting' AND m.received_day <= @cutoff ORDER BY m.received_at`,
    { cutoff: agingCutoffDay(aging) },
  );
  const groups = new Map<string, CallListEntry>();
  for (const m of items) {
    const key = m.unitId ? `u:${m.unitId}` : `n:${m.recipientName}`;
    const g = groups.get(key) ?? {
      key,
      unitLabel: m.unitLabel,
      recipientName: m.recipientName,
      phone: m.recipientPhone,
      items: [],
      oldestDays: m.waitingDays,
      notifiedAt: null,
    };
    g.items.push(publicItem(m));
    g.phone ||= m.recipientPhone;
    if (m.notifiedAt && (!g.notifiedAt || m.notifiedAt > g.notifiedAt)) g.notifiedAt = m.notifiedAt;
    groups.set(key, g);
  }
  return [...groups.values()];
}

export function recordNotified(ctx: Ctx, aging: Aging, ids: number[], how: 'phone' | 'slip'): number {
  const caller = callerOf(ctx);
  const items = itemsWhere(ctx.db, aging, `m.id IN (SELECT value FROM json_each(?)) AND m.status = 'waiting'`, JSON.stringify([...new Set(ids)]));
  if (!items.length) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityItem') });
  const mark = ctx.db.prepare('UPDATE mail_items SET notified_at = ?, notify_count = notify_count + 1 WHERE id = ?');
  const howLabel = how === 'phone' ? '电话通知' : '投放取件通知单';
  for (const m of items) {
    mark.run(ctx.now.toISOString(), m.id);
    // The history keeps the method's code; the screen says it in the reader's language.
    addEvent(ctx.db, m.id, 'notified', ctx.now, caller.userId, how);
  }
  ctx.note({ entity: 'mail_item', summary: `${howLabel}：${items.map((m) => `${m.unitLabel} ${m.pickupCode}`.trim()).join('、')}` });
  return items.length;
}

/** 取件通知单 for one recipient's waiting parcels: codes, carriers and the number's last digits, nothing about contents. */
export function pickupNotice(ctx: Ctx, aging: Aging, ids: number[]): PickupNotice {
  const items = itemsWhere(ctx.db, aging, `m.id IN (SELECT value FROM json_each(?)) AND m.kind = 'parcel' AND m.status = 'waiting' ORDER BY m.id`,
    JSON.stringify([...new Set(ids)]),
  );
  if (!items.length) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityItem') });
  return {
    orgName: readSettings(ctx.db).orgName,
    unitLabel: items[0].unitLabel,
    recipientName: items[0].recipientName,
    items: items.map((m) => ({
      pickupCode: m.pickupCode,
      carrierName: m.carrierName,
      trackingTail: m.trackingNo.slice(-4),
      receivedAt: formatTime(m.receivedAt),
    })),
    printedAt: formatTime(ctx.now.toISOString()),
  };
}
