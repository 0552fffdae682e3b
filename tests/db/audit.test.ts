import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setupDesk, type TestDesk } from '../support/desk';

let t: TestDesk;
beforeEach(async () => {
  t = await setupDesk();
  const b = await t.ok<{ id: number }>('directory.buildings.save', { name: '3' }, t.adminToken);
  const u = await t.ok<{ id: number }>('directory.units.save', { buildingId: b.id, entrance: '2', room: '1203' }, t.adminToken);
  await t.ok('directory.occupants.save', { unitId: u.id, name: '张三', kind: 'owner', phone: '13812345678' }, t.adminToken);
  await t.ok('directory.occupants.save', { unitId: u.id, name: '李秀英', kind: 'tenant' }, t.adminToken);
});
afterEach(() => t.close());

const count = () => t.desk.store.db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number;
/** What an attacker with the file would do: remove the append-only guard first. */
const tamper = (sql: string) => {
  const db = t.desk.store.db;
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  db.exec(sql);
};

describe('audit trail', () => {
  it('writes exactly one record per mutating call, with who, what and which entity', async () => {
    const before = count();
    const rec = await t.ok<{ id: number }>('directory.buildings.save', { name: '5', note: '' }, t.adminToken);
    expect(count()).toBe(before + 1);
    const row = t.desk.store.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as Record<string, unknown>;
    expect(row).toMatchObject({ username: 'admin', channel: 'directory.buildings.save', module: 'directory', entity: 'building', entity_id: String(rec.id) });
    expect(row.summary).toContain('5栋');
  });

  it('writes nothing for reads, and nothing for a write that fails', async () => {
    const before = count();
    await t.ok('directory.occupants.search', { q: '张' }, t.adminToken);
    const res = await t.call('directory.buildings.save', { name: '3' }, t.adminToken);
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(count()).toBe(before);
  });

  it('is append-only inside the app', () => {
    expect(() => t.desk.store.db.exec(`UPDATE audit_log SET summary = 'x'`)).toThrow(/append-only/);
    expect(() => t.desk.store.db.exec(`DELETE FROM audit_log`)).toThrow(/append-only/);
  });

  it('verifies an untouched chain', async () => {
    expect(await t.ok('audit.verify', {}, t.adminToken)).toEqual({ ok: true, checked: count(), firstBroken: null });
  });

  it('finds a changed record', async () => {
    tamper(`UPDATE audit_log SET summary = '无事发生' WHERE id = 3`);
    expect(await t.ok('audit.verify', {}, t.adminToken)).toMatchObject({ ok: false, checked: 2, firstBroken: { id: 3, reason: 'hash' } });
  });

  it('finds a deleted record in the middle', async () => {
    tamper(`DELETE FROM audit_log WHERE id = 2`);
    expect(await t.ok('audit.verify', {}, t.adminToken)).toMatchObject({ ok: false, firstBroken: { id: 3, reason: 'link' } });
  });

  it('finds a deleted last record', async () => {
    const last = count();
    tamper(`DELETE FROM audit_log WHERE id = ${last}`);
    expect(await t.ok('audit.verify', {}, t.adminToken)).toMatchObject({ ok: false, firstBroken: { id: last, reason: 'gap' } });
  });

  it('filters by module, entity and user, newest first, paged', async () => {
    const all = await t.ok<{ rows: { channel: string; entity: string }[]; total: number }>('audit.list', { module: 'directory' }, t.adminToken);
    expect(all.total).toBe(4);
    expect(all.rows[0].channel).toBe('directory.occupants.save');
    const occupants = await t.ok<{ total: number }>('audit.list', { entity: 'occupant' }, t.adminToken);
    expect(occupants.total).toBe(2);
    const page2 = await t.ok<{ rows: unknown[] }>('audit.list', { page: 2, pageSize: 3 }, t.adminToken);
    expect(page2.rows).toHaveLength(count() - 3);
  });
});

describe('audit actors', () => {
  it('lists everyone who appears in the trail, for the viewer’s filter', async () => {
    const t2 = await setupDesk();
    try {
      await t2.createUser('lili', '李丽', ['receptionist']);
      expect(await t2.ok('audit.actors', {}, t2.adminToken)).toEqual([
        { userId: 1, username: 'admin' },
        { userId: 2, username: 'lili' },
      ]);
    } finally {
      await t2.close();
    }
  });
});
