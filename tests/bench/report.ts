import fs from 'node:fs';
import type { Stats } from './measure';
import type { ProbeKind } from './queries';
import type { ScaleName, Sizes } from './scale';

export type MeasurementKind = ProbeKind | 'open' | 'export' | 'pdf';

export interface Verdict {
  name: string;
  limit: number;
  value: number;
  pass: boolean;
}

export interface Measurement {
  id: string;
  module: string;
  channel: string;
  kind: MeasurementKind;
  what: string;
  /**
   * The service level: the function the dispatcher calls for the channel, called directly with validated input
   * (reads); writes, exports and the PDF through the whole dispatcher, transaction and audit record included.
   * Null only when not measured (see `notMeasured`).
   */
  service: Stats | null;
  /** The whole in-process call: session, roles, validation, the service and (writes) its transaction and audit. */
  dispatch: Stats | null;
  raw: Stats | null;
  http: Stats | null;
  /** service p50 / raw p50. */
  ratio: number | null;
  rows: number | null;
  verdicts: Verdict[];
  notMeasured?: string;
  /** Writes: the store's upkeep steps (search merges, checkpoints) they left, each run after a reply and timed apart. */
  upkeep?: { steps: Stats; checkpoints: number; mergingSteps: number } | null;
}

export interface BenchResult {
  scale: ScaleName;
  sizes: Sizes;
  startedAt: string;
  seconds: { total: number; generate: number; measure: number };
  generation: Record<string, number>;
  dataFile: { bytes: number; walBytes: number };
  peakRssBytes: number;
  measurements: Measurement[];
}

/** Issue 10's targets (they are for full scale; other scales print them as a hint). */
export function verdictsFor(kind: MeasurementKind, service: Stats | null, ratio: number | null, http: Stats | null): Verdict[] {
  if (!service) return [];
  const v: Verdict[] = [];
  const add = (name: string, limit: number, value: number) => v.push({ name, limit, value, pass: value <= limit });
  if (kind === 'search') add('p95≤5ms', 5, service.p95);
  if ((kind === 'search' || kind === 'list') && ratio !== null) add('≤2×raw', 2, ratio);
  if (kind === 'search' && http) add('http p95≤15ms', 15, http.p95);
  if (kind === 'write') add('p95≤2ms', 2, service.p95);
  if (kind === 'counts') add('p95≤20ms', 20, service.p95);
  if (kind === 'open') add('p95≤500ms', 500, service.p95);
  if (kind === 'pdf') add('p95≤3s', 3000, service.p95);
  return v;
}

const ms = (x: number | undefined) => (x === undefined ? '—' : x < 10 ? x.toFixed(2) : x.toFixed(0));
const pad = (s: string, n: number) => {
  // CJK characters take two columns in a terminal.
  const width = [...s].reduce((w, c) => w + (/[\u3000-\uffff]/.test(c) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, n - width));
};

/** The table for people: one line per measurement, PASS/FAIL next to each figure that has a target. */
export function formatTable(result: BenchResult): string {
  const lines: string[] = [];
  lines.push(`FrontDesk benchmark — scale ${result.scale}${result.scale === 'full' ? '' : ' (targets are for full scale)'}`);
  lines.push(
    pad('channel', 30) + pad('asked', 26) + pad('rows', 7) + pad('n', 5) + pad('svc p50', 9) + pad('svc p95', 9) + pad('raw p50', 9) + pad('raw p95', 9) +
      pad('ratio', 7) + pad('disp p95', 10) + pad('http p95', 10) + 'verdicts',
  );
  for (const m of result.measurements) {
    const verdicts = m.notMeasured ? `NOT MEASURED: ${m.notMeasured}` : m.verdicts.map((v) => `${v.pass ? 'PASS' : 'FAIL'} ${v.name}`).join(', ');
    lines.push(
      pad(m.channel, 30) + pad(m.what, 26) + pad(m.rows === null ? '—' : String(m.rows), 7) + pad(String(m.service?.n ?? '—'), 5) + pad(ms(m.service?.p50), 9) + pad(ms(m.service?.p95), 9) +
        pad(ms(m.raw?.p50), 9) + pad(ms(m.raw?.p95), 9) + pad(m.ratio === null ? '—' : m.ratio.toFixed(1), 7) + pad(ms(m.dispatch?.p95), 10) + pad(ms(m.http?.p95), 10) + verdicts,
    );
  }
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
  lines.push('');
  for (const { m, u } of result.measurements.flatMap((x) => (x.upkeep ? [{ m: x, u: x.upkeep }] : []))) {
    lines.push(
      `${m.channel}: after-reply upkeep ${u.steps.n} steps (${u.mergingSteps} merging, ${u.checkpoints} checkpoints), p50 ${ms(u.steps.p50)} p95 ${ms(u.steps.p95)} max ${ms(u.steps.max)} ms`,
    );
  }
  lines.push(`data file ${mb(result.dataFile.bytes)} (+ WAL ${mb(result.dataFile.walBytes)}), peak RSS ${mb(result.peakRssBytes)}`);
  lines.push(`time: generate ${result.seconds.generate.toFixed(1)} s, measure ${result.seconds.measure.toFixed(1)} s, total ${result.seconds.total.toFixed(1)} s`);
  const failed = result.measurements.flatMap((m) => m.verdicts.filter((v) => !v.pass).map((v) => `${m.id} ${v.name} (${ms(v.value)})`));
  lines.push(failed.length ? `FAIL: ${failed.join('; ')}` : 'every target met');
  return lines.join('\n');
}

export function writeJson(file: string, result: BenchResult): void {
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
}
