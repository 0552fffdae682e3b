import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../src-main/desk';
import { JOBS } from '../../src-main/jobs/schedule';
import { backupName } from '../../src-main/modules/backups/files';
import { testClock, tempDir } from '../support/desk';

const dirs: string[] = [];
let desk: Desk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
const daily = JOBS.find((j) => j.name === 'backups.daily')!;
const setUp = async (d: Desk) => {
  const res = await d.dispatch('auth.setup', { orgName: '阳光花园物业服务中心', username: 'admin', displayName: '王建军', password: 'Admin2026' });
  expect(res.ok).toBe(true);
};
const history = (d: Desk) => d.store.db.prepare('SELECT kind, ok, username FROM backup_history ORDER BY id').all();

describe('automatic backups', () => {
  it('the daily job backs up once a day and prunes old automatic backups by the retention rule', async () => {
    const dir = fresh();
    const clock = testClock('2026-11-20T02:00:00+08:00');
    desk = await openDesk({ dataDir: dir, clock, jobsEveryMs: false });
    await setUp(desk);
    const folder = path.join(dir, 'backups');
    fs.mkdirSync(folder);
    // Forty days of older daily backups and one manual one, which retention never touches.
    for (let i = 1; i <= 40; i++) fs.writeFileSync(path.join(folder, backupName('auto', new Date(clock().getTime() - i * 86_400_000))), 'x');
    const manual = backupName('manual', new Date('2026-09-01T10:00:00+08:00'));
    fs.writeFileSync(path.join(folder, manual), 'x');

    const summary = await desk.runJob(daily);
    expect(summary).toMatch(
      /^每日自动备份 frontdesk-20261120-020000-auto\.sqlite（[\d.]+ [KM]B）；按保留规则删除 31 个旧备份（frontdesk-20261011-020000-auto\.sqlite 至 frontdesk-20261113-020000-auto\.sqlite）$/,
    );
    const left = fs.readdirSync(folder).sort();
    expect(left).toContain(manual);
    // Kept: the last 7 days (11-14…11-20), the newest of the weeks of 11-09 and 11-02 (11-15 is already kept; 11-08,
    // 11-01) and of the months (11-20, 10-31). 10-26's week's newest is 11-01.
    const autoDays = left.filter((n) => n.endsWith('-auto.sqlite')).map((n) => n.slice(10, 18));
    expect(autoDays).toEqual(['20261031', '20261101', '20261108', '20261114', '20261115', '20261116', '20261117', '20261118', '20261119', '20261120']);

    expect(await desk.runJob(daily)).toBeNull(); // the same day: nothing more
    clock.advance(24 * 60);
    expect(await desk.runJob(daily)).toMatch(/^每日自动备份 frontdesk-20261121-020000-auto/);
    expect(history(desk)).toEqual([
      { kind: 'auto', ok: 1, username: 'system' },
      { kind: 'auto', ok: 1, username: 'system' },
    ]);
    const audit = desk.store.db.prepare(`SELECT count(*) FROM audit_log WHERE channel = 'job:backups.auto'`).pluck().get();
    expect(audit).toBe(2);
  });

  it('the desk backs up when it closes, if asked (the shell and the harness do)', async () => {
    const dir = fresh();
    const clock = testClock('2026-11-20T18:30:00+08:00');
    desk = await openDesk({ dataDir: dir, clock, jobsEveryMs: false, backupOnClose: true });
    await setUp(desk);
    await desk.close();
    desk = null;
    expect(fs.readdirSync(path.join(dir, 'backups'))).toEqual(['frontdesk-20261120-183000-exit.sqlite']);
    desk = await openDesk({ dataDir: dir, clock, jobsEveryMs: false });
    expect(history(desk)).toEqual([{ kind: 'exit', ok: 1, username: 'system' }]);
  });

  it('a desk nobody has set up is not backed up, so the first-run screen of a new desk finds no backup to restore', async () => {
    const dir = fresh();
    const clock = testClock('2026-11-20T18:30:00+08:00');
    desk = await openDesk({ dataDir: dir, clock, backupOnClose: true }); // the jobs run once at open, as on a new PC
    expect(await desk.runJob(daily)).toBeNull();
    const status = await desk.dispatch('auth.status', {});
    expect(status).toMatchObject({ ok: true, data: { needsSetup: true, backupsFound: null } });
    await desk.close();
    desk = null;
    expect(fs.existsSync(path.join(dir, 'backups')) ? fs.readdirSync(path.join(dir, 'backups')) : []).toEqual([]);
  });
});
