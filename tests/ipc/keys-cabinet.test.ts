import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KeyDetail, KeyRow, LoanRow } from '../../src-shared/modules/keys';
import { storeFingerprint, USER_PASSWORD } from '../support/desk';
import { setupKeyDesk, type KeyDesk } from './keys-support';

let k: KeyDesk;
beforeEach(async () => {
  k = await setupKeyDesk('2026-11-20T09:00:00+08:00');
});
afterEach(() => k.t.close());

const lastAudit = () => k.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as string;
const search = async (input: Record<string, unknown>) => (await k.t.ok<{ rows: KeyRow[] }>('keys.search', input, k.desk)).rows;
const EVENING = '2026-11-20T18:00:00+08:00';

describe('inventory', () => {
  it('registers keys with a tag code that never names the door, restricted by default for master and plant-room keys', async () => {
    const door = await k.save({ name: '入户门钥匙', category: 'unit', unitId: k.unit1203, place: '入户门', copies: 2, cabinet: 'A柜', hook: '12' });
    expect(door).toMatchObject({ code: 'K-000001', kind: 'key', opens: '3栋2单元1203 入户门', copies: 2, cabinet: 'A柜', hook: '12', status: 'in', restricted: false });
    expect(door.code).not.toContain('1203');
    const master = await k.save({ name: '3栋总匙', category: 'master', place: '3栋全部单元', cabinet: 'B柜', hook: '1' });
    const plant = await k.save({ name: '水泵房钥匙', category: 'plant_room', place: 'B1 水泵房', cabinet: 'B柜', hook: '2', restricted: false });
    expect([master.code, master.restricted, plant.restricted]).toEqual(['K-000002', true, false]);
    expect(lastAudit()).toBe('登记钥匙 K-000003（水泵房钥匙）：设备房，开启 B1 水泵房，1 把，存放 B柜 2');

    expect((await search({ q: '1203' })).map((r) => r.id)).toEqual([door.id]);
    expect((await search({ q: '水泵房' })).map((r) => r.id)).toEqual([plant.id]);
    expect((await search({ q: 'K-000002' })).map((r) => r.id)).toEqual([master.id]);
    expect((await search({ category: 'master' })).map((r) => r.id)).toEqual([master.id]);
    // Scanned codes are read loosely; the key is found by its tag alone.
    expect((await k.t.ok<KeyDetail>('keys.get', { code: 'k-1' }, k.guard)).key.id).toBe(door.id);

    const noPlace = await k.t.call('keys.save', { name: '无名钥匙', category: 'other' }, k.desk);
    expect(noPlace).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { place: '请选择钥匙开启的房号，或填写开启的地点' } } });

    const edited = await k.save({ id: plant.id, name: '水泵房钥匙', category: 'plant_room', place: 'B1 水泵房', copies: 3, cabinet: 'B柜', hook: '2' });
    expect(edited).toMatchObject({ code: 'K-000003', copies: 3, restricted: false });
    const retired = await k.t.ok<KeyRow>('keys.retire', { code: 'K-000003', reason: '换锁后旧钥匙作废' }, k.desk);
    expect(retired).toMatchObject({ status: 'retired', retired: { reason: '换锁后旧钥匙作废' } });
    expect((await search({})).map((r) => r.id).sort()).toEqual([door.id, master.id].sort());
    const before = storeFingerprint(k.t.desk);
    expect(await k.t.call('keys.retire', { id: plant.id, reason: '再次停用' }, k.desk)).toMatchObject({ ok: false, error: { code: 'KEY_WRONG_STATE' } });
    expect(await k.t.call('keys.lend', { id: plant.id, borrower: { kind: 'staff', userId: k.engineerId }, reason: '巡检', expectedAt: EVENING }, k.desk)).toMatchObject({
      ok: false,
      error: { code: 'KEY_UNAVAILABLE', message: expect.stringContaining('换锁后旧钥匙作废') },
    });
    expect(storeFingerprint(k.t.desk)).toBe(before);
  });
});

