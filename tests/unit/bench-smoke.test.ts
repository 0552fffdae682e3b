import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBench } from '../bench/bench';
import { formatTable, writeJson, type BenchResult } from '../bench/report';

const isStats = (s: unknown) =>
  expect(s).toMatchObject({ n: expect.any(Number), p50: expect.any(Number), p95: expect.any(Number), max: expect.any(Number), mean: expect.any(Number) });

// CI runs the benchmark at its smallest size: every figure must come out as numbers. Timings are not asserted.
describe('npm run bench (smoke, tiny scale)', () => {
  it('measures every figure of issue 10 and writes the result JSON', async () => {
    const result = await runBench({ scale: 'tiny', pdf: false });

    expect(result).toMatchObject({ scale: 'tiny', startedAt: expect.any(String), peakRssBytes: expect.any(Number) });
    expect(result.dataFile.bytes).toBeGreaterThan(0);
    expect(result.seconds.total).toBeGreaterThan(0);
    expect(Object.keys(result.generation)).toEqual(expect.arrayContaining(['directory', 'visitors', 'mail', 'keys', 'lostfound', 'archive']));

    const ids = result.measurements.map((m) => m.id);
    for (const id of ['openStore', 'auth.status', 'visitors.onSite', 'home.counts', 'visitors.register', 'registers.xlsx', 'registers.pdf', 'visitors.checkIn', 'mail.parcels.signIn']) {
      expect(ids).toContain(id);
    }
    for (const channel of ['visitors.search', 'visitors.people.search', 'mail.items.search', 'directory.occupants.search', 'keys.search', 'lostfound.search', 'archive.documents.search']) {
      expect(ids.filter((id) => id.startsWith(`${channel}:`)).length).toBeGreaterThan(0);
    }
    for (const cls of ['cn1', 'cn2', 'cn3', 'pinyin', 'phoneTail', 'idTail', 'plate', 'tracking', 'indexNo']) {
      expect(ids.some((id) => id.endsWith(`:${cls}`))).toBe(true);
    }

    for (const m of result.measurements) {
      if (m.notMeasured) {
        // Only the PDF may be skipped (turned off here), and it says why.
        expect(m.id).toBe('registers.pdf');
        continue;
      }
      isStats(m.service);
      expect(m.service!.n).toBeGreaterThan(0);
      if (m.kind === 'search') {
        // The service function itself, and the whole dispatcher beside it.
        isStats(m.dispatch);
        isStats(m.raw);
        isStats(m.http);
        expect(m.ratio).toEqual(expect.any(Number));
        expect(m.verdicts.map((v) => v.name)).toEqual(['p95≤5ms', '≤2×raw', 'http p95≤15ms']);
      }
      if (m.kind === 'write') isStats(m.raw);
    }

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-json-')), 'bench-results.json');
    writeJson(file, result);
    const back = JSON.parse(fs.readFileSync(file, 'utf8')) as BenchResult;
    expect(back.measurements).toHaveLength(result.measurements.length);
    expect(formatTable(result)).toContain('visitors.search');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }, 180_000);
});
