import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallListEntry, MailItemRow, MailSettings, PickupNotice, ReturnRow } from '../../src-shared/modules/mail';
import type { RegisterData } from '../../src-shared/modules/registers';
import { ADMIN_PASSWORD, storeFingerprint } from '../support/desk';
import { setupMailDesk, SIGNATURE, type MailDesk } from './mail-support';

let m: MailDesk;
beforeEach(async () => {
  m = await setupMailDesk('2026-11-20T09:00:00+08:00');
});
afterEach(() => m.t.close());

const letter = (over: Record<string, unknown> = {}) =>
  m.t.ok<MailItemRow>('mail.letters.register', { kind: 'letter', occupantId: m.zhangWei, ...over }, m.desk);
const search = async (input: Record<string, unknown>) => (await m.t.ok<{ rows: MailItemRow[] }>('mail.items.search', input, m.desk)).rows;
/** Moves the clock; idle sessions lock, so everyone logs in again. */
async function advance(minutes: number) {
  m.t.clock.advance(minutes);
  m.desk = await m.t.login('qianmei');
  m.manager = await m.t.login('sunli');
}

describe('letters', () => {
  it('are due by the set time the same day, or the next day when they come in after it, and flagged overdue after', async () => {
    const morning = await letter({ pieces: 3, sender: '深圳市税务局' });
    expect(morning).toMatchObject({ kind: 'letter', status: 'waiting', pickupCode: '', pieces: 3, dueAt: '2026-11-20T10:00:00.000Z', overdue: false });
    await advance(10 * 60); // 19:00, after the 18:00 deadline
    const evening = await letter({ occupantId: m.zhouJie });
    expect(evening.dueAt).toBe('2026-11-21T10:00:00.000Z');
    const overdue = await search({ kind: 'letters', view: 'overdue' });
    expect(overdue.map((r) => r.id)).toEqual([morning.id]);
    expect(overdue[0].overdue).toBe(true);

    const delivered = await m.t.ok<{ delivered: number }>('mail.letters.deliver', { ids: [morning.id, evening.id] }, m.desk);
    expect(delivered.delivered).toBe(2);
    expect(await search({ kind: 'letters', view: 'open' })).toEqual([]);
    const late = await m.t.ok<{ events: { kind: string; note: string }[] }>('mail.items.get', { id: morning.id }, m.desk);
    expect(late.events.at(-1)).toMatchObject({ kind: 'delivered', note: 'late' });
  });

  it('follow the configured deadline', async () => {
    const refused = await m.t.call('mail.settings.update', { letterDueDays: 1 }, m.desk);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const s = await m.t.ok<MailSettings>('mail.settings.update', { letterDueDays: 1, letterDueTime: '12:00' }, m.manager);
    expect(s).toEqual({ agingDays: 3, letterDueDays: 1, letterDueTime: '12:00' });
    expect((await letter()).dueAt).toBe('2026-11-21T04:00:00.000Z');
    const badTime = await m.t.call('mail.settings.update', { letterDueTime: '24:00' }, m.manager);
    expect(badTime).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('registered letters need a valid S10 number and are handed over only against a signature', async () => {
    const noNumber = await m.t.call('mail.letters.register', { kind: 'registered', occupantId: m.zhangWei }, m.desk);
    expect(noNumber).toMatchObject({ ok: false, error: { fields: { trackingNo: '挂号信须登记邮件号码' } } });
    const badDigit = await m.t.call('mail.letters.register', { kind: 'registered', trackingNo: 'RB123456786US', occupantId: m.zhangWei }, m.desk);
    expect(badDigit).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const reg = await letter({ kind: 'registered', trackingNo: 'rb 123456785 gb' });
    expect(reg).toMatchObject({ kind: 'registered', trackingNo: 'RB123456785GB', carrier: 'POST', carrierName: '中国邮政' });
    const before = storeFingerprint(m.t.desk);
    const unsigned = await m.t.call('mail.letters.deliver', { ids: [reg.id] }, m.desk);
    expect(unsigned).toMatchObject({ ok: false, error: { fields: { signature: '挂号信须收件人签名' } } });
    expect(storeFingerprint(m.t.desk)).toBe(before);
    const other = await letter({ kind: 'registered', trackingNo: 'RR000000005CN', occupantId: m.zhouJie });
    const twoSigners = await m.t.call('mail.letters.deliver', { ids: [reg.id, other.id], signature: SIGNATURE }, m.desk);
    expect(twoSigners).toMatchObject({ ok: false, error: { code: 'MIXED_RECIPIENTS' } });
    await m.t.ok('mail.letters.deliver', { ids: [reg.id], signature: SIGNATURE }, m.desk);
    expect((await m.t.ok<{ png: string }>('mail.signature', { itemId: reg.id }, m.desk)).png).toBe(SIGNATURE);
  });

  it('are not parcels: pickup refuses them and letter delivery refuses parcels', async () => {
    const l = await letter();
    const p = await m.signIn('SF1385628716739');
    expect(await m.t.call('mail.pickup', { itemIds: [l.id], collector: { kind: 'recipient' }, signature: SIGNATURE }, m.desk)).toMatchObject({
      ok: false,
      error: { code: 'MAIL_WRONG_STATE' },
    });
    expect(await m.t.call('mail.letters.deliver', { ids: [p.id] }, m.desk)).toMatchObject({ ok: false, error: { code: 'MAIL_WRONG_STATE' } });
  });
});

describe('exceptions and returns', () => {
  it('records refusal, damage and loss with who, when and why, and hands refused parcels back with a sheet', async () => {
    const refused = await m.signIn('SF1385628716739');
    const damaged = await m.signIn('YT8962646785389', { carrier: 'YTO' });
    const lost = await m.signIn('JT5261988016578', { carrier: 'JT' });
    const r = await m.t.ok<MailItemRow>('mail.items.exception', { id: refused.id, kind: 'refused', note: '收件人称未购买此物品' }, m.desk);
    expect(r).toMatchObject({ status: 'refused', statusNote: '收件人称未购买此物品', closedAt: null });
    const d = await m.t.ok<MailItemRow>('mail.items.exception', { id: damaged.id, kind: 'damaged', note: '外箱破损，内物完好' }, m.desk);
    expect(d).toMatchObject({ status: 'waiting', damaged: { by: '钱梅', note: '外箱破损，内物完好' } });
    const l = await m.t.ok<MailItemRow>('mail.items.exception', { id: lost.id, kind: 'lost', note: '货架上找不到' }, m.desk);
    expect(l).toMatchObject({ status: 'lost', closedBy: '钱梅' });
    expect(await m.t.call('mail.items.exception', { id: lost.id, kind: 'refused', note: '再次拒收' }, m.desk)).toMatchObject({
      ok: false,
      error: { code: 'MAIL_WRONG_STATE', message: expect.stringContaining('已遗失') },
    });
    expect((await search({ view: 'exceptions' })).map((x) => x.id).sort()).toEqual([refused.id, damaged.id, lost.id].sort());
    // A refused parcel is no longer offered at pickup.
    expect(await m.t.call('mail.pickup.find', { q: refused.pickupCode }, m.desk)).toMatchObject({ ok: false, error: { code: 'MAIL_WRONG_STATE' } });

    const ret = await m.t.ok<ReturnRow>(
      'mail.returns.create',
      { carrier: 'SF', courierName: '刘师傅', courierPhone: '13700001111', itemIds: [refused.id] },
      m.desk,
    );
    expect(ret).toMatchObject({ returnNo: 'TJ-20261120-001', count: 1, carrierName: '顺丰速运' });
    expect(await m.t.call('mail.returns.create', { carrier: 'JT', courierName: '陈师傅', itemIds: [lost.id] }, m.desk)).toMatchObject({
      ok: false,
      error: { code: 'MAIL_WRONG_STATE' },
    });
    const sheet = await m.t.ok<RegisterData>('mail.returns.handover', { id: ret.id }, m.desk);
    expect(sheet.title).toBe('退件交接单');
    expect(sheet.rows).toHaveLength(1);
    expect(sheet.rows[0]).toMatchObject({ trackingNo: 'SF1385628716739', reason: '收件人称未购买此物品' });
    const after = await m.t.ok<{ item: MailItemRow; events: { kind: string }[] }>('mail.items.get', { id: refused.id }, m.desk);
    expect(after.item).toMatchObject({ status: 'returned', returnNo: 'TJ-20261120-001' });
    expect(after.events.map((e) => e.kind)).toEqual(['signed_in', 'refused', 'returned']);
    // Returned to the carrier: the same number may come back and be signed in again.
    await m.signIn('SF1385628716739');
  });
});

describe('aging and the call list', () => {
  it('lists parcels waiting longer than the aging days by recipient, with the phone, and records notices', async () => {
    const old1 = await m.signIn('SF1385628716739');
    const old2 = await m.signIn('YT8962646785389', { carrier: 'YTO', occupantId: m.liNa });
    await advance(24 * 60);
    const recent = await m.signIn('JT5261988016578', { carrier: 'JT', occupantId: m.zhouJie });
    await advance(2 * 24 * 60); // 2026-11-23: the first two wait day 3, not yet more than 3
    expect(await m.t.ok<CallListEntry[]>('mail.callList', {}, m.desk)).toEqual([]);
    await advance(24 * 60); // 2026-11-24: day 4
    const calls = await m.t.ok<CallListEntry[]>('mail.callList', {}, m.desk);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ unitLabel: '3栋2单元1203', phone: '13812345678', oldestDays: 4, notifiedAt: null });
    expect(calls[0].items.map((i) => i.id)).toEqual([old1.id, old2.id]);
    expect((await search({ view: 'overdue', kind: 'parcels' })).map((r) => r.id).sort()).toEqual([old1.id, old2.id].sort());
    expect((await m.t.ok<{ item: MailItemRow }>('mail.items.get', { id: recent.id }, m.desk)).item.overdue).toBe(false);

    await m.t.ok('mail.notify', { itemIds: [old1.id, old2.id], how: 'phone' }, m.desk);
    const notified = await m.t.ok<CallListEntry[]>('mail.callList', {}, m.desk);
    expect(notified[0].notifiedAt).toBe('2026-11-24T01:00:00.000Z');
    expect(notified[0].items[0].notifyCount).toBe(1);
    const notice = await m.t.ok<PickupNotice>('mail.notice', { itemIds: [old1.id, old2.id] }, m.desk);
    expect(notice).toMatchObject({ unitLabel: '3栋2单元1203', recipientName: '张伟' });
    expect(notice.items.map((i) => i.pickupCode)).toEqual([old1.pickupCode, old2.pickupCode]);
    expect(notice.items[0].trackingTail).toBe('6739');

    const fewer = await m.t.ok<MailSettings>('mail.settings.update', { agingDays: 1 }, m.manager);
    expect(fewer.agingDays).toBe(1);
    expect((await m.t.ok<CallListEntry[]>('mail.callList', {}, m.desk)).map((c) => c.unitLabel)).toEqual(['3栋2单元1203', '5栋1单元0801']);
  });
});

