import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import dayjs from 'dayjs';
import type { Desk } from '../../src-main/desk';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import { openStore } from '../../src-main/db/open';
import type { StoreUpkeep, UpkeepStep } from '../../src-main/db/upkeep';
import { startHarness, type Harness } from '../../src-main/harness/server';
import { channelDef, isChannel } from '../../src-shared/contract';
import type { Envelope } from '../../src-shared/errors';
import type { Role } from '../../src-shared/roles';
import type { Caller, Ctx } from '../../src-main/ipc/context';
import { handlers } from '../../src-main/ipc/handlers';
import { benchClock, buildInChild, caller, keptDataSet, USER, type Call } from './dataset';
import { rng } from './generate/common';
import { nextTurn, summarise, timeCalls, timeOnce, type Stats } from './measure';
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

const STATIC_DIR = path.resolve('out/web');


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

/**
 * A write through the whole dispatcher, one turn of the event loop between calls as in the shell; the upkeep steps
 * those turns run are timed on their own and reported beside the write, not hidden.
 */
async function measureWrite(p: Probe, call: Call, upkeep: StoreUpkeep): Promise<Measurement> {
  const steps: UpkeepStep[] = [];
  upkeep.onStep = (s) => steps.push(s);
  try {
    const rows = rowCount(await call(p.channel, p.input(p.reps + 10)));
    await nextTurn();
    steps.length = 0;
    const dispatched = await timeCalls(p.reps, (i) => call(p.channel, p.input(i)), undefined, nextTurn);
    const stepStats = steps.length ? summarise(steps.map((s) => s.ms)) : null;
    const raw = p.raw ? await timeCalls(p.reps, p.raw) : null;
    return {
      ...measurement(p, dispatched, dispatched, raw, null, rows),
      upkeep: stepStats && { steps: stepStats, checkpoints: steps.filter((s) => s.checkpointed).length, mergingSteps: steps.filter((s) => s.mergedTables > 0).length },
    };
  } finally {
    upkeep.onStep = null;
  }
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
    const kept = opts.keep ? keptDataSet(dataDir, sizes) : null;
    const gen = kept ? { ms: 0, value: kept } : await timeOnce(() => buildInChild(dataDir, sizes, log));
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
    const measureReads = async (which: Probe[]) => {
      for (const p of which) {
        measurements.push(await measureProbe(p, call, service, http));
        log(`${p.id}: done`);
      }
    };
    await measureReads(reads.filter((p) => p.kind !== 'register'));

    // 4. Writes after the searches and lists (their rows would sit in those figures), before the month registers, the
    // workbook and the PDF: 30,000-row answers leave a heap whose collection, and Chromium once started, CPU that
    // would land in the writes' p95, which is about them, not the write.
    for (const p of writeProbes(db, gen.value.dir, sizes.reps, userId).filter((w) => wanted(w.id))) measurements.push(await measureWrite(p, call, desk.rt.upkeep));
    log('writes: done');
    await measureReads(reads.filter((p) => p.kind === 'register'));
    // 5. The .xlsx of ~30,000 register rows; the PDF of ~1,000 (a period ending yesterday: none of the writes' rows).
    const xlsxPeriod = periodOf(db, 30_000, today);
    const xlsxRows = db.prepare('SELECT count(*) FROM visits WHERE visit_day BETWEEN ? AND ?').pluck().get(xlsxPeriod.from, xlsxPeriod.to) as number;
    const exportReps = Math.min(3, sizes.reps);
    if (wanted('registers.xlsx')) {
      const xlsx = await timeCalls(exportReps, () => call('registers.xlsx', { channel: 'visitors.register', params: xlsxPeriod }), 0);
      measurements.push(measurement({ id: 'registers.xlsx', module: 'registers', channel: 'registers.xlsx', kind: 'export', what: `访客登记表 .xlsx` }, xlsx, xlsx, null, null, xlsxRows));
      log('xlsx: done');
    }
    const yesterday = dayjs(clock()).subtract(1, 'day').format('YYYY-MM-DD');
    if (wanted('registers.pdf')) measurements.push(await measurePdf(opts, db, call, yesterday, exportReps));


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

async function measurePdf(opts: BenchOptions, db: Database.Database, call: Call, until: string, reps: number): Promise<Measurement> {
  const period = periodOf(db, 1_000, until);
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
