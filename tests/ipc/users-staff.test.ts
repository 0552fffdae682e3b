import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StaffRow } from '../../src-shared/modules/users';
import { setupDesk, type TestDesk } from '../support/desk';

let t: TestDesk;
let desk: string;
beforeEach(async () => {
  t = await setupDesk();
  desk = await t.createUser('qianmei', '钱梅', ['receptionist']);
  await t.createUser('zhaogang', '赵刚', ['security_manager']);
  await t.createUser('liuqiang', '刘强', ['dept_head', 'archivist']);
  await t.createUser('zhangwei', '张伟', ['receptionist']);
});
afterEach(() => t.close());

const idOf = (username: string) => t.desk.store.db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(username) as number;

describe('users.staff', () => {
  it('lists active staff for a receptionist, with no password or login data and no administrator', async () => {
    const rows = await t.ok<StaffRow[]>('users.staff', {}, desk);
    expect(rows).toEqual([
      { id: idOf('qianmei'), name: '钱梅', username: 'qianmei', roles: ['receptionist'] },
      { id: idOf('zhaogang'), name: '赵刚', username: 'zhaogang', roles: ['security_manager'] },
      { id: idOf('liuqiang'), name: '刘强', username: 'liuqiang', roles: ['archivist', 'dept_head'] },
      { id: idOf('zhangwei'), name: '张伟', username: 'zhangwei', roles: ['receptionist'] },
    ]);
    for (const r of rows) expect(Object.keys(r).sort()).toEqual(['id', 'name', 'roles', 'username']);
  });

  it('leaves out disabled users', async () => {
    await t.ok('users.update', { id: idOf('zhangwei'), disabled: true }, t.adminToken);
    const rows = await t.ok<StaffRow[]>('users.staff', {}, desk);
    expect(rows.map((r) => r.username)).toEqual(['qianmei', 'zhaogang', 'liuqiang']);
  });

  it('filters by name, pinyin initials or username', async () => {
    const names = async (q: string) => (await t.ok<StaffRow[]>('users.staff', { q }, desk)).map((r) => r.name);
    expect(await names('刘')).toEqual(['刘强']);
    expect(await names('zg')).toEqual(['赵刚']);
    expect(await names('zhangw')).toEqual(['张伟']);
    expect(await names('qm')).toEqual(['钱梅']);
    expect(await names('无此人')).toEqual([]);
  });

  it('is not for the administrator, who sees no business data', async () => {
    expect(await t.call('users.staff', {}, t.adminToken)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
