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

interface Acked {
  kind: 'visit' | 'parcel' | 'occupant';
  id: number;
}
/** Where each kind of acknowledged write lives, and the channel whose audit records count them. */
const TABLES = {
  visit: { table: 'visits', channel: 'visitors.checkIn' },
  parcel: { table: 'mail_items', channel: 'mail.parcels.signIn' },
  occupant: { table: 'occupants', channel: 'directory.occupants.save' },
} as const;

/** Runs the writer until it has acknowledged some writes, then SIGKILLs it at a random moment. */
function runAndKill(cycle: number): Promise<Acked[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/crash-writer.ts', dir, String(cycle)], { cwd: ROOT });
    const acked: Acked[] = [];
    let buffer = '';
    let stderr = '';
    let armed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const ack = /^ACK (visit|parcel|occupant) (\d+)$/.exec(line);
        if (ack) acked.push({ kind: ack[1] as Acked['kind'], id: Number(ack[2]) });
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
  it(`keeps every acknowledged check-in, parcel and occupant across ${KILLS} SIGKILLs, with an intact file and audit chain`, async () => {
    const all: Acked[] = [];
    for (let cycle = 0; cycle < KILLS; cycle++) {
      const acked = await runAndKill(cycle);
      all.push(...acked);
      const db = new Database(path.join(dir, DB_FILE_NAME));
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        for (const [kind, { table, channel }] of Object.entries(TABLES)) {
          const present = new Set(db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[]);
          const lost = all.filter((a) => a.kind === kind && !present.has(a.id));
          expect(lost, `cycle ${cycle}: ${kind} acknowledged but missing`).toEqual([]);
          const audited = db.prepare(`SELECT count(*) FROM audit_log WHERE channel = ?`).pluck().get(channel) as number;
          expect(audited, `${kind}: one audit record per row`).toBe(present.size);
        }
        expect(verifyChain(db)).toMatchObject({ ok: true });
      } finally {
        db.close();
      }
    }
    expect(all.length).toBeGreaterThan(KILLS);
    for (const kind of Object.keys(TABLES)) expect(all.some((a) => a.kind === kind), kind).toBe(true);
    console.log(`crash safety: ${KILLS} SIGKILLs, ${all.length} acknowledged writes (${Object.keys(TABLES).map((k) => `${all.filter((a) => a.kind === k).length} ${k}s`).join(', ')}), none lost`);
  }, 600_000);
});
