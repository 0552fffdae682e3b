import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import { CHANNELS, channelDef } from '../../src-shared/contract';
import { ROLES, type Role } from '../../src-shared/roles';
import { setupDesk, storeFingerprint, type TestDesk } from '../support/desk';
import { payloadFor } from '../support/hostile';

/**
 * Property test over every channel of the contract with payloads built from the channel's own schema and seasoned with
 * hostile values (see tests/support/hostile.ts). Whatever arrives: no crash (never INTERNAL), a refused payload is
 * VALIDATION with a Chinese message, and nothing refused and nothing read changes the store — neither its rows nor the
 * bytes of its files. Valid payloads of writing channels are left to the modules' own tests: their writes are meant.
 */
/** Channels that end or lock the caller's own session: each payload gets a session of its own. */
const SESSION_ENDING = new Set(['auth.logout', 'auth.lock']);
const RUNS = Number(process.env.HOSTILE_RUNS ?? 20);
const SEED = Number(process.env.HOSTILE_SEED ?? 20261123);

let t: TestDesk;
const tokens = {} as Record<Role, string>;
const tally = { channels: 0, payloads: 0, refused: 0, answered: 0 };

function fileBytes(): string {
  const hash = crypto.createHash('sha256');
  for (const suffix of ['', '-wal']) {
    const file = path.join(t.dir, DB_FILE_NAME + suffix);
    if (fs.existsSync(file)) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

beforeAll(async () => {
  t = await setupDesk();
  for (const role of ROLES) tokens[role] = role === 'admin' ? t.adminToken : await t.createUser(`h_${role}`, `测试${role}`, [role]);
});
afterAll(async () => {
  console.log(`hostile input: ${tally.payloads} payloads over ${tally.channels} channels (${tally.refused} refused, ${tally.answered} answered), seed ${SEED}, ${RUNS} runs each`);
  await t.close();
});

describe('hostile payloads over the whole contract', () => {
  it.each(CHANNELS)('%s', async (channel) => {
    const def = channelDef(channel);
    const token = def.access === 'public' ? null : def.access === 'any' ? tokens.receptionist : tokens[def.access[0]];
    tally.channels += 1;
    await fc.assert(
      fc.asyncProperty(payloadFor(def.input), async (payload) => {
        const valid = def.input.safeParse(payload).success;
        fc.pre(!valid || !def.mutates);
        tally.payloads += 1;
        const caller = SESSION_ENDING.has(channel) ? await t.login('h_receptionist') : token;
        const rows = storeFingerprint(t.desk);
        const bytes = fileBytes();
        const res = await t.call(channel, payload, caller);
        if (!res.ok) expect(res.error.code, `${channel}: ${res.error.message}`).not.toBe('INTERNAL');
        if (!valid) {
          tally.refused += 1;
          expect(res.ok).toBe(false);
          if (!res.ok) {
            expect(res.error.code).toBe('VALIDATION');
            expect(res.error.message).toMatch(/[\u4e00-\u9fff]/);
          }
        } else tally.answered += 1;
        expect(storeFingerprint(t.desk)).toBe(rows);
        expect(fileBytes()).toBe(bytes);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  });
});
