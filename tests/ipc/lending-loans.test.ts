import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LendingTypeRow, LoanRow } from '../../src-shared/modules/lending';
import type { RegisterData } from '../../src-shared/modules/registers';
import { storeFingerprint } from '../support/desk';
import { setupLendingDesk, VALID_ID, type LendingDesk } from './lending-support';

let d: LendingDesk;
beforeEach(async () => {
  d = await setupLendingDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const lend = (input: Record<string, unknown>) => d.t.call<LoanRow>('lending.lend', input, d.desk);
const lendOk = (input: Record<string, unknown>) => d.t.ok<LoanRow>('lending.lend', input, d.desk);
const loans = async (input: Record<string, unknown> = {}, token = d.desk) =>
  (await d.t.ok<{ rows: LoanRow[]; nextBefore: number | null }>('lending.loans', input, token)).rows;
const type = async (name: string) => (await d.t.ok<LendingTypeRow[]>('lending.types.list', {}, d.desk)).find((r) => r.name === name);

describe('courtesy item types', () => {
  it('are seeded with stock, and configured by the desk and the administrator', async () => {
    expect(Object.keys(d.types)).toEqual(['雨伞', '轮椅', '手推车', '老花镜/放大镜', '充电宝']);
    expect(d.types['轮椅']).toMatchObject({ needsId: true, loanHours: 8, count: 2, out: 0, available: 2, active: true });
    expect(d.types['雨伞']).toMatchObject({ needsId: false, loanHours: 24, count: 20 });

    const saved = await d.t.ok<LendingTypeRow>('lending.types.save', { id: d.types['轮椅'].id, name: '轮椅', needsId: true, loanHours: 12, count: 3 }, d.t.adminToken);
    expect(saved).toMatchObject({ loanHours: 12, count: 3, available: 3 });
    const added = await d.t.ok<LendingTypeRow>('lending.types.save', { name: '婴儿车', loanHours: 4, count: 1 }, d.desk);
    expect(added).toMatchObject({ name: '婴儿车', needsId: false, available: 1 });
    expect(audit()).toEqual(expect.arrayContaining([
      '修改便民借用物品：轮椅（共 2 件，借期 8 小时，须登记证件） → 轮椅（共 3 件，借期 12 小时，须登记证件）',
      '新增便民借用物品：婴儿车（共 1 件，借期 4 小时）',
    ]));

    const before = storeFingerprint(d.t.desk);
    const dup = await d.t.call('lending.types.save', { name: '雨伞', loanHours: 4, count: 1 }, d.desk);
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT', fields: { name: '物品名称 雨伞 已存在' } } });
    expect(await d.t.call('lending.types.save', { name: '雨伞', loanHours: 4, count: 1 }, d.security)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(storeFingerprint(d.t.desk)).toBe(before);
  });

  it('cannot count fewer than are lent out', async () => {
    await lendOk({ typeId: d.types['手推车'].id, quantity: 2, occupantId: d.zhangWei });
    const before = storeFingerprint(d.t.desk);
    const res = await d.t.call('lending.types.save', { id: d.types['手推车'].id, name: '手推车', loanHours: 2, count: 1 }, d.desk);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { count: '还有 2 件借出未还，总数不能少于此数' } } });
    expect(storeFingerprint(d.t.desk)).toBe(before);
  });
});

