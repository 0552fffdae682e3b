import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { openDesk, type Desk } from '../../src-main/desk';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import { openStore } from '../../src-main/db/open';
import { startHarness, type Harness } from '../../src-main/harness/server';
import { channelDef, isChannel } from '../../src-shared/contract';
import type { Envelope } from '../../src-shared/errors';
import type { Role } from '../../src-shared/roles';
import type { Caller, Ctx } from '../../src-main/ipc/context';
import { handlers } from '../../src-main/ipc/handlers';
import { generateAll, type Generated } from './generate';
import { readDirectory } from './generate/directory';
import { rng } from './generate/common';
import { timeCalls, timeOnce, type Stats } from './measure';
import { readProbes, searchProbes, type Probe } from './queries';
import { verdictsFor, type BenchResult, type Measurement, type MeasurementKind } from './report';
import { SCALES, type ScaleName, type Sizes } from './scale';
import { writeProbes } from './writes';

export interface BenchOptions {
  scale: ScaleName;
  /** Overrides of the scale's sizes (the smoke test shrinks further). */
  sizes?: Partial<Sizes>;
  /** Render the 1,000-row register to PDF in Chromium (needs `npm run build:web`). */
  pdf?: boolean;
  log?: (line: string) => void;
  /**
   * Build the data set in this directory and leave it there; a later run with the same directory and scale reuses it
   * instead of generating again (for iterating on the design; the published figures come from a fresh set).
   */
  keep?: string;
  /** Measure only the figures whose id starts with one of these (for iterating; a published run measures all). */
  only?: string[];
}

const USER = { username: 'bench', displayName: '王建华', password: 'Desk2026ok' };
const ROLES = ['receptionist', 'archivist', 'office_director', 'security_manager', 'service_manager', 'general_manager'];
const STATIC_DIR = path.resolve('out/web');

/** The desk's clock, pinned to a Friday morning in Beijing and moving with real time, so "today" is the same every run. */
function benchClock(): () => Date {
  const base = new Date('2026-11-20T10:00:00+08:00').getTime();
  const t0 = Date.now();
  return () => new Date(base + Date.now() - t0);
}

type Call = (channel: string, input: unknown) => Promise<unknown>;

function caller(desk: Desk, token: string): Call {
  return async (channel, input) => {
    const res = (await desk.dispatch(channel, input, { token })) as Envelope<unknown>;
    if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message} ${JSON.stringify(res.error.fields ?? {})}`);
    return res.data;
  };
}

function httpCaller(h: Harness, token: string): Call {
  return async (channel, input) => {
    const res = await fetch(`${h.url}api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const env = (await res.json()) as Envelope<unknown>;
    if (!env.ok) throw new Error(`http ${channel}: ${env.error.code}`);
    return env.data;
  };
}

const rowCount = (data: unknown): number | null => {
  if (Array.isArray(data)) return data.length;
  if (data && typeof data === 'object' && 'rows' in data && Array.isArray(data.rows)) return data.rows.length;
  return null;
};

type ServiceCall = ReturnType<typeof serviceCaller>;

function measurement(
  p: Pick<Measurement, 'id' | 'module' | 'channel' | 'what'> & { kind: MeasurementKind },
  service: Stats | null,
  dispatch: Stats | null,
  raw: Stats | null,
  http: Stats | null,
  rows: number | null,
): Measurement {
  const ratio = service && raw && raw.p50 > 0 ? Math.round((service.p50 / raw.p50) * 100) / 100 : null;
  return { ...p, service, dispatch, raw, http, ratio, rows, verdicts: verdictsFor(p.kind, service, ratio, http) };
}

/**
 * The service function the dispatcher calls for `channel`, called as the dispatcher calls it for a read (no
 * transaction), with the input already validated: what the desk itself costs, without session lookup and validation.
 */
function serviceCaller(desk: Desk, username: string): (channel: string, input: unknown) => unknown {
  const db = desk.store.db;
  const u = db.prepare('SELECT id AS userId, username, display_name AS displayName, roles FROM users WHERE username = ?').get(username) as Omit<Caller, 'roles' | 'token'> & { roles: string };
  const caller: Caller = { ...u, roles: u.roles.split(',') as Role[], token: '' };
  return (channel, input) => {
    if (!isChannel(channel)) throw new Error(`unknown channel ${channel}`);
    const handler = handlers[channel] as (input: unknown, ctx: Ctx) => unknown;
    const ctx: Ctx = { rt: desk.rt, em: desk.rt.ds.manager, db: desk.rt.db, caller, now: desk.rt.clock(), lang: 'zh-CN', channel, note: () => undefined };
    return handler(input, ctx);
  };
}

