import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDesk, type Desk } from '../../src-main/desk';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import type { Envelope } from '../../src-shared/errors';
import { generateAll, type Generated } from './generate';
import { readDirectory } from './generate/directory';
import type { Sizes } from './scale';

export const USER = { username: 'bench', displayName: '王建华', password: 'Desk2026ok' };
const ROLES = ['receptionist', 'archivist', 'office_director', 'security_manager', 'service_manager', 'general_manager'];
const SIZES_FILE = 'bench-sizes.json';
const SECONDS_FILE = 'bench-generation.json';

export type DataSet = Generated & { userId: number };

/** The desk's clock, pinned to a Friday morning in Beijing and moving with real time, so "today" is the same every run. */
export function benchClock(): () => Date {
  const base = new Date('2026-11-20T10:00:00+08:00').getTime();
  const t0 = Date.now();
  return () => new Date(base + Date.now() - t0);
}

export type Call = (channel: string, input: unknown) => Promise<unknown>;

export function caller(desk: Desk, token: string): Call {
  return async (channel, input) => {
    const res = (await desk.dispatch(channel, input, { token })) as Envelope<unknown>;
    if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message} ${JSON.stringify(res.error.fields ?? {})}`);
    return res.data;
  };
}

/** A real desk, migrated like production, with its administrator and one desk user holding the staff roles, filled. */
export async function buildDataSet(dataDir: string, sizes: Sizes, clock: () => Date, log: (line: string) => void): Promise<DataSet> {
  log(`building data set in ${dataDir}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const setupDesk = await openDesk({ dataDir, clock, jobsEveryMs: false });
  try {
    const admin = (await caller(setupDesk, '')('auth.setup', { orgName: '阳光花园物业服务中心', username: 'admin', displayName: '王建军', password: 'Admin2026' })) as { token: string };
    await caller(setupDesk, admin.token)('users.create', { ...USER, roles: ROLES });
    const userId = setupDesk.store.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(USER.username) as number;
    const generated = await generateAll(setupDesk.store.db, sizes, clock(), userId, log);
    fs.writeFileSync(path.join(dataDir, SECONDS_FILE), JSON.stringify(generated.seconds));
    fs.writeFileSync(path.join(dataDir, SIZES_FILE), JSON.stringify(sizes));
    return { ...generated, userId };
  } finally {
    await setupDesk.close();
    // The bulk load ran without fsync: gigabytes of it may still wait in the page cache, and the file system would
    // flush them inside the first measured commits' fsync (ext4 orders data before its journal). A desk that has been
    // open a while has nothing of the kind pending.
    const fd = fs.openSync(path.join(dataDir, DB_FILE_NAME), 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  }
}

/** The data set a `keep` run left in `dataDir`, if it was built at these sizes. */
export function keptDataSet(dataDir: string, sizes: Sizes): DataSet | null {
  const marker = path.join(dataDir, SIZES_FILE);
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== JSON.stringify(sizes)) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) throw new Error(`${dataDir} holds something other than a ${JSON.stringify(sizes)} data set`);
    return null;
  }
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    const secondsFile = path.join(dataDir, SECONDS_FILE);
    const seconds = fs.existsSync(secondsFile) ? (JSON.parse(fs.readFileSync(secondsFile, 'utf8')) as Record<string, number>) : {};
    return { userId: db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(USER.username) as number, dir: readDirectory(db), seconds };
  } finally {
    db.close();
  }
}


/**
 * Builds the data set in a process of its own, so the desk is measured in a process that holds what a desk holds:
 * the generator's heap (a million rows passed through JavaScript) made the measured process's garbage collections,
 * and with them the write p95, several times what an open desk has.
 */
export async function buildInChild(dataDir: string, sizes: Sizes, log: (line: string) => void): Promise<DataSet> {
  const script = path.join(__dirname, 'build-cli.ts');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, JSON.stringify(sizes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      lines.forEach((line) => log(line));
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the data set failed (exit ${code})`))));
  });
  const built = keptDataSet(dataDir, sizes);
  if (!built) throw new Error(`no data set in ${dataDir} after building it`);
  return built;
}
