import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../src-main/desk';
import { DeskError } from '../../src-shared/errors';
import type { Envelope } from '../../src-shared/errors';
import { ADMIN_PASSWORD, tempDir } from '../support/desk';

/**
 * The same faults as tests/db/faults.test.ts, but real: the data folder is a small tmpfs that really fills up, or is
 * really remounted read-only (a read-only remount while the desk holds the file open is refused by the kernel; that
 * case is simulated in faults.test.ts). Mounting needs root (as on this machine and its CI); elsewhere these tests are skipped
 * and say so.
 */
function canMount(): boolean {
  const probe = tempDir('frontdesk-mount-probe-');
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(probe, { recursive: true, force: true });
  }
}
const MOUNTABLE = canMount();
if (!MOUNTABLE) console.log('SKIPPED: tests/db/faults-disk.test.ts needs to mount a tmpfs (root); not possible here');

let mounted: string | null = null;
let desk: Desk | null = null;

function mountSmall(megabytes: number): string {
  const dir = tempDir('frontdesk-disk-');
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir]);
  mounted = dir;
  return dir;
}
afterEach(async () => {
  await desk?.close().catch(() => undefined);
  desk = null;
  if (mounted) {
    execFileSync('umount', ['-l', mounted]);
    fs.rmSync(mounted, { recursive: true, force: true });
    mounted = null;
  }
});

async function setUp(dataDir: string): Promise<{ desk: Desk; token: string; call: (channel: string, input: unknown) => Promise<Envelope<unknown>> }> {
  const d = await openDesk({ dataDir, jobsEveryMs: false });
  desk = d;
  const setup = await d.dispatch('auth.setup', { orgName: '阳光花园物业服务中心', username: 'admin', displayName: '王建军', password: ADMIN_PASSWORD });
  if (!setup.ok) throw new Error(setup.error.message);
  const token = (setup.data as { token: string }).token;
  return { desk: d, token, call: (channel, input) => d.dispatch(channel, input, { token }) };
}

const building = (n: number) => ({ name: `${n}` });
const countBuildings = async (call: (c: string, i: unknown) => Promise<Envelope<unknown>>) => {
  const res = await call('directory.buildings.list', {});
  if (!res.ok) throw new Error(res.error.message);
  return (res.data as unknown[]).length;
};

describe.skipIf(!MOUNTABLE)('a data folder on a disk that really fills up', () => {
  it('refuses writes with STORE_FULL once the disk is full, keeps every record and reads, and writes again when there is room', async () => {
    const dir = mountSmall(24);
    const { call } = await setUp(dir);
    expect((await call('directory.buildings.save', building(1))).ok).toBe(true);
    // Fill the disk to the last few kilobytes.
    const filler = path.join(dir, 'filler.bin');
    const fd = fs.openSync(filler, 'w');
    try {
      const chunk = Buffer.alloc(64 * 1024, 1);
      for (;;) fs.writeSync(fd, chunk);
    } catch {
      // ENOSPC: the disk is full.
    } finally {
      fs.closeSync(fd);
    }
    let refused: Envelope<unknown> | null = null;
    let saved = 1;
    for (let n = 2; n < 400 && !refused; n++) {
      const res = await call('directory.buildings.save', building(n));
      if (res.ok) saved += 1;
      else refused = res;
    }
    expect(refused?.ok).toBe(false);
    if (refused && !refused.ok) {
      expect(refused.error.code).toBe('STORE_FULL');
      expect(refused.error.message).toContain('磁盘空间已满');
    }
    expect(await countBuildings(call)).toBe(saved);
    fs.rmSync(filler);
    expect((await call('directory.buildings.save', building(900))).ok).toBe(true);
    expect(await countBuildings(call)).toBe(saved + 1);
  }, 60_000);
});

describe.skipIf(!MOUNTABLE)('a data folder that is really read-only', () => {
  it('at start: refused as STORE_READONLY naming the cause, the file untouched', async () => {
    const dir = mountSmall(24);
    const first = await setUp(dir);
    expect((await first.call('directory.buildings.save', building(3))).ok).toBe(true);
    await first.desk.close();
    desk = null;
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.db') || f.endsWith('.sqlite')) ?? '';
    const before = fs.readFileSync(path.join(dir, file));
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const err = await openDesk({ dataDir: dir, jobsEveryMs: false }).then(
      (d) => {
        desk = d;
        return null;
      },
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(DeskError);
    expect((err as DeskError).code).toBe('STORE_READONLY');
    expect(fs.readFileSync(path.join(dir, file)).equals(before)).toBe(true);
  });

});
