import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, setupDesk, USER_PASSWORD, type TestDesk } from '../support/desk';

let t: TestDesk;
beforeEach(async () => {
  t = await setupDesk();
  await t.createUser('lili', '李丽', ['receptionist']);
});
afterEach(() => t.close());

describe('accounts', () => {
  it('first-run setup happens once', async () => {
    const again = await t.call('auth.setup', { orgName: '另一家', username: 'boss', displayName: '老板', password: 'Boss12345' });
    expect(again).toMatchObject({ ok: false, error: { code: 'SETUP_DONE' } });
    const status = await t.ok<{ needsSetup: boolean; orgName: string }>('auth.status', {});
    expect(status).toMatchObject({ needsSetup: false, orgName: '阳光花园物业服务中心' });
  });

  it('enforces the password rule in Chinese', async () => {
    const res = await t.call('users.create', { username: 'wang', displayName: '王芳', roles: ['receptionist'], password: 'onlyletters' }, t.adminToken);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { password: '密码须同时包含字母和数字' } } });
  });

  it('locks an account for 5 minutes after 5 wrong passwords', async () => {
    for (let i = 1; i <= 4; i++) expect(await t.call('auth.login', { username: 'lili', password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await t.call('auth.login', { username: 'lili', password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    expect(await t.call('auth.login', { username: 'lili', password: USER_PASSWORD })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    t.clock.advance(4);
    expect(await t.call('auth.login', { username: 'lili', password: USER_PASSWORD })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_LOCKED' } });
    t.clock.advance(2);
    expect(await t.call('auth.login', { username: 'lili', password: USER_PASSWORD })).toMatchObject({ ok: true });
  });

  it('records failed logins in the audit trail without the password', async () => {
    await t.call('auth.login', { username: 'lili', password: 'Secret-guess-123' });
    const rows = t.desk.store.db.prepare('SELECT * FROM audit_log').all();
    const text = JSON.stringify(rows);
    expect(text).toContain('登录失败');
    expect(text).not.toContain('Secret-guess-123');
    expect(text).not.toContain(USER_PASSWORD);
    expect(text).not.toContain(ADMIN_PASSWORD);
  });

  it('stores only memory-hard hashes', () => {
    const hashes = t.desk.store.db.prepare('SELECT password_hash FROM users').pluck().all() as string[];
    for (const h of hashes) expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('locks an idle session and unlocks it with the password', async () => {
    const token = await t.login('lili');
    expect(await t.call('directory.occupants.search', {}, token)).toMatchObject({ ok: true });
    t.clock.advance(11);
    expect(await t.call('directory.occupants.search', {}, token)).toMatchObject({ ok: false, error: { code: 'SESSION_LOCKED' } });
    expect(await t.call('auth.unlock', { password: 'wrong' }, token)).toMatchObject({ ok: false, error: { code: 'BAD_CREDENTIALS' } });
    expect(await t.call('auth.unlock', { password: USER_PASSWORD }, token)).toMatchObject({ ok: true });
    expect(await t.call('directory.occupants.search', {}, token)).toMatchObject({ ok: true });
  });

  it('ends a session 24 hours after login however busy it is', async () => {
    const token = await t.login('lili');
    // Busy all day: a call every 5 minutes never lets the idle lock in.
    for (let minute = 5; minute < 24 * 60; minute += 5) {
      t.clock.advance(5);
      expect(await t.call('directory.occupants.search', {}, token), `minute ${minute}`).toMatchObject({ ok: true });
    }
    t.clock.advance(6);
    expect(await t.call('directory.occupants.search', {}, token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('takes the idle time from the settings', async () => {
    await t.ok('settings.update', { idleMinutes: 30 }, t.adminToken);
    const token = await t.login('lili');
    t.clock.advance(20);
    expect(await t.call('directory.occupants.search', {}, token)).toMatchObject({ ok: true });
  });

  it('ends a disabled user’s sessions and refuses her login', async () => {
    const token = await t.login('lili');
    const users = await t.ok<{ id: number; username: string }[]>('users.list', {}, t.adminToken);
    const lili = users.find((u) => u.username === 'lili')!;
    await t.ok('users.update', { id: lili.id, disabled: true }, t.adminToken);
    expect(await t.call('directory.occupants.search', {}, token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await t.call('auth.login', { username: 'lili', password: USER_PASSWORD })).toMatchObject({ ok: false, error: { code: 'ACCOUNT_DISABLED' } });
  });

  it('applies role changes at the next call', async () => {
    const token = await t.login('lili');
    expect(await t.call('audit.list', {}, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const lili = (await t.ok<{ id: number; username: string }[]>('users.list', {}, t.adminToken)).find((u) => u.username === 'lili')!;
    await t.ok('users.update', { id: lili.id, roles: ['receptionist', 'office_director'] }, t.adminToken);
    expect(await t.call('audit.list', {}, token)).toMatchObject({ ok: true });
  });

  it('never leaves the desk without an administrator', async () => {
    const admin = (await t.ok<{ id: number; username: string }[]>('users.list', {}, t.adminToken)).find((u) => u.username === 'admin')!;
    expect(await t.call('users.update', { id: admin.id, roles: ['receptionist'] }, t.adminToken)).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
    expect(await t.call('users.update', { id: admin.id, disabled: true }, t.adminToken)).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
  });

  it('resets a password and clears a lockout', async () => {
    for (let i = 0; i < 5; i++) await t.call('auth.login', { username: 'lili', password: 'wrong' });
    const lili = (await t.ok<{ id: number; username: string }[]>('users.list', {}, t.adminToken)).find((u) => u.username === 'lili')!;
    await t.ok('users.resetPassword', { id: lili.id, password: 'NewPass2026' }, t.adminToken);
    expect(await t.call('auth.login', { username: 'lili', password: 'NewPass2026' })).toMatchObject({ ok: true });
  });
});
