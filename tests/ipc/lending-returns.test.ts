import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LendingTypeRow, LoanRow, StorageDetail, StorageReceipt } from '../../src-shared/modules/lending';
import type { RegisterData } from '../../src-shared/modules/registers';
import type { QueryRunner } from 'typeorm';
import { LendingReturns0000000000010 } from '../../src-main/db/migrations/0010-lending-returns';
import { storeFingerprint } from '../support/desk';
import { setupLendingDesk, SIGNATURE, type LendingDesk } from './lending-support';

let d: LendingDesk;
beforeEach(async () => {
  d = await setupLendingDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const umbrella = async () => (await d.t.ok<LendingTypeRow[]>('lending.types.list', {}, d.desk)).find((r) => r.name === '雨伞') as LendingTypeRow;
const loans = async (input: Record<string, unknown> = {}) =>
  (await d.t.ok<{ rows: LoanRow[]; nextBefore: number | null }>('lending.loans', input, d.desk)).rows;

describe('partial returns', () => {
  it('takes 3 umbrellas back as 2 then 1, the loan open with the remainder until all are back', async () => {
    const loan = await d.t.ok<LoanRow>('lending.lend', { typeId: d.types['雨伞'].id, quantity: 3, occupantId: d.zhangWei }, d.desk);
    expect(loan).toMatchObject({ quantity: 3, returnedQuantity: 0, outQuantity: 3, returns: [], returnedAt: null });
    expect(await umbrella()).toMatchObject({ count: 20, out: 3, available: 17 });

    await d.t.clock.advance(60);
    await d.relogin();
    const part = await d.t.ok<LoanRow>('lending.return', { id: loan.id, quantity: 2, condition: '完好' }, d.desk);
    expect(part).toMatchObject({
      returnedAt: null,
      returnedTo: null,
      returnedQuantity: 2,
      outQuantity: 1,
      returns: [{ quantity: 2, returnedAt: '2026-11-20T02:00:00.000Z', returnedTo: '钱梅', condition: '完好' }],
    });
    expect(await umbrella()).toMatchObject({ out: 1, available: 19 });
    expect((await loans({ view: 'open' })).map((l) => l.id)).toContain(loan.id);
    expect(audit()).toContain('便民借用归还 JY-20261120-001：雨伞 ×3，部分归还 2 件，尚有 1 件未还，3栋2单元1203 张伟，状况：完好');

    // Past due with one still out: overdue, and the register says what is back and what is not.
    await d.t.clock.advance(24 * 60);
    await d.relogin();
    expect((await loans({ view: 'overdue' })).find((l) => l.id === loan.id)).toMatchObject({ overdue: true, outQuantity: 1 });
    const reg1 = await d.t.ok<RegisterData>('lending.register', { from: '2026-11-20', to: '2026-11-21' }, d.manager);
    expect(reg1.rows[0]).toMatchObject({ item: '雨伞 ×3', returnedAt: '2026-11-20 10:00 还 2 件；逾期未还 未还 1 件（已还 2 件）', condition: '2 件：完好' });

    // More than is out: refused, nothing changes.
    const before = storeFingerprint(d.t.desk);
    const tooMany = await d.t.call('lending.return', { id: loan.id, quantity: 2 }, d.desk);
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { quantity: '雨伞只有 1 件未还，不能归还 2 件' } } });
    expect(storeFingerprint(d.t.desk)).toBe(before);

    // The rest (no quantity: all still out).
    const rest = await d.t.ok<LoanRow>('lending.return', { id: loan.id, condition: '伞骨折断' }, d.desk);
    expect(rest).toMatchObject({
      returnedAt: '2026-11-21T02:00:00.000Z',
      returnedTo: '钱梅',
      returnedQuantity: 3,
      outQuantity: 0,
      overdue: false,
      returnCondition: '2 件：完好；1 件：伞骨折断',
    });
    expect(rest.returns.map((r) => r.quantity)).toEqual([2, 1]);
    expect(await umbrella()).toMatchObject({ out: 0, available: 20 });
    expect((await loans({ view: 'open' })).map((l) => l.id)).not.toContain(loan.id);
    expect(audit()).toContain('便民借用归还 JY-20261120-001：雨伞 ×3，归还余下 1 件，已全部归还，3栋2单元1203 张伟（逾期归还），状况：伞骨折断');
    const reg2 = await d.t.ok<RegisterData>('lending.register', { from: '2026-11-20', to: '2026-11-21' }, d.manager);
    expect(reg2.rows[0]).toMatchObject({ returnedAt: '2026-11-20 10:00 还 2 件；2026-11-21 10:00 还 1 件', condition: '2 件：完好；1 件：伞骨折断' });

    const closed = storeFingerprint(d.t.desk);
    expect(await d.t.call('lending.return', { id: loan.id, quantity: 1 }, d.desk)).toMatchObject({ ok: false, error: { code: 'LENDING_CLOSED' } });
    expect(storeFingerprint(d.t.desk)).toBe(closed);
  });

  it('returns a whole loan in one go as before, one return recorded', async () => {
    const loan = await d.t.ok<LoanRow>('lending.lend', { typeId: d.types['手推车'].id, quantity: 2, occupantId: d.zhangWei }, d.desk);
    const back = await d.t.ok<LoanRow>('lending.return', { id: loan.id, condition: '完好' }, d.desk);
    expect(back).toMatchObject({ returnedQuantity: 2, outQuantity: 0, returnCondition: '完好', returns: [{ quantity: 2, condition: '完好' }] });
    expect(back.returnedAt).not.toBeNull();
    const reg = await d.t.ok<RegisterData>('lending.register', { from: '2026-11-20', to: '2026-11-20' }, d.manager);
    expect(reg.rows[0]).toMatchObject({ returnedAt: '2026-11-20 09:00', condition: '完好' });
    expect(await d.t.call('lending.return', { id: loan.id, quantity: 1 }, d.security)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('migration 0010', () => {
  it('gives each loan returned before it its one whole return, and open loans none', async () => {
    const cart = d.types['手推车'].id;
    const closed = await d.t.ok<LoanRow>('lending.lend', { typeId: cart, quantity: 2, occupantId: d.zhangWei }, d.desk);
    await d.t.ok('lending.return', { id: closed.id, condition: '轮子松动' }, d.desk);
    const open = await d.t.ok<LoanRow>('lending.lend', { typeId: cart, quantity: 1, occupantId: d.zhangWei }, d.desk);
    // A desk as it was before 0010: loans carry their return, no parts table.
    const db = d.t.desk.store.db;
    db.exec('DROP TABLE lending_returns');
    const runner = { query: async (sql: string) => db.exec(sql) } as unknown as QueryRunner;
    await new LendingReturns0000000000010().up(runner);

    const [o, c] = await loans({ view: 'all' });
    expect(c).toMatchObject({ id: closed.id, returnedQuantity: 2, outQuantity: 0, returnCondition: '轮子松动', returns: [{ quantity: 2, returnedTo: '钱梅', condition: '轮子松动' }] });
    expect(o).toMatchObject({ id: open.id, returnedQuantity: 0, outQuantity: 1, returns: [] });
    expect((await d.t.ok<LendingTypeRow[]>('lending.types.list', {}, d.desk)).find((r) => r.id === cart)).toMatchObject({ out: 1, available: 2 });
  });
});

describe('stored item detail', () => {
  it('shows the photo, and once handed back the collector\'s signature, to the readers only', async () => {
    const { item, claimCode } = await d.t.ok<StorageReceipt>(
      'lending.storage.register',
      { occupantId: d.zhangWei, description: '行李箱', count: 1, place: '前台柜 A-2', photoBase64: SIGNATURE },
      d.desk,
    );
    const kept = await d.t.ok<StorageDetail>('lending.storage.get', { id: item.id }, d.manager);
    expect(kept.item).toMatchObject({ storageNo: item.storageNo, hasPhoto: true });
    expect(kept.photoDataUrl).toBe(SIGNATURE);
    expect(kept.signatureDataUrl).toBeNull();
    expect(JSON.stringify(kept)).not.toContain(claimCode);

    await d.t.ok('lending.storage.handBack', { id: item.id, claimCode, claimantName: '张伟', claimantPhone: '13812345678', signature: SIGNATURE }, d.desk);
    const done = await d.t.ok<StorageDetail>('lending.storage.get', { id: item.id }, d.security);
    expect(done.item).toMatchObject({ collectorName: '张伟', handedBackBy: '钱梅' });
    expect(done.signatureDataUrl).toBe(SIGNATURE);

    const admin = await d.t.call('lending.storage.get', { id: item.id }, d.t.adminToken);
    expect(admin).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('lending.storage.get', { id: 9999 }, d.desk)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('has no photo when none was taken', async () => {
    const { item } = await d.t.ok<StorageReceipt>('lending.storage.register', { occupantId: d.zhangWei, description: '纸箱', place: 'B-1' }, d.desk);
    expect(await d.t.ok<StorageDetail>('lending.storage.get', { id: item.id }, d.desk)).toMatchObject({ photoDataUrl: null, signatureDataUrl: null });
  });
});
