import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, channelDef } from '../../src-shared/contract';
import { ROLES, type Role } from '../../src-shared/roles';
import { setupDesk, storeFingerprint, type TestDesk } from '../support/desk';

/**
 * Table-driven over the whole contract: every channel, present and future, refuses malformed payloads, callers
 * without a session and callers without one of its roles, and none of those refusals changes the store.
 */
let t: TestDesk;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  t = await setupDesk();
  for (const role of ROLES) tokens[role] = role === 'admin' ? t.adminToken : await t.createUser(`u_${role}`, `测试${role}`, [role]);
});
afterAll(async () => {
  console.log(`role matrix: ${CHANNELS.length} channels × ${ROLES.length} roles: ${matrix.allowed} allowed and ${matrix.refused} refused as the contract says`);
  await t.close();
});
const matrix = { allowed: 0, refused: 0 };

const MALFORMED: [string, unknown][] = [
  ['a number', 42],
  ['a string', '张三'],
  ['an array', [1, 2]],
  ['an unknown key', { 'no such field': 1 }],
  ['a __proto__ key', JSON.parse('{"__proto__": {"admin": true}}')],
  ['a constructor key', JSON.parse('{"constructor": {"prototype": {}}}')],
];

describe.each(CHANNELS)('%s', (channel) => {
  const def = channelDef(channel);
  const allowed: Role[] = def.access === 'public' || def.access === 'any' ? [...ROLES] : [...def.access];
  const refused = ROLES.filter((r) => !allowed.includes(r));

  it.each(MALFORMED)('rejects %s as VALIDATION and changes nothing', async (_label, payload) => {
    const before = storeFingerprint(t.desk);
    const res = await t.call(channel, payload, tokens[allowed[0]]);
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('VALIDATION');
      expect(res.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  if (def.access !== 'public') {
    it('refuses a caller without a session', async () => {
      const before = storeFingerprint(t.desk);
      const res = await t.call(channel, {}, null);
      expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      const forged = await t.call(channel, {}, 'forged-token');
      expect(forged).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      expect(storeFingerprint(t.desk)).toBe(before);
    });
  }

  // Past the role check an allowed caller meets the schema: a payload no schema accepts tells the two apart without doing anything.
  it.each(allowed)('lets the role %s past the role check', async (role) => {
    const res = await t.call(channel, { 'no such field': 1 }, def.access === 'public' ? null : tokens[role]);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    matrix.allowed += 1;
  });

  if (refused.length > 0) {
    it.each(refused)('refuses the role %s with FORBIDDEN and changes nothing', async (role) => {
      const before = storeFingerprint(t.desk);
      const res = await t.call(channel, {}, tokens[role]);
      expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '您的角色无权执行此操作' } });
      expect(storeFingerprint(t.desk)).toBe(before);
      matrix.refused += 1;
    });
  }
});

describe('outside the contract', () => {
  it.each(['nope', 'users.drop', '__proto__', 'constructor', 'toString', ''])('refuses the channel %j', async (name) => {
    const before = storeFingerprint(t.desk);
    const res = await t.call(name, {}, t.adminToken);
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(storeFingerprint(t.desk)).toBe(before);
  });

  it('answers in English when asked', async () => {
    const res = await t.desk.dispatch('users.list', {}, { token: null, lang: 'en' });
    expect(res).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Please log in first' } });
  });
});
