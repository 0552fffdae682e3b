import dayjs from 'dayjs';
import { LF_ALERTED } from '../../../src-shared/modules/lostfound';
import type { Ctx } from '../../ipc/context';
import { agingCutoffDay } from '../mail/lists';
import { readMailSettings } from '../mail/settings';

/**
 * The desk's open work as COUNTs. Each predicate is the one the module's own list uses (cited), and each runs on a
 * partial index of the open rows only, so it costs the same on ten years of closed records as on one day.
 */
const count = (ctx: Ctx, sql: string, ...params: unknown[]): number => ctx.db.prepare(sql).pluck().get(...params) as number;

/**
 * Checked in and not out (visitors `onSite`). Named index: left to itself the planner walks the covering
 * `visits_person`, which holds every visit ever made; `visits_open` holds only the open ones.
 */
export const visitorsOnSite = (ctx: Ctx): number => count(ctx, 'SELECT count(*) FROM visits INDEXED BY visits_open WHERE checked_out_at IS NULL');

/** Parcels on the shelf (mail view `open`, kind parcels, status waiting); index `mail_items_open`. */
export const parcelsWaiting = (ctx: Ctx): number =>
  count(ctx, `SELECT count(*) FROM mail_items WHERE closed_at IS NULL AND kind = 'parcel' AND status = 'waiting'`);

/** Parcels waiting longer than the mail setting's aging days (mail view `overdue`, `callList`, 001 §3.8.13). */
export function parcelsOverdue(ctx: Ctx): { value: number; agingDays: number } {
  const agingDays = readMailSettings(ctx.db).agingDays;
  const cutoff = agingCutoffDay({ now: ctx.now, agingDays });
  const value = count(
    ctx,
    `SELECT count(*) FROM mail_items WHERE closed_at IS NULL AND kind = 'parcel' AND status = 'waiting' AND received_day <= ?`,
    cutoff,
  );
  return { value, agingDays };
}

/**
 * Letters still to be put into mailboxes whose delivery time (`due_at`, set from the mail settings) falls today or has
 * already passed: "to be delivered within the set time" (001 §3.8.13).
 */
export const lettersDueToday = (ctx: Ctx): number =>
  count(
    ctx,
    `SELECT count(*) FROM mail_items WHERE closed_at IS NULL AND kind IN ('letter', 'registered') AND status = 'waiting'
       AND due_at IS NOT NULL AND due_at <= ?`,
    dayjs(ctx.now).endOf('day').toISOString(),
  );

/** Open key loans, one per key or ring (keys `openLoans`); index `key_loans_open`. */
export const keysOut = (ctx: Ctx): number => count(ctx, `SELECT count(*) FROM key_loans WHERE status = 'open'`);

/** Open key loans past their expected return at this moment (keys `openLoans(overdueOnly)`). */
export const keysOverdue = (ctx: Ctx): number =>
  count(ctx, `SELECT count(*) FROM key_loans WHERE status = 'open' AND expected_at < ?`, ctx.now.toISOString());

/** Courtesy loans not fully returned (lending `searchLoans` view `open`); index `lending_loans_open`. */
export const courtesyOut = (ctx: Ctx): number => count(ctx, 'SELECT count(*) FROM lending_loans WHERE returned_at IS NULL');

/** … of which past their due time (view `overdue`). */
export const courtesyOverdue = (ctx: Ctx): number =>
  count(ctx, 'SELECT count(*) FROM lending_loans WHERE returned_at IS NULL AND due_at < ?', ctx.now.toISOString());

/** Found items in custody, awaiting their owner (001 §4.10.2); index `lostfound_items_open`. */
export const foundInCustody = (ctx: Ctx): number => count(ctx, `SELECT count(*) FROM lostfound_items WHERE status = 'in_custody'`);

/** In custody, not yet expired, the keeping period ending within `days` (001 §4.10.3: then the GM decides). */
export const foundExpiringSoon = (ctx: Ctx, days: number): number =>
  count(
    ctx,
    `SELECT count(*) FROM lostfound_items WHERE status = 'in_custody' AND expires_at > ? AND expires_at <= ?`,
    ctx.now.toISOString(),
    dayjs(ctx.now).add(days, 'day').toISOString(),
  );

/** In custody past the keeping period or the police due date (lostfound `expiredItems`). */
export function foundExpired(ctx: Ctx): number {
  const now = ctx.now.toISOString();
  return count(
    ctx,
    `SELECT count(*) FROM lostfound_items WHERE status = 'in_custody' AND (expires_at <= ? OR (police_due_at IS NOT NULL AND police_due_at <= ?))`,
    now,
    now,
  );
}

/** High-value alerts addressed to one of the caller's roles and not acknowledged (lostfound `listAlerts`, §4.10.1). */
export function foundAlerts(ctx: Ctx, roles: readonly string[]): number {
  const mine = LF_ALERTED.filter((r) => roles.includes(r));
  if (!mine.length) return 0;
  return count(ctx, `SELECT count(*) FROM lostfound_alerts WHERE acked_at IS NULL AND role IN (${mine.map(() => '?').join(', ')})`, ...mine);
}

/** A handover report submitted and waiting for the incoming receptionist; index `handovers_pending`. */
export const handoverPending = (ctx: Ctx): number => count(ctx, `SELECT count(*) FROM handovers WHERE status = 'submitted'`);
