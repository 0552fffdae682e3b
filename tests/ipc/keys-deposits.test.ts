import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DepositRow, KeyLabel } from '../../src-shared/modules/keys';
import type { RegisterData } from '../../src-shared/modules/registers';
import { KeyDeposits0000000000008 } from '../../src-main/db/migrations/0008-key-deposits';
import { storeFingerprint } from '../support/desk';
import { SIGNATURE, setupKeyDesk, type KeyDesk } from './keys-support';

let k: KeyDesk;
beforeEach(async () => {
  k = await setupKeyDesk('2026-11-20T09:00:00+08:00');
});
afterEach(() => k.t.close());

const deposit = (input: Record<string, unknown>) =>
  k.t.ok<DepositRow>('keys.deposits.create', { occupantId: k.zhangWei, signature: SIGNATURE, ...input }, k.desk);
const list = (input: Record<string, unknown>) => k.t.ok<DepositRow[]>('keys.deposits.list', input, k.guard);

describe('deposit numbers', () => {
  it('are gap-free per desk day and start again the next day', async () => {
    const a = await deposit({ description: '入户门钥匙', count: 2 });
    const b = await deposit({ description: '信箱钥匙' });
    expect([a.depositNo, b.depositNo]).toEqual(['LC-20261120-001', 'LC-20261120-002']);
    // A refused deposit takes no number.
    const refused = await k.t.call('keys.deposits.create', { occupantId: k.zhangWei, description: '车库钥匙', signature: 'bm90IGEgcG5n' }, k.desk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // 23:59 local is still the 20th; 00:01 is the 21st (Asia/Shanghai, not UTC).
    await k.advance(14 * 60 + 58);
    expect((await deposit({ description: '车库钥匙' })).depositNo).toBe('LC-20261120-003');
    await k.advance(2);
    expect((await deposit({ description: '阳台门钥匙' })).depositNo).toBe('LC-20261121-001');
  });
});

describe('migration 0008', () => {
  it('numbers the deposits a desk already kept by their local day, in the order taken in', async () => {
    const a = await deposit({ description: '入户门钥匙' });
    await k.advance(15 * 60 + 30); // 2026-11-21 00:30 local, still the 20th in UTC
    const b = await deposit({ description: '信箱钥匙' });
    const c = await deposit({ description: '车库钥匙' });
    const db = k.t.desk.store.db;
    // Back to the schema of 0007, as a deployed desk has it.
    db.exec(`DROP INDEX key_deposits_no; DROP INDEX key_deposits_day_seq;
      ALTER TABLE key_deposits DROP COLUMN deposit_no; ALTER TABLE key_deposits DROP COLUMN seq; ALTER TABLE key_deposits DROP COLUMN deposit_day;`);
    const runner = {
      query: async (sql: string, params: unknown[] = []) => (/^\s*SELECT/i.test(sql) ? db.prepare(sql).all(...params) : db.prepare(sql).run(...params)),
    };
    await new KeyDeposits0000000000008().up(runner as never);
    const numbers = db.prepare('SELECT id, deposit_no AS no, deposit_day AS day, seq FROM key_deposits ORDER BY id').all();
    expect(numbers).toEqual([
      { id: a.id, no: 'LC-20261120-001', day: '2026-11-20', seq: 1 },
      { id: b.id, no: 'LC-20261121-001', day: '2026-11-21', seq: 1 },
      { id: c.id, no: 'LC-20261121-002', day: '2026-11-21', seq: 2 },
    ]);
    // New deposits go on from there.
    expect((await deposit({ description: '阳台门钥匙' })).depositNo).toBe('LC-20261121-003');
  });
});

describe('authorised collectors', () => {
  it('only a person the owner listed (name and phone) collects as authorised; the store is unchanged otherwise', async () => {
    const dep = await deposit({ description: '入户门钥匙', collectors: [{ name: '李娜', phone: '13698765432' }] });
    const before = storeFingerprint(k.t.desk);
    const collect = (collector: Record<string, unknown>) => k.t.call<DepositRow>('keys.deposits.collect', { id: dep.id, collector, signature: SIGNATURE }, k.desk);
    const stranger = await collect({ kind: 'authorised', name: '王芳', phone: '13698765432' });
    expect(stranger).toMatchObject({
      ok: false,
      error: { code: 'DEPOSIT_NOT_AUTHORISED', message: '王芳 不是 3栋2单元1203 业主 张伟 本人或其指定的领取人（姓名和电话须与登记一致），不能领取留存钥匙' },
    });
    expect(await collect({ kind: 'authorised', name: '张伟', phone: '13812345678' })).toMatchObject({ ok: false, error: { code: 'DEPOSIT_NOT_AUTHORISED' } });
    expect(storeFingerprint(k.t.desk)).toBe(before);
    const done = await collect({ kind: 'authorised', name: '李娜', phone: '13698765432' });
    expect(done).toMatchObject({ ok: true, data: { status: 'collected', collectorKind: 'authorised', collectorName: '李娜' } });
  });
});

describe('deposits list', () => {
  it('finds by number, its last digits, owner, unit or a named collector', async () => {
    const b7 = (await k.t.ok<{ id: number }>('directory.buildings.save', { name: '7' }, k.desk)).id;
    const u502 = (await k.t.ok<{ id: number }>('directory.units.save', { buildingId: b7, entrance: '1', room: '502' }, k.desk)).id;
    const liNa = (await k.t.ok<{ id: number }>('directory.occupants.save', { unitId: u502, name: '李娜', kind: 'owner', phone: '13698765432' }, k.desk)).id;
    const a = await deposit({ description: '入户门钥匙', collectors: [{ name: '王芳', phone: '13500001111' }] });
    const b = await deposit({ occupantId: liNa, description: '信箱钥匙' });
    const ids = async (q: string, status = 'all') => (await list({ q, status })).map((d) => d.id);
    expect(await ids('')).toEqual([b.id, a.id]);
    expect(await ids('LC-20261120-002')).toEqual([b.id]);
    expect(await ids('001')).toEqual([a.id]);
    expect(await ids('李娜')).toEqual([b.id]);
    expect(await ids('3栋2单元')).toEqual([a.id]);
    expect(await ids('王芳')).toEqual([a.id]);
    expect(await ids('%')).toEqual([]);
    expect(await ids('张伟', 'collected')).toEqual([]);
    expect(await list({ q: '张伟' })).toHaveLength(1);
  });
});

describe('钥匙留存登记表', () => {
  it('lists the period’s deposits in number order with who collected them', async () => {
    const a = await deposit({ description: '入户门钥匙', count: 2, collectors: [{ name: '李娜', phone: '13698765432' }] });
    await deposit({ description: '信箱钥匙' });
    await k.advance(60);
    await k.t.ok('keys.deposits.collect', { id: a.id, collector: { kind: 'authorised', name: '李娜', phone: '13698765432' }, signature: SIGNATURE }, k.desk);
    const reg = await k.t.ok<RegisterData>('keys.deposits.register', { from: '2026-11-20', to: '2026-11-20' }, k.guard);
    expect(reg).toMatchObject({ title: '钥匙留存登记表', periodLabel: expect.stringContaining('2026-11-20'), orientation: 'landscape' });
    expect(reg.columns.map((c) => c.label)).toEqual([
      '序号', '留存编号', '房号', '业主', '钥匙说明', '数量', '指定领取人', '留存时间', '经办人', '领取时间', '领取人', '发还经办',
    ]);
    expect(reg.rows).toEqual([
      {
        no: '1', number: 'LC-20261120-001', unit: '3栋2单元1203', owner: '张伟', description: '入户门钥匙', count: '2', collectors: '李娜 13698765432',
        depositedAt: '2026-11-20 09:00', depositedBy: '钱梅', collectedAt: '2026-11-20 10:00', collector: '李娜 13698765432', collectedBy: '钱梅',
      },
      {
        no: '2', number: 'LC-20261120-002', unit: '3栋2单元1203', owner: '张伟', description: '信箱钥匙', count: '1', collectors: '仅限业主本人',
        depositedAt: '2026-11-20 09:00', depositedBy: '钱梅', collectedAt: '', collector: '', collectedBy: '',
      },
    ]);
    expect((await k.t.ok<RegisterData>('keys.deposits.register', { from: '2026-11-21', to: '2026-11-22' }, k.guard)).rows).toEqual([]);
    expect(await k.t.call('keys.deposits.register', { from: '2026-11-21', to: '2026-11-20' }, k.guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('tag labels', () => {
  it('carry the code, kind, category and hook, never the unit or place the key opens', async () => {
    const ring = await k.save({ kind: 'ring', name: '3栋设备房钥匙串', category: 'plant_room', place: '3栋设备房', cabinet: 'B柜', hook: '07' });
    const key = await k.save({ name: '入户门钥匙', category: 'unit', unitId: k.unit1203, place: '入户门', cabinet: 'A柜', hook: '12' });
    const onRing = await k.save({ name: '配电房钥匙', category: 'plant_room', place: '配电房', ringId: ring.id });
    const labels = await k.t.ok<KeyLabel[]>('keys.label', { ids: [key.id, ring.id, onRing.id] }, k.guard);
    expect(labels).toEqual([
      { id: key.id, code: key.code, kind: 'key', categoryName: '单元', cabinet: 'A柜', hook: '12' },
      { id: ring.id, code: ring.code, kind: 'ring', categoryName: '设备房', cabinet: 'B柜', hook: '07' },
      { id: onRing.id, code: onRing.code, kind: 'key', categoryName: '设备房', cabinet: 'B柜', hook: '07' },
    ]);
    const text = JSON.stringify(labels);
    for (const secret of ['1203', '3栋', '入户门', '配电房', '设备房钥匙串', 'unitId', 'place', 'opens']) expect(text).not.toContain(secret);
    expect(await k.t.call('keys.label', { ids: [] }, k.guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await k.t.call('keys.label', { ids: Array.from({ length: 61 }, (_, i) => i + 1) }, k.guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await k.t.call('keys.label', { ids: [99999] }, k.guard)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
