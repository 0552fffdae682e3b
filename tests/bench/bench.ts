import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { openDesk, type Desk } from '../../src-main/desk';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import { openStore } from '../../src-main/db/open';
import { startHarness, type Harness } from '../../src-main/harness/server';
import type { Envelope } from '../../src-shared/errors';
import { generateAll } from './generate';
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

function measurement(p: Pick<Measurement, 'id' | 'module' | 'channel' | 'what'> & { kind: MeasurementKind }, service: Stats | null, raw: Stats | null, http: Stats | null, rows: number | null): Measurement {
  const ratio = service && raw && raw.p50 > 0 ? Math.round((service.p50 / raw.p50) * 100) / 100 : null;
  return { ...p, service, raw, http, ratio, rows, verdicts: verdictsFor(p.kind, service, ratio, http) };
}

async function measureProbe(p: Probe, call: Call, http: Call | null): Promise<Measurement> {
  // Counted on an index no timed call uses (timeCalls warms up on reps…reps+4): a write must not repeat its input.
  const rows = rowCount(await call(p.channel, p.input(p.reps + 10)));
  const service = await timeCalls(p.reps, (i) => call(p.channel, p.input(i)));
  const raw = p.raw ? await timeCalls(p.reps, p.raw) : null;
  const overHttp = p.http && http ? await timeCalls(p.reps, (i) => http(p.channel, p.input(i))) : null;
  return measurement(p, service, raw, overHttp, rows);
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
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bench-'));
  const file = path.join(dataDir, DB_FILE_NAME);
  let harness: Harness | null = null;
  try {
    // 1. A real desk, migrated like production, with its administrator and one desk user holding the staff roles.
    log(`building ${opts.scale} data set in ${dataDir}`);
    const setupDesk = await openDesk({ dataDir, clock, jobsEveryMs: false });
    const admin = (await caller(setupDesk, '')('auth.setup', { orgName: '阳光花园物业服务中心', username: 'admin', displayName: '王建军', password: 'Admin2026' })) as { token: string };
    await caller(setupDesk, admin.token)('users.create', { ...USER, roles: ROLES });
    const userId = setupDesk.store.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(USER.username) as number;
    const gen = await timeOnce(() => generateAll(setupDesk.store.db, sizes, clock(), userId, log));
    await setupDesk.close();
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
    measurements.push(measurement({ id: 'openStore', module: 'db', channel: 'openStore', kind: 'open', what: '打开数据库（含迁移检查）' }, open, openRaw, null, null));
    log(`open: p95 ${open.p95.toFixed(1)} ms`);

    // 3. The harness: the same dispatcher the app uses, over HTTP too, with headless Chromium as its PDF host.
    harness = await startHarness({ dataDir, clock, staticDir: STATIC_DIR });
    const desk = harness.desk;
    const token = ((await caller(desk, '')('auth.login', { username: USER.username, password: USER.password })) as { token: string }).token;
    const call = caller(desk, token);
    const http = httpCaller(harness, token);
    const db = desk.store.db;
    const today = dayjs(clock()).format('YYYY-MM-DD');
    const month = { from: dayjs(clock()).subtract(29, 'day').format('YYYY-MM-DD'), to: today };
    const reads = [...searchProbes(db, rng(7), sizes.reps), ...readProbes(db, sizes.reps, month)];
    for (const p of reads) {
      measurements.push(await measureProbe(p, call, http));
      log(`${p.id}: done`);
    }

    // 4. Exports: .xlsx of ~30,000 register rows; PDF of ~1,000 rows through the harness's Chromium.
    const xlsxPeriod = periodOf(db, 30_000, today);
    const xlsxRows = db.prepare('SELECT count(*) FROM visits WHERE visit_day BETWEEN ? AND ?').pluck().get(xlsxPeriod.from, xlsxPeriod.to) as number;
    const exportReps = Math.min(3, sizes.reps);
    const xlsx = await timeCalls(exportReps, () => call('registers.xlsx', { channel: 'visitors.register', params: xlsxPeriod }), 0);
    measurements.push(measurement({ id: 'registers.xlsx', module: 'registers', channel: 'registers.xlsx', kind: 'export', what: `访客登记表 .xlsx` }, xlsx, null, null, xlsxRows));
    log('xlsx: done');
    measurements.push(await measurePdf(opts, db, call, today, exportReps));

    // 5. Writes last, so the rows they add never sit in another figure.
    for (const p of writeProbes(db, gen.value.dir, sizes.reps, sizes.parcels, userId)) measurements.push(await measureProbe(p, call, null));
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
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measurePdf(opts: BenchOptions, db: Database.Database, call: Call, today: string, reps: number): Promise<Measurement> {
  const period = periodOf(db, 1_000, today);
  const rows = db.prepare('SELECT count(*) FROM visits WHERE visit_day BETWEEN ? AND ?').pluck().get(period.from, period.to) as number;
  const base = { id: 'registers.pdf', module: 'registers', channel: 'registers.pdf', kind: 'pdf' as const, what: '访客登记表 PDF' };
  const skip = (why: string): Measurement => ({ ...measurement(base, null, null, null, rows), notMeasured: why });
  if (opts.pdf === false) return skip('turned off (--no-pdf)');
  if (!fs.existsSync(path.join(STATIC_DIR, 'index.html'))) return skip('renderer not built: run npm run build:web');
  try {
    // The warm-up call starts Chromium; the timed ones reuse it, as the desk's renderer does.
    const stats = await timeCalls(reps, () => call('registers.pdf', { channel: 'visitors.register', params: period }), 1);
    return measurement(base, stats, null, null, rows);
  } catch (err) {
    return skip(err instanceof Error ? err.message.slice(0, 200) : String(err));
  }
}