async function measureProbe(p: Probe, call: Call, service: ServiceCall | null, http: Call | null): Promise<Measurement> {
  // Counted on an index no timed call uses (timeCalls warms up on reps…reps+4): a write must not repeat its input.
  const rows = rowCount(await call(p.channel, p.input(p.reps + 10)));
  const dispatched = await timeCalls(p.reps, (i) => call(p.channel, p.input(i)));
  let direct: Stats | null = null;
  if (service && p.kind !== 'write') {
    // Validated before the clock starts: validation is the dispatcher's part, timed in `dispatched`.
    const def = isChannel(p.channel) ? channelDef(p.channel) : null;
    const inputs = Array.from({ length: p.reps + 10 }, (_, i) => def?.input.parse(p.input(i)));
    direct = await timeCalls(p.reps, (i) => service(p.channel, inputs[i]));
  }
  const raw = p.raw ? await timeCalls(p.reps, p.raw) : null;
  const overHttp = p.http && http ? await timeCalls(p.reps, (i) => http(p.channel, p.input(i))) : null;
  return measurement(p, direct ?? dispatched, dispatched, raw, overHttp, rows);
}

/** The first day of the latest `n` visits (the register period holding about n rows). */
function periodOf(db: Database.Database, n: number, today: string): { from: string; to: string } {
  const from = db.prepare(`SELECT visit_day FROM visits WHERE visit_day <= ? ORDER BY id DESC LIMIT 1 OFFSET ?`).pluck().get(today, n - 1) as string | undefined;
  return { from: from ?? (db.prepare('SELECT min(visit_day) FROM visits').pluck().get() as string), to: today };
}

