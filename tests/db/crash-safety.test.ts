import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import { verifyChain } from '../../src-main/modules/audit/chain';
import { tempDir } from '../support/desk';

const KILLS = 50;
const ROOT = path.resolve(__dirname, '../..');
const dir = tempDir('frontdesk-crash-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until it has acknowledged some writes, then SIGKILLs it at a random moment. */
function runAndKill(cycle: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crash-writer.ts', dir, String(cycle)], { cwd: ROOT });
    const acked: number[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ACK ')) acked.push(Number(line.slice(4)));
        if (line === 'READY' && !armed) {
          armed = true;
          setTimeout(() => child.kill('SIGKILL'), 20 + Math.random() * 400);
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited ${code}: ${stderr.slice(0, 500)}`));
    });
  });
}

describe('crash safety', () => {
  it(`keeps every acknowledged write across ${KILLS} SIGKILLs, with an intact file and audit chain`, async () => {
    const all: number[] = [];
    for (let cycle = 0; cycle < KILLS; cycle++) {
      const acked = await runAndKill(cycle);
      all.push(...acked);
      const db = new Database(path.join(dir, DB_FILE_NAME));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        const present = new Set(db.prepare('SELECT id FROM occupants').pluck().all() as number[]);
        const lost = all.filter((id) => !present.has(id));
        expect(lost, `cycle ${cycle}: acknowledged but missing`).toEqual([]);
        const audited = db.prepare(`SELECT count(*) FROM audit_log WHERE channel = 'directory.occupants.save'`).pluck().get() as number;
        expect(audited).toBe(present.size);
        expect(verifyChain(db)).toMatchObject({ ok: true });
      } finally {
        db.close();
      }
    }
    expect(all.length).toBeGreaterThan(KILLS);
  }, 600_000);
});
