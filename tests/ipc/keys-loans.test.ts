import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DepositRow, KeyDetail, KeyRow, KeyStatistics, LoanRow } from '../../src-shared/modules/keys';
import type { RegisterData } from '../../src-shared/modules/registers';
import { storeFingerprint } from '../support/desk';
import { SIGNATURE, setupKeyDesk, type KeyDesk } from './keys-support';

let k: KeyDesk;
beforeEach(async () => {
  k = await setupKeyDesk('2026-11-20T09:00:00+08:00');
});
afterEach(() => k.t.close());

const lastAudit = () => k.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
const staff = () => ({ kind: 'staff', userId: k.engineerId });
const openLoans = (overdueOnly = false) => k.t.ok<LoanRow[]>('keys.loans.open', { overdueOnly }, k.guard);

describe('overdue and lost', () => {
  it('lists open loans and flags those past their expected return at the clock', async () => {
    const a = await k.save({ name: '入户门钥匙', category: 'unit', unitId: k.unit1203, place: '入户门', cabinet: 'A柜' });
    const b = await k.save({ name: '车库道闸钥匙', category: 'vehicle', place: '地下车库道闸', cabinet: 'A柜' });
    const la = await k.lend({ id: a.id, borrower: staff(), reason: '空置单元验房', expectedAt: '2026-11-20T11:00:00+08:00' });
    const lb = await k.lend({ id: b.id, borrower: staff(), reason: '道闸维修', expectedAt: '2026-11-21T09:00:00+08:00' });
    expect(await openLoans(true)).toEqual([]);
    await k.advance(3 * 60); // 12:00
    expect((await openLoans()).map((l) => [l.id, l.overdue])).toEqual([
      [la.id, true],
      [lb.id, false],
    ]);
    expect((await openLoans(true)).map((l) => l.id)).toEqual([la.id]);
    expect((await k.t.ok<KeyDetail>('keys.get', { id: a.id }, k.desk)).key.currentLoan).toMatchObject({ overdue: true, borrower: '刘强' });
    const back = await k.t.ok<LoanRow>('keys.return', { code: a.code, condition: '钥匙齿略有磨损' }, k.desk);
    expect(back.overdue).toBe(false);
    expect(lastAudit()).toBe(`归还钥匙 ${a.code}（入户门钥匙），借用人 刘强，逾期（应于 2026-11-20 11:00 归还），状况：钥匙齿略有磨损`);
    expect((await openLoans(true)).map((l) => l.id)).toEqual([]);
  });

  it('a lost key closes its loan as lost and flags its lock until a manager resolves it', async () => {
    const door = await k.save({ name: '入户门钥匙', category: 'unit', unitId: k.unit1203, place: '入户门', cabinet: 'A柜' });
    const loan = await k.lend({ id: door.id, borrower: staff(), reason: '空置单元验房', expectedAt: '2026-11-20T11:00:00+08:00' });
    await k.advance(60);
    const lost = await k.t.ok<KeyRow>('keys.reportLost', { code: door.code, lostBy: '刘强', lostAt: '2026-11-20T09:30:00+08:00', note: '验房途中遗失' }, k.desk);
    expect(lost).toMatchObject({ status: 'lost', currentLoan: null, lockAttention: { at: '2026-11-20T01:30:00.000Z', note: '刘强 于 2026-11-20 09:30 遗失：验房途中遗失' } });
    expect(lastAudit()).toContain('借用（借用人 刘强）按遗失结案；门锁已标记待处理');
    const detail = await k.t.ok<KeyDetail>('keys.get', { id: door.id }, k.desk);
    expect(detail.loans[0]).toMatchObject({ id: loan.id, status: 'lost', returnedBy: '钱梅', lostNote: '刘强 于 2026-11-20 09:30 遗失：验房途中遗失' });
    expect(await openLoans()).toEqual([]);
    expect((await k.t.ok<{ rows: KeyRow[] }>('keys.search', { attention: true }, k.guard)).rows.map((r) => r.id)).toEqual([door.id]);

    const before = storeFingerprint(k.t.desk);
    const lend = await k.t.call('keys.lend', { id: door.id, borrower: staff(), reason: '验房', expectedAt: '2026-11-20T18:00:00+08:00' }, k.desk);
    expect(lend).toMatchObject({ ok: false, error: { code: 'KEY_UNAVAILABLE', message: expect.stringContaining('遗失（2026-11-20 09:30 报失）') } });
    expect(await k.t.call('keys.reportLost', { id: door.id, lostBy: '刘强', note: '再次报失' }, k.desk)).toMatchObject({ ok: false, error: { code: 'KEY_WRONG_STATE' } });
    expect(await k.t.call('keys.return', { id: door.id }, k.desk)).toMatchObject({ ok: false, error: { code: 'KEY_NOT_OUT' } });
    expect(await k.t.call('keys.lockResolved', { id: door.id, note: '已换锁' }, k.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const future = await k.t.call('keys.reportLost', { id: door.id, lostBy: '刘强', lostAt: '2026-11-21T09:00:00+08:00', note: '未来' }, k.desk);
    expect(future).toMatchObject({ ok: false, error: { code: 'KEY_WRONG_STATE' } });
    expect(storeFingerprint(k.t.desk)).toBe(before);

    const resolved = await k.t.ok<KeyRow>('keys.lockResolved', { code: door.code, note: '已更换锁芯，新钥匙另行登记' }, k.guard);
    expect(resolved).toMatchObject({ status: 'lost', lockAttention: null });
    expect(lastAudit()).toBe(`门锁处理完毕：${door.code}（入户门钥匙）（开启 3栋2单元1203 入户门），已更换锁芯，新钥匙另行登记`);
    expect(await k.t.call('keys.lockResolved', { id: door.id, note: '再次处理' }, k.guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('a key lost off a ring at the desk comes off the ring; a lost time in the future is refused', async () => {
    const ring = await k.save({ kind: 'ring', name: '5栋设备房钥匙串', category: 'plant_room', place: '5栋', cabinet: 'B柜', restricted: false });
    const pump = await k.save({ name: '水泵房', category: 'plant_room', place: '5栋水泵房', ringId: ring.id, restricted: false });
    const before = storeFingerprint(k.t.desk);
    const future = await k.t.call('keys.reportLost', { id: pump.id, lostBy: '钱梅', lostAt: '2026-11-21T09:00:00+08:00', note: '找不到' }, k.desk);
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { lostAt: '遗失时间不能晚于现在' } } });
    expect(storeFingerprint(k.t.desk)).toBe(before);
    const lost = await k.t.ok<KeyRow>('keys.reportLost', { id: pump.id, lostBy: '钱梅', note: '盘点时发现不在钥匙串上' }, k.desk);
    expect(lost).toMatchObject({ status: 'lost', ringId: null });
    expect((await k.t.ok<KeyDetail>('keys.get', { id: ring.id }, k.desk)).members).toEqual([]);
  });
});

describe('the key statistics table', () => {
  it('always matches the keys after a sequence of loans, returns, a loss and a retirement', async () => {
    const d1 = await k.save({ name: '1203 入户门', category: 'unit', unitId: k.unit1203, copies: 2, cabinet: 'A柜', hook: '1' });
    const d2 = await k.save({ name: '1203 信报箱', category: 'unit', unitId: k.unit1203, place: '信报箱', copies: 1, cabinet: 'A柜', hook: '2' });
    const d3 = await k.save({ name: '1204 入户门', category: 'unit', place: '3栋2单元1204', copies: 3, cabinet: 'B柜', hook: '1' });
    const ring = await k.save({ kind: 'ring', name: '3栋公共区域', category: 'public_area', place: '3栋', cabinet: 'C柜', hook: '1' });
    await k.save({ name: '天台门', category: 'public_area', place: '3栋天台', ringId: ring.id, cabinet: 'A柜' });
    await k.save({ name: '消防通道', category: 'public_area', place: '3栋消防通道', ringId: ring.id, copies: 2 });
    const old = await k.save({ name: '旧会所门', category: 'public_area', place: '会所', cabinet: 'C柜' });

    const expected = '2026-11-20T18:00:00+08:00';
    await k.lend({ id: d1.id, borrower: staff(), reason: '验房', expectedAt: expected });
    await k.lend({ id: ring.id, borrower: staff(), reason: '巡检', expectedAt: expected });
    await k.lend({ id: d2.id, borrower: staff(), reason: '取信', expectedAt: expected });
    await k.t.ok('keys.return', { id: d2.id }, k.desk);
    await k.t.ok('keys.reportLost', { id: d3.id, lostBy: '钱梅', note: '盘点缺失' }, k.desk);
    await k.t.ok('keys.retire', { id: old.id, reason: '会所已拆除' }, k.desk);

    const stats = await k.t.ok<KeyStatistics>('keys.statistics', {}, k.manager);
    expect(stats.rows).toEqual([
      { category: 'unit', categoryName: '单元', cabinet: 'A柜', keys: 2, copies: 3, in: 1, out: 2, lost: 0 },
      { category: 'unit', categoryName: '单元', cabinet: 'B柜', keys: 1, copies: 3, in: 0, out: 0, lost: 3 },
      // The ring's keys count in the ring's cabinet; the ring itself is not a key.
      { category: 'public_area', categoryName: '公共区域', cabinet: 'C柜', keys: 2, copies: 3, in: 0, out: 3, lost: 0 },
    ]);
    expect(stats.totals).toEqual({ keys: 5, copies: 9, in: 1, out: 5, lost: 3 });

    await k.t.ok('keys.return', { id: ring.id, condition: '完好' }, k.desk);
    const after = await k.t.ok<KeyStatistics>('keys.statistics', {}, k.guard);
    expect(after.totals).toEqual({ keys: 5, copies: 9, in: 4, out: 2, lost: 3 });

    const sheet = await k.t.ok<RegisterData>('keys.statistics.register', {}, k.desk);
    expect(sheet).toMatchObject({ title: '钥匙统计表', orientation: 'portrait', periodLabel: '截至 2026-11-20 09:00', orgName: '阳光花园物业服务中心' });
    expect(sheet.rows).toHaveLength(4);
    expect(sheet.rows[3]).toEqual({ no: '', category: '合计', cabinet: '—', keys: '5', copies: '9', in: '4', out: '2', lost: '3' });
    const xlsx = await k.t.call<{ fileName: string }>('registers.xlsx', { channel: 'keys.statistics.register' }, k.desk);
    expect(xlsx).toMatchObject({ ok: true, data: { fileName: expect.stringContaining('钥匙统计表') } });

    const register = await k.t.ok<RegisterData>('keys.loans.register', { from: '2026-11-20', to: '2026-11-20' }, k.guard);
    expect(register).toMatchObject({ title: '钥匙借用登记表', orientation: 'landscape' });
    expect(register.rows.map((r) => [r.key, r.borrower, r.reason, r.returnedAt])).toEqual([
      [`${d1.code} 1203 入户门`, '刘强', '验房', ''],
      [`${ring.code} 3栋公共区域（2 把）`, '刘强', '巡检', '2026-11-20 09:00'],
      [`${d2.code} 1203 信报箱`, '刘强', '取信', '2026-11-20 09:00'],
    ]);
    expect(await k.t.call('keys.loans.register', { from: '2026-11-21', to: '2026-11-20' }, k.guard)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('owner-deposited keys', () => {
  it('are handed back only to the owner or a collector they named, against a signature', async () => {
    const dep = await k.t.ok<DepositRow>(
      'keys.deposits.create',
      { occupantId: k.zhangWei, description: '入户门钥匙', count: 2, collectors: [{ name: '李娜', phone: '13698765432' }], signature: SIGNATURE },
      k.desk,
    );
    expect(dep).toMatchObject({ ownerName: '张伟', unitLabel: '3栋2单元1203', status: 'held', collectors: [{ name: '李娜', phone: '13698765432' }], depositedBy: '钱梅' });
    expect(lastAudit()).toBe('业主留存钥匙 LC-20261120-001：3栋2单元1203 张伟，入户门钥匙 2 把，业主已签名，指定领取人：李娜');
    const unsigned = await k.t.call('keys.deposits.create', { occupantId: k.zhangWei, description: '信箱钥匙', signature: 'bm90IGEgcG5n' }, k.desk);
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { signature: '请在签名板上签名' } } });

    const before = storeFingerprint(k.t.desk);
    const collect = (collector: Record<string, unknown>) => k.t.call<DepositRow>('keys.deposits.collect', { id: dep.id, collector, signature: SIGNATURE }, k.desk);
    expect(await collect({ kind: 'authorised', name: '王五', phone: '13698765432' })).toMatchObject({
      ok: false,
      error: { code: 'DEPOSIT_NOT_AUTHORISED', message: expect.stringContaining('王五 不是 3栋2单元1203 业主 张伟 本人或其指定的领取人') },
    });
    expect(await collect({ kind: 'authorised', name: '李娜', phone: '13900000000' })).toMatchObject({ ok: false, error: { code: 'DEPOSIT_NOT_AUTHORISED' } });
    expect(await collect({ kind: 'owner', name: '李娜' })).toMatchObject({ ok: false, error: { code: 'DEPOSIT_NOT_AUTHORISED' } });
    expect(storeFingerprint(k.t.desk)).toBe(before);

    const done = await collect({ kind: 'authorised', name: '李娜', phone: '13698765432' });
    expect(done).toMatchObject({ ok: true, data: { status: 'collected', collectorName: '李娜', collectedBy: '钱梅', collectedAt: '2026-11-20T01:00:00.000Z' } });
    expect(lastAudit()).toBe('留存钥匙领取 LC-20261120-001：3栋2单元1203 入户门钥匙 2 把，由指定领取人 李娜 签名领取');
    const again = await k.t.call('keys.deposits.collect', { id: dep.id, collector: { kind: 'owner', name: '张伟' }, signature: SIGNATURE }, k.desk);
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_PICKED_UP' } });
    expect(await k.t.ok<DepositRow[]>('keys.deposits.list', {}, k.guard)).toEqual([]);
    expect((await k.t.ok<DepositRow[]>('keys.deposits.list', { status: 'all' }, k.guard)).map((d) => d.id)).toEqual([dep.id]);
  });
});