describe('the monthly register and the label', () => {
  it('lists what came in during the period and how each left the desk, and masks the name on the shelf label', async () => {
    await m.t.createUser('zhaogang', '赵刚', ['security_manager']);
    const a = await m.signIn('SF1385628716739');
    const b = await m.signIn('YT8962646785389', { carrier: 'YTO', occupantId: m.zhouJie });
    await letter({ pieces: 2 });
    await m.t.ok('mail.pickup', { itemIds: [a.id], collector: { kind: 'recipient' }, signature: SIGNATURE }, m.desk);
    await advance(12 * 24 * 60); // December
    await m.signIn('JT5261988016578', { carrier: 'JT' });

    const reg = await m.t.ok<RegisterData>('mail.register', { from: '2026-11-01', to: '2026-11-30' }, m.manager);
    expect(reg).toMatchObject({ title: '邮件收发登记表', orientation: 'landscape', periodLabel: expect.stringContaining('2026-11-01') });
    expect(reg.rows).toHaveLength(3);
    expect(reg.rows[0]).toMatchObject({ trackingNo: 'SF1385628716739', carrier: '顺丰速运', recipient: '3栋2单元1203 张伟', receivedBy: '钱梅', closedTo: '张伟' });
    expect(reg.rows[1]).toMatchObject({ trackingNo: 'YT8962646785389', closedAt: '', closedTo: '待取' });
    expect(reg.rows[2]).toMatchObject({ kind: '信件 ×2', trackingNo: '' });
    const guard = await m.t.login('zhaogang');
    expect(await m.t.call('mail.register', { from: '2026-11-01', to: '2026-11-30' }, guard)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await m.t.call('mail.register', { from: '2026-11-30', to: '2026-11-01' }, m.desk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await m.t.call('mail.register', { from: '2026-02-30', to: '2026-03-01' }, m.desk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const label = await m.t.ok<{ recipientMasked: string; pickupCode: string; unitLabel: string }>('mail.label', { id: b.id }, m.desk);
    expect(label).toMatchObject({ recipientMasked: '周*', pickupCode: b.pickupCode, unitLabel: '5栋1单元0801' });
  });

  it('lets the administrator configure shelves and settings but not read mail', async () => {
    const admin = await m.t.login('admin', ADMIN_PASSWORD);
    expect((await m.t.ok<unknown[]>('mail.shelves.list', {}, admin)).length).toBe(3);
    expect(await m.t.call('mail.items.search', {}, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await m.t.call('mail.pickup.find', { q: '张伟' }, admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
