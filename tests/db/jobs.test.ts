import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDesk, type Desk } from '../../src-main/desk';
import { setupDesk, testClock, type TestDesk } from '../support/desk';

let t: TestDesk | null = null;
let reopened: Desk | null = null;
afterEach(async () => {
  await reopened?.close();
  reopened = null;
  await t?.close();
  t = null;
});

/** A desk with one visitor checked in at 22:00 who never signs out. */
async function deskWithOpenVisit(): Promise<TestDesk> {
  const desk = await setupDesk({ clock: testClock('2026-11-20T22:00:00+08:00') });
  const clerk = await desk.createUser('qianmei', '钱梅', ['receptionist']);
  const b = await desk.ok<{ id: number }>('directory.buildings.save', { name: '3' }, clerk);
  const u = await desk.ok<{ id: number }>('directory.units.save', { buildingId: b.id, entrance: '2', room: '1203' }, clerk);
  await desk.ok('visitors.checkIn', { name: '王建华', idType: 'resident_id', idNumber: '110101199003078670', purpose: '探亲访友', unitId: u.id }, clerk);
  return desk;
}

const openVisits = (d: Desk) => d.store.db.prepare('SELECT count(*) FROM visits WHERE checked_out_at IS NULL').pluck().get();

describe("the desk's own jobs", () => {
  it('close forgotten visits when the desk opens after the end-of-day time', async () => {
    t = await deskWithOpenVisit();
    await t.desk.close();
    reopened = await openDesk({ dataDir: t.dir, clock: () => new Date('2026-11-21T08:00:00+08:00'), jobsEveryMs: 60_000 });
    expect(openVisits(reopened)).toBe(0);
    const row = reopened.store.db.prepare('SELECT checkout_kind AS kind, checked_out_at AS at FROM visits').get();
    expect(row).toEqual({ kind: 'auto', at: new Date('2026-11-20T23:00:00+08:00').toISOString() });
    const audit = reopened.store.db.prepare(`SELECT username, summary FROM audit_log WHERE channel = 'job:visitors.autoCheckOut'`).all();
    expect(audit).toEqual([{ username: 'system', summary: '自动签离 1 条未签离访客：FK-20261120-0001' }]);
  });

  it('run on their timer while the desk is open', async () => {
    t = await deskWithOpenVisit();
    await t.desk.close();
    const clock = testClock('2026-11-20T22:30:00+08:00');
    reopened = await openDesk({ dataDir: t.dir, clock, jobsEveryMs: 20 });
    expect(openVisits(reopened)).toBe(1);
    clock.advance(31);
    const desk = reopened;
    await vi.waitFor(() => expect(openVisits(desk)).toBe(0), { timeout: 5_000, interval: 20 });
  });
});
