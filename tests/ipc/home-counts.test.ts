import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HomeCounts } from '../../src-shared/modules/home';
import type { LoanRow as KeyLoanRow } from '../../src-shared/modules/keys';
import type { LoanRow } from '../../src-shared/modules/lending';
import type { LfAlertRow, LfItemRow } from '../../src-shared/modules/lostfound';
import type { MailItemRow } from '../../src-shared/modules/mail';
import type { OnSite } from '../../src-shared/modules/visitors';
import { ADMIN_PASSWORD } from '../support/desk';
import { setupShiftDesk, type ShiftDesk } from './home-support';
import { sqlDuring } from '../support/plans';

let d: ShiftDesk;
beforeEach(async () => {
  d = await setupShiftDesk();
});
afterEach(() => d.t.close());

const counts = async (token: string) => (await d.t.ok<HomeCounts>('home.counts', {}, token)).counts;
const rows = async <T,>(channel: string, input: Record<string, unknown>, token: string) =>
  (await d.t.ok<{ rows: T[] }>(channel, input, token)).rows;

describe('home counts', () => {
  it('count what the desk has open at this moment, the same as the lists behind them', async () => {
    const desk = await d.t.ok<HomeCounts>('home.counts', {}, d.desk);
    expect(desk).toMatchObject({ at: '2026-11-23T03:00:00.000Z', parcelAgingDays: 3, expiringDays: 7 });
    expect(desk.counts).toEqual({
      visitorsOnSite: 2,
      parcelsWaiting: 3,
      parcelsOverdue: 1,
      lettersDueToday: 1,
      keysOut: 2,
      keysOverdue: 1,
      courtesyOut: 2,
      courtesyOverdue: 1,
      foundInCustody: 3,
      foundExpiringSoon: 1,
      foundExpired: 0,
      handoverPending: 0,
    });
    // Each number is the length of the list a tile opens.
    expect((await d.t.ok<OnSite>('visitors.onSite', {}, d.desk)).total).toBe(2);
    expect(await rows<MailItemRow>('mail.items.search', { kind: 'parcels', view: 'open' }, d.desk)).toHaveLength(3);
    expect(await rows<MailItemRow>('mail.items.search', { kind: 'parcels', view: 'overdue' }, d.desk)).toHaveLength(1);
    expect(await d.t.ok<KeyLoanRow[]>('keys.loans.open', { overdueOnly: false }, d.desk)).toHaveLength(2);
    expect(await d.t.ok<KeyLoanRow[]>('keys.loans.open', { overdueOnly: true }, d.desk)).toHaveLength(1);
    expect(await rows<LoanRow>('lending.loans', { view: 'open' }, d.desk)).toHaveLength(2);
    expect(await rows<LoanRow>('lending.loans', { view: 'overdue' }, d.desk)).toHaveLength(1);
    expect(await rows<LfItemRow>('lostfound.search', { status: 'in_custody' }, d.desk)).toHaveLength(3);
    expect(await d.t.ok<LfAlertRow[]>('lostfound.alerts.list', {}, d.security)).toHaveLength(1);

    // Two days on: the food item is past its keeping period; the old parcel is still waiting.
    await d.advanceMinutes(2 * 24 * 60);
    expect(await counts(d.desk)).toMatchObject({ foundInCustody: 3, foundExpiringSoon: 0, foundExpired: 1, parcelsOverdue: 1, keysOverdue: 2 });
    expect(await d.t.ok<LfItemRow[]>('lostfound.expired', {}, d.desk)).toHaveLength(1);
  });

  it('answer each role only the numbers of the lists it may open', async () => {
    // Security: no mail (only the desk sees tenants' mail, 001 §3.8.15), but the high-value alert addressed to it.
    expect(await counts(d.security)).toEqual({
      visitorsOnSite: 2, keysOut: 2, keysOverdue: 1, courtesyOut: 2, courtesyOverdue: 1,
      foundInCustody: 3, foundExpiringSoon: 1, foundExpired: 0, foundAlerts: 1,
    });
    // Customer service: found items and its own alert only.
    expect(await counts(d.service)).toEqual({ foundInCustody: 3, foundExpiringSoon: 1, foundExpired: 0, foundAlerts: 1 });
    // The GM reads everything the desk does, plus alerts and archive borrowing.
    const gm = await counts(d.gm);
    expect(gm).toMatchObject({ visitorsOnSite: 2, parcelsWaiting: 3, foundAlerts: 1, archiveApprovals: 0, archiveLoansOverdue: 0 });
    expect(gm.handoverPending).toBeUndefined();
    // The archivist: overdue archive loans, no approvals of its own, no desk business.
    expect(await counts(d.archivist)).toEqual({ archiveLoansOverdue: 0 });
    // Acknowledged alerts drop out for that role only.
    const alerts = await d.t.ok<LfAlertRow[]>('lostfound.alerts.list', {}, d.security);
    await d.t.ok('lostfound.alerts.ack', { ids: alerts.map((a) => a.id) }, d.security);
    expect((await counts(d.security)).foundAlerts).toBe(0);
    expect((await counts(d.service)).foundAlerts).toBe(1);
    // The administrator sees no business data at all.
    expect(await d.t.call('home.counts', {}, await d.t.login('admin', ADMIN_PASSWORD))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('run every count on an index, never a scan of the whole table', async () => {
    const db = d.t.desk.store.db;
    const seen = await sqlDuring(db, async () => {
      await counts(d.gm);
      await counts(d.security);
      await counts(d.desk);
    });
    const countSql = [...new Set(seen.filter((s) => /^\s*SELECT count\(\*\)/i.test(s)))];
    expect(countSql.length).toBeGreaterThanOrEqual(15);
    for (const sql of countSql) {
      const params = (sql.match(/\?/g) ?? []).map(() => '2026-11-23');
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
      for (const step of plan) {
        // A SCAN is allowed only along a partial index, which holds the open rows only, never all ten years.
        if (/^SCAN /.test(step)) {
          const index = /USING (?:COVERING )?INDEX (\w+)/.exec(step)?.[1] ?? '';
          const def = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?`).pluck().get(index) as string | undefined;
          expect(def ?? `no index: ${step}`, sql).toMatch(/ WHERE /);
        }
        if (process.env.SHOW_PLANS) console.log(step, '←', sql.replace(/\s+/g, ' ').slice(0, 90));
        if (/^SEARCH /.test(step)) expect(step, sql).toMatch(/INDEX|PRIMARY KEY/);
      }
    }
  });
});