/** Builds the data set in a temporary data dir, measures every figure of issue 10 and returns them; removes the dir. */
export async function runBench(opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? (() => undefined);
  const sizes: Sizes = { ...SCALES[opts.scale], ...opts.sizes };
  const startedAt = new Date();
  const clock = benchClock();
  const dataDir = opts.keep ? path.resolve(opts.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-'));
  const file = path.join(dataDir, DB_FILE_NAME);
  let harness: Harness | null = null;
  try {
    const built = opts.keep ? keptDataSet(dataDir, sizes) : null;
    const gen = built ? { ms: 0, value: built } : await timeOnce(() => buildDataSet(dataDir, sizes, clock, log));
    const userId = gen.value.userId;
    const measureStart = Date.now();
    const measurements: Measurement[] = [];

    // 2. Opening the full store, migration check included; the reference opens the file and reads its schema version.
    const openReps = Math.min(3, sizes.reps);
    const open = await timeCalls(openReps, async () => (await openStore(dataDir)).ds.destroy(), 0);
    const openRaw = await timeCalls(openReps, () => {
      const db = new Database(file);
      db.pragma('user_version');
      db.close();
    }, 0);
    measurements.push(measurement({ id: 'openStore', module: 'db', channel: 'openStore', kind: 'open', what: '打开数据库（含迁移检查）' }, open, null, openRaw, null, null));
    log(`open: p95 ${open.p95.toFixed(1)} ms`);

    // 3. The harness: the same dispatcher the app uses, over HTTP too, with headless Chromium as its PDF host.
    harness = await startHarness({ dataDir, clock, staticDir: STATIC_DIR });
    const desk = harness.desk;
    const token = ((await caller(desk, '')('auth.login', { username: USER.username, password: USER.password })) as { token: string }).token;
    const call = caller(desk, token);
    const http = httpCaller(harness, token);
    const service = serviceCaller(desk, USER.username);
    const db = desk.store.db;
    const today = dayjs(clock()).format('YYYY-MM-DD');
    const month = { from: dayjs(clock()).subtract(29, 'day').format('YYYY-MM-DD'), to: today };
    const wanted = (id: string) => !opts.only || opts.only.some((prefix) => id.startsWith(prefix));
    const reads = [...searchProbes(db, rng(7), sizes.reps), ...readProbes(db, sizes.reps, month)].filter((p) => wanted(p.id));
    for (const p of reads) {
      measurements.push(await measureProbe(p, call, service, http));
      log(`${p.id}: done`);
    }

    // 4. Exports: .xlsx of ~30,000 register rows; PDF of ~1,000 rows through the harness's Chromium.
    const xlsxPeriod = periodOf(db, 30_000, today);
    const xlsxRows = db.prepare('SELECT count(*) FROM visits WHERE visit_day BETWEEN ? AND ?').pluck().get(xlsxPeriod.from, xlsxPeriod.to) as number;
    const exportReps = Math.min(3, sizes.reps);
    if (wanted('registers.xlsx')) {
      const xlsx = await timeCalls(exportReps, () => call('registers.xlsx', { channel: 'visitors.register', params: xlsxPeriod }), 0);
      measurements.push(measurement({ id: 'registers.xlsx', module: 'registers', channel: 'registers.xlsx', kind: 'export', what: `访客登记表 .xlsx` }, xlsx, xlsx, null, null, xlsxRows));
      log('xlsx: done');
    }
    if (wanted('registers.pdf')) measurements.push(await measurePdf(opts, db, call, today, exportReps));

    // 5. Writes last, so the rows they add never sit in another figure.
    for (const p of writeProbes(db, gen.value.dir, sizes.reps, userId).filter((w) => wanted(w.id))) measurements.push(await measureProbe(p, call, null, null));
    log('writes: done');

    const wal = `${file}-wal`;
    return {
      scale: opts.scale,
      sizes,
      startedAt: startedAt.toISOString(),
      seconds: { total: (Date.now() - startedAt.getTime()) / 1000, generate: gen.ms / 1000, measure: (Date.now() - measureStart) / 1000 },
      generation: gen.value.seconds,
      dataFile: { bytes: fs.statSync(file).size, walBytes: fs.existsSync(wal) ? fs.statSync(wal).size : 0 },
      peakRssBytes: process.resourceUsage().maxRSS * 1024,
      measurements,
    };
  } finally {
    await harness?.close();
    if (!opts.keep) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

type DataSet = Generated & { userId: number };
const SIZES_FILE = 'bench-sizes.json';

/** A real desk, migrated like production, with its administrator and one desk user holding the staff roles, filled. */
async function buildDataSet(dataDir: string, sizes: Sizes, clock: () => Date, log: (line: string) => void): Promise<DataSet> {
  log(`building data set in ${dataDir}`);
  fs.mkdirSync(dataDir, { recursive: true });
  const setupDesk = await openDesk({ dataDir, clock, jobsEveryMs: false });
  try {
    const admin = (await caller(setupDesk, '')('auth.setup', { orgName: '阳光花园物业服务中心', username: 'admin', displayName: '王建军', password: 'Admin2026' })) as { token: string };
    await caller(setupDesk, admin.token)('users.create', { ...USER, roles: ROLES });
    const userId = setupDesk.store.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(USER.username) as number;
    const generated = await generateAll(setupDesk.store.db, sizes, clock(), userId, log);
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
function keptDataSet(dataDir: string, sizes: Sizes): DataSet | null {
  const marker = path.join(dataDir, SIZES_FILE);
  if (!fs.existsSync(marker) || fs.readFileSync(marker, 'utf8') !== JSON.stringify(sizes)) {
    if (fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0) throw new Error(`${dataDir} holds something other than a ${JSON.stringify(sizes)} data set`);
    return null;
  }
  const db = new Database(path.join(dataDir, DB_FILE_NAME), { readonly: true });
  try {
    return { userId: db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(USER.username) as number, dir: readDirectory(db), seconds: {} };
  } finally {
    db.close();
  }
}

async function measurePdf(opts: BenchOptions, db: Database.Database, call: Call, today: string, reps: number): Promise<Measurement> {
  const period = periodOf(db, 1_000, today);
  const rows = db.prepare('SELECT count(*) FROM visits WHERE visit_day BETWEEN ? AND ?').pluck().get(period.from, period.to) as number;
  const base = { id: 'registers.pdf', module: 'registers', channel: 'registers.pdf', kind: 'pdf' as const, what: '访客登记表 PDF' };
  const skip = (why: string): Measurement => ({ ...measurement(base, null, null, null, null, rows), notMeasured: why });
  if (opts.pdf === false) return skip('turned off (--no-pdf)');
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) return skip('renderer not built: run npm run build:web');
  try {
    // The warm-up call starts Chromium; the timed ones reuse it, as the desk's renderer does.
    const stats = await timeCalls(reps, () => call('registers.pdf', { channel: 'visitors.register', params: period }), 1);
    return measurement(base, stats, stats, null, null, rows);
  } catch (err) {
    return skip(err instanceof Error ? err.message.slice(0, 200) : String(err));
  }
}