describe('courtesy lending', () => {
  it('lends a wheelchair only against a valid ID, stored and always shown masked', async () => {
    const wheelchair = d.types['轮椅'].id;
    const before = storeFingerprint(d.t.desk);
    const missing = await lend({ typeId: wheelchair, occupantId: d.zhangWei });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { idNumber: '借用轮椅须登记有效证件' } } });
    const noType = await lend({ typeId: wheelchair, occupantId: d.zhangWei, idNumber: VALID_ID });
    expect(noType).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { idType: '请选择证件类型' } } });
    const invalid = await lend({ typeId: wheelchair, occupantId: d.zhangWei, idType: 'resident_id', idNumber: '110105194912310021' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { idNumber: '证件号码未通过校验（校验位不正确）' } } });
    expect(storeFingerprint(d.t.desk)).toBe(before);

    const loan = await lendOk({ typeId: wheelchair, occupantId: d.zhangWei, idType: 'resident_id', idNumber: '11010519491231002x' });
    expect(loan).toMatchObject({
      loanNo: 'JY-20261120-001',
      typeName: '轮椅',
      quantity: 1,
      roomLabel: '3栋2单元1203',
      borrowerName: '张伟',
      borrowerPhone: '13812345678',
      idType: 'resident_id',
      idNumberMasked: '1101**********002X',
      lentBy: '钱梅',
      returnedAt: null,
      overdue: false,
    });
    // Due after the type's 8 hours: 17:00 Beijing time.
    expect(loan.dueAt).toBe('2026-11-20T09:00:00.000Z');
    // Stored in full (normalised), never sent out in clear.
    expect(d.t.desk.store.db.prepare('SELECT id_number FROM lending_loans WHERE id = ?').pluck().get(loan.id)).toBe(VALID_ID);
    expect(JSON.stringify(await loans({ view: 'all' }, d.manager))).not.toContain(VALID_ID);
    expect(audit().join('\n')).not.toContain(VALID_ID);
    expect(audit()).toContain('便民借用 JY-20261120-001：轮椅 ×1 借给 3栋2单元1203 张伟，居民身份证 1101**********002X，应还 2026-11-20 17:00');
  });

  it('lends to someone typed at the desk, refusing a missing room, name or phone', async () => {
    const umbrella = d.types['雨伞'].id;
    const before = storeFingerprint(d.t.desk);
    const bare = await lend({ typeId: umbrella });
    expect(bare).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { roomLabel: '请填写房号', name: '请填写姓名', phone: '请填写联系电话' } } });
    expect(storeFingerprint(d.t.desk)).toBe(before);
    const loan = await lendOk({ typeId: umbrella, quantity: 2, roomLabel: '5栋1单元0801', name: '李娜', phone: '13698765432' });
    expect(loan).toMatchObject({ loanNo: 'JY-20261120-001', occupantId: null, roomLabel: '5栋1单元0801', borrowerName: '李娜', quantity: 2, idType: null, idNumberMasked: '' });
    expect((await type('雨伞'))).toMatchObject({ count: 20, out: 2, available: 18 });
  });

  it('refuses to lend more than are in stock, saying how many there are', async () => {
    const wheelchair = d.types['轮椅'].id;
    const id = { idType: 'resident_id', idNumber: VALID_ID };
    await lendOk({ typeId: wheelchair, occupantId: d.zhangWei, ...id });
    const before = storeFingerprint(d.t.desk);
    const two = await lend({ typeId: wheelchair, quantity: 2, roomLabel: '5栋1单元0801', name: '李娜', phone: '13698765432', ...id });
    expect(two).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', message: '轮椅 库存不足：共 2 件，已借出 1 件，可借 1 件，本次要借 2 件' } });
    expect(storeFingerprint(d.t.desk)).toBe(before);
    const second = await lendOk({ typeId: wheelchair, roomLabel: '5栋1单元0801', name: '李娜', phone: '13698765432', ...id });
    expect(second.loanNo).toBe('JY-20261120-002');
    const before2 = storeFingerprint(d.t.desk);
    const none = await lend({ typeId: wheelchair, occupantId: d.zhangWei, ...id });
    expect(none).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK', message: '轮椅 库存不足：共 2 件，已借出 2 件，可借 0 件，本次要借 1 件' } });
    expect(storeFingerprint(d.t.desk)).toBe(before2);

    // A return puts it back in stock.
    await d.t.ok('lending.return', { id: second.id }, d.desk);
    expect(await type('轮椅')).toMatchObject({ out: 1, available: 1 });
  });

  it('takes a loan back once, with its condition', async () => {
    const loan = await lendOk({ typeId: d.types['雨伞'].id, occupantId: d.zhangWei });
    d.t.clock.advance(60);
    await d.relogin();
    const back = await d.t.ok<LoanRow>('lending.return', { id: loan.id, condition: '伞骨折断一根' }, d.desk);
    expect(back).toMatchObject({ returnedTo: '钱梅', returnCondition: '伞骨折断一根', overdue: false });
    expect(back.returnedAt).toBe('2026-11-20T02:00:00.000Z');
    expect(audit()).toContain('便民借用归还 JY-20261120-001：雨伞 ×1，3栋2单元1203 张伟，状况：伞骨折断一根');
    const before = storeFingerprint(d.t.desk);
    const again = await d.t.call('lending.return', { id: loan.id }, d.desk);
    expect(again).toMatchObject({ ok: false, error: { code: 'LENDING_CLOSED', message: 'JY-20261120-001 已于 2026-11-20 10:00 归还，不能重复办理' } });
    expect(await d.t.call('lending.return', { id: loan.id }, d.manager)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(storeFingerprint(d.t.desk)).toBe(before);
    expect(await loans()).toEqual([]);
    expect((await loans({ view: 'all' })).map((l) => l.id)).toEqual([loan.id]);
  });

  it('lists loans overdue at the clock, and finds them by name, room and phone tail', async () => {
    const cart = await lendOk({ typeId: d.types['手推车'].id, occupantId: d.zhangWei }); // due 11:00
    const umbrella = await lendOk({ typeId: d.types['雨伞'].id, roomLabel: '5栋1单元0801', name: '李娜', phone: '13698765432' }); // due tomorrow 09:00
    expect(await loans({ view: 'overdue' })).toEqual([]);

    d.t.clock.advance(3 * 60); // 12:00
    await d.relogin();
    const overdue = await loans({ view: 'overdue' }, d.security);
    expect(overdue.map((l) => [l.loanNo, l.overdue])).toEqual([['JY-20261120-001', true]]);
    expect((await loans({ view: 'open' })).map((l) => [l.id, l.overdue])).toEqual([[umbrella.id, false], [cart.id, true]]);

    d.t.clock.advance(24 * 60); // the next day 12:00: both overdue
    await d.relogin();
    expect((await loans({ view: 'overdue' })).map((l) => l.id)).toEqual([umbrella.id, cart.id]);
    await d.t.ok('lending.return', { id: cart.id, condition: '完好' }, d.desk);
    expect((await loans({ view: 'overdue' })).map((l) => l.id)).toEqual([umbrella.id]);

    expect((await loans({ view: 'all', q: '李娜' })).map((l) => l.id)).toEqual([umbrella.id]);
    expect((await loans({ view: 'all', q: 'zw' })).map((l) => l.id)).toEqual([cart.id]);
    expect((await loans({ view: 'all', q: '1203' })).map((l) => l.id)).toEqual([cart.id]);
    expect((await loans({ view: 'all', q: '5432' })).map((l) => l.id)).toEqual([umbrella.id]);

    const page1 = await d.t.ok<{ rows: LoanRow[]; nextBefore: number | null }>('lending.loans', { view: 'all', limit: 1 }, d.desk);
    expect(page1.rows.map((l) => l.id)).toEqual([umbrella.id]);
    const page2 = await d.t.ok<{ rows: LoanRow[]; nextBefore: number | null }>('lending.loans', { view: 'all', limit: 1, before: page1.nextBefore }, d.desk);
    expect(page2.rows.map((l) => l.id)).toEqual([cart.id]);
  });

  it('numbers loans gap-free per day', async () => {
    const a = await lendOk({ typeId: d.types['雨伞'].id, occupantId: d.zhangWei });
    await lend({ typeId: d.types['轮椅'].id, occupantId: d.zhangWei }); // refused: no ID
    const b = await lendOk({ typeId: d.types['雨伞'].id, occupantId: d.zhangWei });
    d.t.clock.advance(24 * 60);
    await d.relogin();
    const c = await lendOk({ typeId: d.types['雨伞'].id, occupantId: d.zhangWei });
    expect([a.loanNo, b.loanNo, c.loanNo]).toEqual(['JY-20261120-001', 'JY-20261120-002', 'JY-20261121-001']);
  });
});