describe('lending', () => {
  it('lends a ring as one unit, never a key off it alone, and takes it back whole', async () => {
    const ring = await k.save({ kind: 'ring', name: '3栋公共区域钥匙串', category: 'public_area', place: '3栋公共区域', cabinet: 'C柜', hook: '5' });
    const roof = await k.save({ name: '天台门', category: 'public_area', place: '3栋天台', ringId: ring.id });
    const exit = await k.save({ name: '消防通道门', category: 'public_area', place: '3栋消防通道', ringId: ring.id });
    expect(roof).toMatchObject({ ringId: ring.id, ringCode: ring.code, cabinet: 'C柜', hook: '5' });

    let before = storeFingerprint(k.t.desk);
    const alone = await k.t.call('keys.lend', { code: roof.code, borrower: { kind: 'staff', userId: k.engineerId }, reason: '检修', expectedAt: EVENING }, k.desk);
    expect(alone).toMatchObject({ ok: false, error: { code: 'KEY_IN_RING', message: `${roof.code}（天台门） 挂在钥匙串 ${ring.code} 上，须整串借出或归还` } });
    const past = await k.t.call('keys.lend', { code: ring.code, borrower: { kind: 'staff', userId: k.engineerId }, reason: '检修', expectedAt: '2026-11-20T08:00:00+08:00' }, k.desk);
    expect(past).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { expectedAt: '预计归还时间须晚于现在' } } });
    expect(storeFingerprint(k.t.desk)).toBe(before);

    const loan = await k.lend({ code: ring.code, borrower: { kind: 'staff', userId: k.engineerId }, reason: '天台防水检修', expectedAt: EVENING });
    expect(loan).toMatchObject({
      keyId: ring.id,
      keyKind: 'ring',
      keyCodes: [ring.code, roof.code, exit.code],
      borrowerKind: 'staff',
      borrowerName: '刘强',
      lentBy: '钱梅',
      expectedAt: '2026-11-20T10:00:00.000Z',
      approvedBy: null,
      status: 'open',
      overdue: false,
    });
    expect(lastAudit()).toBe(
      `借出钥匙串 ${ring.code}（3栋公共区域钥匙串）（${roof.code}、${exit.code}），借用人 员工 刘强，事由 天台防水检修，预计 2026-11-20 18:00 归还`,
    );
    const member = await k.t.ok<KeyDetail>('keys.get', { id: exit.id }, k.desk);
    expect(member.key).toMatchObject({ status: 'out', currentLoan: { loanId: loan.id, borrower: '刘强' } });

    before = storeFingerprint(k.t.desk);
    const again = await k.t.call('keys.lend', { code: ring.code, borrower: { kind: 'staff', userId: k.deskId }, reason: '巡检', expectedAt: EVENING }, k.desk);
    expect(again).toMatchObject({ ok: false, error: { code: 'KEY_UNAVAILABLE', message: expect.stringContaining('刘强 于 2026-11-20 09:00 借出') } });
    const memberBack = await k.t.call('keys.return', { code: roof.code }, k.desk);
    expect(memberBack).toMatchObject({ ok: false, error: { code: 'KEY_IN_RING' } });
    expect(storeFingerprint(k.t.desk)).toBe(before);

    await k.advance(120);
    const back = await k.t.ok<LoanRow>('keys.return', { code: ring.code.toLowerCase(), condition: '完好' }, k.desk);
    expect(back).toMatchObject({ status: 'returned', returnedBy: '钱梅', condition: '完好', returnedAt: '2026-11-20T03:00:00.000Z' });
    expect((await k.t.ok<KeyDetail>('keys.get', { id: ring.id }, k.desk)).members.map((m) => m.status)).toEqual(['in', 'in']);
    // The member's history shows the ring's loan.
    const history = await k.t.ok<KeyDetail>('keys.get', { id: roof.id }, k.desk);
    expect(history.loans.map((l) => l.id)).toEqual([loan.id]);
    expect(history.events.map((e) => e.kind)).toEqual(['created', 'lent', 'returned']);

    before = storeFingerprint(k.t.desk);
    const twice = await k.t.call('keys.return', { code: ring.code }, k.desk);
    expect(twice).toMatchObject({ ok: false, error: { code: 'KEY_NOT_OUT', message: expect.stringContaining('在柜') } });
    expect(storeFingerprint(k.t.desk)).toBe(before);
  });

  it('lends to an outside person with phone and ID tail', async () => {
    const door = await k.save({ name: '入户门钥匙', category: 'unit', unitId: k.unit1203, place: '入户门', cabinet: 'A柜', hook: '12' });
    const loan = await k.lend({
      id: door.id,
      borrower: { kind: 'outside', name: '王师傅', phone: '13700001111', idTail: '123x', company: '深圳市安居装修公司' },
      reason: '空置单元验房维修',
      expectedAt: EVENING,
    });
    expect(loan).toMatchObject({ borrowerKind: 'outside', borrowerName: '王师傅', borrowerIdTail: '123X', borrowerCompany: '深圳市安居装修公司' });
    expect(lastAudit()).toContain('借用人 深圳市安居装修公司 王师傅（13700001111，证件尾号 123X）');
    const badTail = await k.t.call('keys.lend', { id: door.id, borrower: { kind: 'outside', name: '李四', phone: '13700001111', idTail: '12' }, reason: '维修', expectedAt: EVENING }, k.desk);
    expect(badTail).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('restricted keys', () => {
  it('go only to listed people, with a second manager approving on the spot', async () => {
    const plant = await k.save({ name: '配电房钥匙', category: 'plant_room', place: 'B1 配电房', cabinet: 'B柜', hook: '3', allowedUserIds: [k.engineerId] });
    expect(plant).toMatchObject({ restricted: true, allowOutside: false, allowedUsers: [{ id: k.engineerId, name: '刘强' }] });
    const lend = (over: Record<string, unknown>) =>
      k.t.call<LoanRow>('keys.lend', { id: plant.id, borrower: { kind: 'staff', userId: k.engineerId }, reason: '配电柜检修', expectedAt: EVENING, ...over }, k.desk);

    const before = storeFingerprint(k.t.desk);
    expect(await lend({})).toMatchObject({
      ok: false,
      error: { code: 'KEY_APPROVAL_REQUIRED', message: `${plant.code}（配电房钥匙） 为受控钥匙，须由保安经理或总经理现场输入账号和密码批准` },
    });
    const notListed = await lend({ borrower: { kind: 'staff', userId: k.deskId }, approval: { username: 'zhaogang', password: USER_PASSWORD } });
    expect(notListed).toMatchObject({ ok: false, error: { code: 'KEY_NOT_ALLOWED', message: expect.stringContaining('钱梅 不在') } });
    const outsider = await lend({ borrower: { kind: 'outside', name: '王师傅', phone: '13700001111', idTail: '1234' } });
    expect(outsider).toMatchObject({ ok: false, error: { code: 'KEY_NOT_ALLOWED' } });
    const self = await lend({ approval: { username: 'QianMei', password: USER_PASSWORD } });
    expect(self).toMatchObject({ ok: false, error: { code: 'KEY_APPROVAL_SELF' } });
    const borrowerApproves = await lend({ approval: { username: 'liuqiang', password: USER_PASSWORD } });
    expect(borrowerApproves).toMatchObject({ ok: false, error: { code: 'KEY_APPROVAL_SELF' } });
    expect(storeFingerprint(k.t.desk)).toBe(before);

    // A wrong password is refused and counts against the approver's account; nothing of the cabinet changes.
    const keysBefore = k.keyTables();
    const wrong = await lend({ approval: { username: 'zhaogang', password: 'guess12345' } });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'KEY_APPROVAL_REFUSED' } });
    expect(k.t.desk.store.db.prepare(`SELECT failed_count FROM users WHERE username = 'zhaogang'`).pluck().get()).toBe(1);
    expect(k.keyTables()).toBe(keysBefore);
    // A user without an approver's role cannot approve, even with the right password.
    k.desk = await k.t.login('qianmei');
    await k.t.createUser('zhoujie', '周杰', ['archivist']);
    expect(await lend({ approval: { username: 'zhoujie', password: USER_PASSWORD } })).toMatchObject({ ok: false, error: { code: 'KEY_APPROVAL_REFUSED' } });

    const ok = await lend({ approval: { username: 'zhaogang', password: USER_PASSWORD } });
    expect(ok).toMatchObject({ ok: true, data: { approvedBy: '赵刚', borrowerName: '刘强' } });
    expect(lastAudit()).toContain('受控钥匙经 赵刚 现场批准');
    expect(k.t.desk.store.db.prepare(`SELECT failed_count FROM users WHERE username = 'zhaogang'`).pluck().get()).toBe(0);
  });

  it('may allow outside people when the key says so', async () => {
    const master = await k.save({ name: '3栋总匙', category: 'master', place: '3栋全部单元', allowOutside: true });
    const loan = await k.lend({
      id: master.id,
      borrower: { kind: 'outside', name: '陈师傅', phone: '13600002222', idTail: '5678', company: '消防维保公司' },
      reason: '年度消防检测',
      expectedAt: EVENING,
      approval: { username: 'sunli', password: USER_PASSWORD },
    });
    expect(loan).toMatchObject({ approvedBy: '孙丽', borrowerCompany: '消防维保公司' });
  });
});
