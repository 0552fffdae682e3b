import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import { openDesk } from '../../src-main/desk';
import { DeskError } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n';
import type { OnSite, VisitRow } from '../../src-shared/modules/visitors';
import { setupDesk, storeFingerprint, tempDir, testClock, type TestDesk } from '../support/desk';

/**
 * What the desk says and keeps when the store cannot take a write: a full disk, a file held by another program, a
 * store that refuses writes. Each time: a specific Chinese message, nothing half-written, reads keep working, and the
 * next write succeeds once the cause is gone.
 */
let t: TestDesk;
let desk: string;
let unitId: number;
let holder: ChildProcess | null = null;

beforeEach(async () => {
  t = await setupDesk({ clock: testClock('2026-11-20T09:00:00+08:00') });
  desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  const b3 = (await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, desk)).id;
  unitId = (await t.ok<{ id: number }>('directory.units.save', { buildingId: b3, entrance: '2', room: '1203' }, desk)).id;
});
afterEach(async () => {
  holder?.kill('SIGKILL');
  holder = null;
  await t.close();
});

/** A resident ID number that passes GB 11643, different for every visitor. */
function idNumber(seq: number): string {
  const body = `11010119900307${String(seq % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

let n = 0;
const visit = () => {
  n += 1;
  return { name: `王建${'华明军强伟'[n % 5]}`, idType: 'resident_id', idNumber: idNumber(n), phone: '13912345678', purpose: '商务洽谈', unitId, partySize: 1, plate: '', company: `华为技术有限公司第${n}分部`.repeat(3) };
};
const checkIn = (token = desk) => t.call<VisitRow>('visitors.checkIn', visit(), token);
const onSite = () => t.ok<OnSite>('visitors.onSite', {}, desk);

describe('a full disk', () => {
  it('refuses the write with STORE_FULL, keeps every record, reads on, and writes again once there is room', async () => {
    const db = t.desk.store.db;
    expect((await checkIn()).ok).toBe(true);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    let refused: Awaited<ReturnType<typeof checkIn>> | null = null;
    let before = '';
    for (let i = 0; i < 200 && !refused; i++) {
      before = storeFingerprint(t.desk);
      const res = await checkIn();
      if (!res.ok) refused = res;
    }
    expect(refused?.ok).toBe(false);
    if (refused && !refused.ok) {
      expect(refused.error.code).toBe('STORE_FULL');
      expect(refused.error.message).toContain('磁盘空间已满');
    }
    expect(storeFingerprint(t.desk)).toBe(before);
    const onSiteNow = (await onSite()).total;
    expect(onSiteNow).toBeGreaterThan(0);
    db.pragma('max_page_count = 1073741823');
    expect((await checkIn()).ok).toBe(true);
    expect((await onSite()).total).toBe(onSiteNow + 1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('a store that refuses writes', () => {
  it('answers STORE_READONLY, keeps reads working and writes nothing', async () => {
    const db = t.desk.store.db;
    expect((await checkIn()).ok).toBe(true);
    const before = storeFingerprint(t.desk);
    db.pragma('query_only = ON');
    try {
      const res = await checkIn();
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('STORE_READONLY');
      expect((await onSite()).total).toBe(1);
    } finally {
      db.pragma('query_only = OFF');
    }
    expect(storeFingerprint(t.desk)).toBe(before);
  });
});

describe('a data file held by another process', () => {
  it('answers STORE_BUSY while another process holds the write lock; reads go on meanwhile; the write succeeds once the other process lets go', async () => {
    expect((await checkIn()).ok).toBe(true);
    const file = path.join(t.dir, DB_FILE_NAME);
    // Another program takes the write lock and holds it until killed.
    holder = spawn(process.execPath, [
      '-e',
      `const D=require('better-sqlite3');const db=new D(${JSON.stringify(file)});db.pragma('busy_timeout=0');db.exec('BEGIN IMMEDIATE');process.stdout.write('locked\\n');setInterval(()=>{},1000);`,
    ], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      holder?.stdout?.on('data', (d: Buffer) => d.toString().includes('locked') && resolve());
      holder?.on('exit', (code) => reject(new Error(`lock holder exited ${code}`)));
    });
    const before = storeFingerprint(t.desk);
    expect((await onSite()).total).toBe(1);
    const res = await checkIn();
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('STORE_BUSY');
      expect(res.error.message).toContain('另一个程序占用');
    }
    expect(storeFingerprint(t.desk)).toBe(before);
    holder.kill('SIGKILL');
    await new Promise((r) => holder?.once('exit', r));
    holder = null;
    expect((await checkIn()).ok).toBe(true);
    expect((await onSite()).total).toBe(2);
  }, 30_000);
});

describe('a damaged data file at start', () => {
  it.each([
    ['garbage', Buffer.from('这不是数据库文件 — not a database at all '.repeat(200))],
    ['a truncated store', null],
  ])('refuses %s with STORE_CORRUPT naming the file, and leaves it untouched', async (_label, bytes) => {
    const dir = tempDir('frontdesk-corrupt-');
    const file = path.join(dir, DB_FILE_NAME);
    if (bytes) fs.writeFileSync(file, bytes);
    else {
      // A real store cut short after its header: the kind of file a failing disk or a half-copied backup leaves.
      fs.copyFileSync(path.join(t.dir, DB_FILE_NAME), file);
      const whole = fs.readFileSync(file);
      fs.writeFileSync(file, Buffer.concat([whole.subarray(0, 100), Buffer.alloc(4096, 0xff)]));
    }
    const before = fs.readFileSync(file);
    try {
      const err = await openDesk({ dataDir: dir, jobsEveryMs: false }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(DeskError);
      expect((err as DeskError).code).toBe('STORE_CORRUPT');
      const message = translate('zh-CN', `errors.${(err as DeskError).code}`, (err as DeskError).params);
      expect(message).toContain(file);
      expect(message).toContain('从备份恢复');
      expect(fs.readFileSync(file).equals(before)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a data file gone missing beside its backups', () => {
  it('starts a fresh store, and the first-run screen says how many backups there are to restore', async () => {
    expect((await t.call('backups.run', {}, t.adminToken)).ok).toBe(true);
    const status = await t.ok<{ needsSetup: boolean; backupsFound: unknown }>('auth.status', {});
    expect(status).toMatchObject({ needsSetup: false, backupsFound: null });
    const dir = t.dir;
    await t.desk.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(path.join(dir, DB_FILE_NAME + suffix), { force: true });
    const desk = await openDesk({ dataDir: dir, jobsEveryMs: false });
    try {
      const res = await desk.dispatch('auth.status', {});
      expect(res.ok).toBe(true);
      if (res.ok) expect(res.data).toMatchObject({ needsSetup: true, backupsFound: { count: 1, latest: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/) } });
    } finally {
      await desk.close();
    }
  });
});