describe('courtesy lending register', () => {
  it('lists the period\'s loans with masked IDs and phones and their return', async () => {
    const chair = await lendOk({ typeId: d.types['轮椅'].id, occupantId: d.zhangWei, idType: 'resident_id', idNumber: VALID_ID });
    await lendOk({ typeId: d.types['雨伞'].id, quantity: 2, roomLabel: '5栋1单元0801', name: '李娜', phone: '13698765432' });
    d.t.clock.advance(9 * 60); // 18:00, the wheelchair was due at 17:00
    await d.relogin();
    await d.t.ok('lending.return', { id: chair.id, condition: '完好' }, d.desk);
    d.t.clock.advance(24 * 60);
    await d.relogin();
    await lendOk({ typeId: d.types['雨伞'].id, occupantId: d.zhangWei }); // the next day: outside the period

    const reg = await d.t.ok<RegisterData>('lending.register', { from: '2026-11-20', to: '2026-11-20' }, d.manager);
    expect(reg.title).toBe('便民借用登记表');
    expect(reg.orientation).toBe('landscape');
    expect(reg.rows).toEqual([
      {
        no: '1', loanNo: 'JY-20261120-001', item: '轮椅 ×1', borrower: '3栋2单元1203 张伟', phone: '138****5678',
        idNumber: '居民身份证 1101**********002X', lentAt: '2026-11-20 09:00', dueAt: '2026-11-20 17:00',
        returnedAt: '2026-11-20 18:00', condition: '完好', lentBy: '钱梅',
      },
      {
        no: '2', loanNo: 'JY-20261120-002', item: '雨伞 ×2', borrower: '5栋1单元0801 李娜', phone: '136****5432',
        idNumber: '', lentAt: '2026-11-20 09:00', dueAt: '2026-11-21 09:00', returnedAt: '逾期未还', condition: '', lentBy: '钱梅',
      },
    ]);
    expect(JSON.stringify(reg)).not.toContain(VALID_ID);
    const sec = await d.t.ok<RegisterData>('lending.register', { from: '2026-11-01', to: '2026-11-30' }, d.security);
    expect(sec.rows).toHaveLength(3);
    expect(await d.t.call('lending.register', { from: '2026-11-30', to: '2026-11-01' }, d.manager)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { to: '结束日期不能早于开始日期' } } });
  });
});
