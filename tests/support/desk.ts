import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDesk, type Desk } from '../../src-main/desk';
import type { Envelope } from '../../src-shared/errors';
import type { Role } from '../../src-shared/roles';

export const ADMIN_PASSWORD = 'Admin2026';
export const USER_PASSWORD = 'Desk2026ok';

/** A clock tests can move: `clock.advance(minutes)`. */
export function testClock(start = '2026-11-20T09:00:00+08:00') {
  let now = new Date(start).getTime();
  const fn = () => new Date(now);
  return Object.assign(fn, { advance: (minutes: number) => void (now += minutes * 60_000) });
}

export interface TestDesk {
  desk: Desk;
  dir: string;
  clock: ReturnType<typeof testClock>;
  adminToken: string;
  call<T = unknown>(channel: string, input: unknown, token?: string | null): Promise<Envelope<T>>;
  ok<T = unknown>(channel: string, input: unknown, token?: string | null): Promise<T>;
  login(username: string, password?: string): Promise<string>;
  createUser(username: string, displayName: string, roles: Role[]): Promise<string>;
  close(): Promise<void>;
}

export function tempDir(prefix = 'frontdesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A real desk on a real SQLite file in a temp dir, migrated like production, with the first-run admin set up. */
export async function setupDesk(opts: { clock?: ReturnType<typeof testClock> } = {}): Promise<TestDesk> {
  const dir = tempDir();
  const clock = opts.clock ?? testClock();
  // The desk's own jobs would run against the moved clock at random moments; tests run them explicitly.
  const desk = await openDesk({ dataDir: dir, clock, jobsEveryMs: false });
  const call = <T,>(channel: string, input: unknown, token?: string | null) =>
    desk.dispatch(channel, input, { token: token ?? null }) as Promise<Envelope<T>>;
  const ok = async <T,>(channel: string, input: unknown, token?: string | null): Promise<T> => {
    const res = await call<T>(channel, input, token);
    if (!res.ok) throw new Error(`${channel} failed: ${res.error.code} ${res.error.message} ${JSON.stringify(res.error.fields ?? {})}`);
    return res.data;
  };
  const setup = await ok<{ token: string }>('auth.setup', {
    orgName: '阳光花园物业服务中心',
    username: 'admin',
    displayName: '王建军',
    password: ADMIN_PASSWORD,
  });
  const t: TestDesk = {
    desk,
    dir,
    clock,
    adminToken: setup.token,
    call,
    ok,
    login: async (username, password = USER_PASSWORD) => (await ok<{ token: string }>('auth.login', { username, password })).token,
    createUser: async (username, displayName, roles) => {
      await ok('users.create', { username, displayName, roles, password: USER_PASSWORD }, setup.token);
      return t.login(username);
    },
    close: async () => {
      await desk.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** A fingerprint of every row of every table, to prove a refused call changed nothing. */
export function storeFingerprint(desk: Desk): string {
  const db = desk.store.db;
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_key_%' AND name NOT LIKE '%_tri_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return tables.map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT * FROM "${t}"`).raw().all())}`).join('\n');
}
