import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchRow, DetectResult, MailItemRow, PickupRow, ShelfRow } from '../../src-shared/modules/mail';
import type { RegisterData } from '../../src-shared/modules/registers';
import { storeFingerprint } from '../support/desk';
import { fullScans, planOf, sqlDuring } from '../support/plans';
import { setupMailDesk, SIGNATURE, type MailDesk } from './mail-support';

let m: MailDesk;
beforeEach(async () => {
  m = await setupMailDesk();
});
afterEach(() => m.t.close());

const audit = () => m.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const openBatch = () => m.t.ok<BatchRow>('mail.batches.open', { carrier: 'SF', courierName: '刘师傅', courierPhone: '13700001111' }, m.desk);
const pickup = (itemIds: number[], collector: Record<string, unknown> = { kind: 'recipient' }, signature = SIGNATURE) =>
  m.t.call<PickupRow>('mail.pickup', { itemIds, collector, signature }, m.desk);

describe('courier detection at the desk', () => {
  it('ranks candidates and reports a number already registered', async () => {
    const fresh = await m.t.ok<DetectResult>('mail.detect', { number: 'sf 1385 6287 16739' }, m.desk);
    expect(fresh.number).toBe('SF1385628716739');
    expect(fresh.candidates[0].code).toBe('SF');
    expect(fresh.duplicate).toBeNull();
    const p = await m.signIn('SF1385628716739');
    const again = await m.t.ok<DetectResult>('mail.detect', { number: 'SF1385628716739' }, m.desk);
    expect(again.duplicate).toMatchObject({ id: p.id, status: 'waiting', pickupCode: p.pickupCode, recipient: '3栋2单元1203 张伟' });
    const bad = await m.t.ok<DetectResult>('mail.detect', { number: 'RB123456786US' }, m.desk);
    expect(bad).toMatchObject({ problem: 's10CheckDigit', candidates: [], duplicate: null });
  });
});

describe('carrier batch sign-in', () => {
  it('registers each scan into the batch with a shelf code, refuses a duplicate and prints the handover sheet', async () => {
    const batch = await openBatch();
    expect(batch).toMatchObject({ batchNo: 'QS-20261120-001', carrierName: '顺丰速运', courierName: '刘师傅', count: 0, closedAt: null });
    const a = await m.signIn('SF1385628716739', { batchId: batch.id });
    const b = await m.signIn('YT8962646785389', { batchId: batch.id, carrier: 'YTO', occupantId: m.zhouJie });
    const c = await m.signIn('JT5261988016578', { batchId: batch.id, carrier: 'JT', occupantId: undefined, recipientName: '赵敏', recipientPhone: '13900002222' });
    expect(a).toMatchObject({ batchNo: 'QS-20261120-001', status: 'waiting', unitLabel: '3栋2单元1203', recipientName: '张伟', matched: true, noConsent: false });
    expect(a.pickupCode).toMatch(/^[A-C]-\d-0001$/);
    expect(b.pickupCode).toMatch(/-0002$/);

    const before = storeFingerprint(m.t.desk);
    const dup = await m.t.call('mail.parcels.signIn', { batchId: batch.id, trackingNo: 'sf1385628716739', carrier: 'SF', occupantId: m.liNa }, m.desk);
    expect(dup).toMatchObject({ ok: false, error: { code: 'DUPLICATE_MAIL' } });
    if (!dup.ok) expect(dup.error.message).toContain(a.pickupCode);
    const badCheck = await m.t.call('mail.parcels.signIn', { trackingNo: 'RB123456786US', carrier: 'POST', occupantId: m.zhangWei }, m.desk);
    expect(badCheck).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { trackingNo: '国际邮件号校验位不符，请重新扫描' } } });
    expect(storeFingerprint(m.t.desk)).toBe(before);

    const closed = await m.t.ok<BatchRow>('mail.batches.close', { id: batch.id }, m.desk);
    expect(closed.count).toBe(3);
    expect(closed.closedAt).not.toBeNull();
    const late = await m.t.call('mail.parcels.signIn', { batchId: batch.id, trackingNo: '73610555582883', carrier: 'ZTO', occupantId: m.zhangWei }, m.desk);
    expect(late).toMatchObject({ ok: false, error: { code: 'MAIL_WRONG_STATE', message: 'QS-20261120-001 当前状态为“已于 2026-11-20 09:00 完成”，不能办理此操作' } });
    expect(await m.t.call('mail.batches.close', { id: batch.id }, m.desk)).toMatchObject({ ok: false, error: { code: 'MAIL_WRONG_STATE' } });

    const sheet = await m.t.ok<RegisterData>('mail.batches.handover', { id: batch.id }, m.desk);
    expect(sheet.title).toBe('快递交接单');
    expect(sheet.periodLabel).toContain('刘师傅');
    expect(sheet.rows.map((r) => r.trackingNo)).toEqual(['SF1385628716739', 'YT8962646785389', 'JT5261988016578']);
    expect(sheet.rows[2].recipient).toBe('赵敏（未匹配）');
    expect(sheet.signatures).toEqual(['快递员签名', '前台签收（钱梅）']);
    expect(audit().some((s) => s.includes('签收快递 顺丰速运 SF1385628716739 → 3栋2单元1203 张伟'))).toBe(true);
  });

  it('keeps a parcel for someone outside the directory as unmatched until it is assigned', async () => {
    const c = await m.signIn('JT5261988016578', { carrier: 'JT', occupantId: undefined, recipientName: '赵敏', recipientPhone: '13900002222' });
    expect(c).toMatchObject({ matched: false, unitId: null, recipientName: '赵敏', noConsent: false });
    const noName = await m.t.call('mail.parcels.signIn', { trackingNo: '73610555582883', carrier: 'ZTO' }, m.desk);
    expect(noName).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { recipientName: expect.any(String) } } });
    const unmatched = await m.t.ok<{ rows: MailItemRow[] }>('mail.items.search', { view: 'unmatched' }, m.desk);
    expect(unmatched.rows.map((r) => r.id)).toEqual([c.id]);
    const assigned = await m.t.ok<MailItemRow>('mail.items.assign', { id: c.id, occupantId: m.liNa }, m.desk);
    expect(assigned).toMatchObject({ matched: true, unitLabel: '3栋2单元1203', recipientName: '李娜', recipientPhone: '13698765432' });
    expect((await m.t.ok<{ rows: MailItemRow[] }>('mail.items.search', { view: 'unmatched' }, m.desk)).rows).toEqual([]);
    // The assigned parcel is now found by the new recipient's name and pinyin.
    const found = await m.t.ok<{ rows: MailItemRow[] }>('mail.items.search', { q: 'ln' }, m.desk);
    expect(found.rows.map((r) => r.id)).toContain(c.id);
    const history = await m.t.ok<{ events: { kind: string; note: string }[] }>('mail.items.get', { id: c.id }, m.desk);
    expect(history.events.map((e) => e.kind)).toEqual(['signed_in', 'assigned']);
  });

  it('flags a recipient who has not consented to desk collection, also for a unit where nobody has', async () => {
    const p = await m.signIn('SF1385628716740', { occupantId: m.zhouJie });
    expect(p.noConsent).toBe(true);
    const unitOnly = await m.signIn('SF1385628716741', { occupantId: undefined, unitId: m.unit0801, recipientName: '周先生' });
    expect(unitOnly).toMatchObject({ noConsent: true, matched: true, unitLabel: '5栋1单元0801', recipientName: '周先生' });
    const consenting = await m.signIn('SF1385628716742', { occupantId: undefined, unitId: m.unit1203 });
    expect(consenting.noConsent).toBe(false);
    expect(audit().some((s) => s.includes('收件人未同意代收'))).toBe(true);
  });
});

describe('shelves and pickup codes', () => {
  it('puts a recipient’s parcels on the same level and new recipients on the emptiest one', async () => {
    const first = await m.signIn('SF1000000000001');
    const second = await m.signIn('SF1000000000002', { occupantId: m.liNa });
    const other = await m.signIn('SF1000000000003', { occupantId: m.zhouJie });
    // Same unit (张伟 and 李娜 share 1203): same shelf level, so one trip at pickup.
    expect(second.shelfCode + second.shelfLevel).toBe(first.shelfCode + first.shelfLevel);
    expect(other.shelfCode + other.shelfLevel).not.toBe(first.shelfCode + first.shelfLevel);
    expect(new Set([first.pickupCode, second.pickupCode, other.pickupCode]).size).toBe(3);
  });

  it('takes a chosen shelf and level, refuses a retired shelf or a level it does not have', async () => {
    const shelves = await m.t.ok<ShelfRow[]>('mail.shelves.list', {}, m.desk);
    const c = shelves.find((s) => s.code === 'C') as ShelfRow;
    const placed = await m.signIn('SF1000000000004', { shelfId: c.id, level: 3 });
    expect(placed.pickupCode).toMatch(/^C-3-\d{4}$/);
    const noLevel = await m.t.call('mail.parcels.signIn', { trackingNo: 'SF1000000000005', carrier: 'SF', occupantId: m.liNa, shelfId: c.id, level: 5 }, m.desk);
    expect(noLevel).toMatchObject({ ok: false, error: { fields: { level: '货架 C 只有 3 层' } } });
    const shrink = await m.t.call('mail.shelves.save', { id: c.id, code: 'C', levels: 2 }, m.desk);
    expect(shrink).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { levels: '第 2 层以上还有 1 件待取快递，取完前不能减少层数' } } });
    const rename = await m.t.call('mail.shelves.save', { id: c.id, code: 'E', levels: 3 }, m.desk);
    expect(rename).toMatchObject({ ok: false, error: { fields: { code: '货架 C 上还有 1 件待取快递，取完前不能改编号' } } });
    await m.t.ok('mail.shelves.save', { id: c.id, code: 'C', levels: 3, active: false }, m.desk);
    const retired = await m.t.call('mail.parcels.signIn', { trackingNo: 'SF1000000000005', carrier: 'SF', occupantId: m.liNa, shelfId: c.id }, m.desk);
    expect(retired).toMatchObject({ ok: false, error: { fields: { shelfId: '货架 C 已停用' } } });
    const d = await m.t.ok<ShelfRow>('mail.shelves.save', { code: 'd', name: '大件区', levels: 4 }, m.desk);
    expect(d).toMatchObject({ code: 'D', levels: 4, active: true, waiting: 0 });
    const clash = await m.t.call('mail.shelves.save', { code: 'A', levels: 2 }, m.desk);
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('reuses the four digits of a code only once its parcel has left the shelf', async () => {
    m.t.desk.store.db.prepare(`INSERT INTO mail_counters(name, value) VALUES ('serial', 9998)`).run();
    const a = await m.signIn('SF1000000000006');
    const b = await m.signIn('SF1000000000007');
    expect([a.pickupCode.slice(-4), b.pickupCode.slice(-4)]).toEqual(['9999', '0001']);
    m.t.desk.store.db.prepare(`UPDATE mail_counters SET value = 9998`).run();
    const c = await m.signIn('SF1000000000008');
    // 9999 and 0001 are still on the shelf: the next free one is 0002.
    expect(c.pickupCode.slice(-4)).toBe('0002');
  });
});

describe('pickup', () => {
  it('finds by code, hands over all of the recipient’s parcels against a signature, and refuses a second pickup', async () => {
    const a = await m.signIn('SF1385628716739');
    const b = await m.signIn('YT8962646785389', { carrier: 'YTO', occupantId: m.liNa });
    const other = await m.signIn('JT5261988016578', { carrier: 'JT', occupantId: m.zhouJie });
    const found = await m.t.ok<MailItemRow[]>('mail.pickup.find', { q: a.pickupCode.toLowerCase() }, m.desk);
    expect(found.map((r) => r.id)).toEqual([a.id, b.id]);
    const bySerial = await m.t.ok<MailItemRow[]>('mail.pickup.find', { q: b.pickupCode.slice(-4) }, m.desk);
    expect(bySerial[0].id).toBe(b.id);
    const byTracking = await m.t.ok<MailItemRow[]>('mail.pickup.find', { q: 'JT5261988016578' }, m.desk);
    expect(byTracking.map((r) => r.id)).toEqual([other.id]);
    const byName = await m.t.ok<MailItemRow[]>('mail.pickup.find', { q: '周杰' }, m.desk);
    expect(byName.map((r) => r.id)).toEqual([other.id]);
    const byPhoneTail = await m.t.ok<MailItemRow[]>('mail.pickup.find', { q: '8888' }, m.desk);
    expect(byPhoneTail.map((r) => r.id)).toEqual([other.id]);

    const wrong = await m.t.call('mail.pickup.find', { q: 'Z-9-9999' }, m.desk);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'PICKUP_CODE_UNKNOWN', message: '取件码 Z-9-9999 不存在，请核对后重新输入' } });

    const mixed = await pickup([a.id, other.id]);
    expect(mixed).toMatchObject({ ok: false, error: { code: 'MIXED_RECIPIENTS' } });
    const unsigned = await pickup([a.id, b.id], { kind: 'recipient' }, 'data:image/png;base64,aGVsbG8=');
    expect(unsigned).toMatchObject({ ok: false, error: { fields: { signature: '请收件人在签名板上签名' } } });

    const done = await pickup([a.id, b.id]);
    if (!done.ok) throw new Error(done.error.message);
    expect(done.data).toMatchObject({ collectorKind: 'recipient', collectorName: '张伟', handedBy: '钱梅' });
    expect(done.data.items.map((i) => i.status)).toEqual(['picked_up', 'picked_up']);

    const again = await m.t.call('mail.pickup.find', { q: a.pickupCode }, m.desk);
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_PICKED_UP', message: `${a.pickupCode} 已于 2026-11-20 09:00 由 张伟 取走` } });
    const twice = await pickup([b.id]);
    expect(twice).toMatchObject({ ok: false, error: { code: 'ALREADY_PICKED_UP' } });
    const trackingAgain = await m.t.call('mail.pickup.find', { q: 'SF1385628716739' }, m.desk);
    expect(trackingAgain).toMatchObject({ ok: false, error: { code: 'ALREADY_PICKED_UP' } });
  });

  it('records an authorised collector’s name, phone and ID tail, all required', async () => {
    const a = await m.signIn('SF1385628716739');
    const before = storeFingerprint(m.t.desk);
    const missing = await pickup([a.id], { kind: 'authorised', name: '王阿姨' });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { 'collector.phone': '代领须登记代领人电话', 'collector.idTail': '代领须登记代领人证件号码后 4 位' } },
    });
    const badTail = await pickup([a.id], { kind: 'authorised', name: '王阿姨', phone: '13612345678', idTail: '12a4' });
    expect(badTail).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(storeFingerprint(m.t.desk)).toBe(before);
    const done = await pickup([a.id], { kind: 'authorised', name: '王阿姨', phone: '13612345678', idTail: '123x', relation: '家政' });
    expect(done).toMatchObject({ ok: true, data: { collectorKind: 'authorised', collectorName: '王阿姨', collectorIdTail: '123X', relation: '家政' } });
    expect(audit().at(-1)).toContain('代领人 王阿姨（家政，证件尾号 123X）');
  });

  it('shows a signature only to the mail duty and the general manager, and audits each view', async () => {
    const a = await m.signIn('SF1385628716739');
    const done = await pickup([a.id]);
    if (!done.ok) throw new Error(done.error.message);
    const seen = await m.t.ok<{ png: string }>('mail.signature', { itemId: a.id }, m.manager);
    expect(seen.png).toBe(SIGNATURE);
    expect(audit().at(-1)).toContain('查看签名');
    const guard = await m.t.createUser('zhaogang', '赵刚', ['security_manager']);
    expect(await m.t.call('mail.signature', { pickupId: done.data.id }, guard)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await m.t.call('mail.items.search', {}, guard)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const neither = await m.t.call('mail.signature', {}, m.desk);
    expect(neither).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('tracking-number lookups at scale', () => {
  it('find a number through the tracking index, never by scanning every parcel', async () => {
    const db = m.t.desk.store.db;
    const seen = await sqlDuring(db, async () => {
      await m.t.ok('mail.detect', { number: 'SF1385628716739' }, m.desk);
      await m.signIn('SF1385628716739');
      await m.t.ok('mail.pickup.find', { q: 'SF1385628716739' }, m.desk);
    });
    const lookups = [...new Set(seen.filter((s) => /tracking_no = \?/.test(s)))];
    expect(lookups.length).toBeGreaterThanOrEqual(1);
    for (const sql of lookups) {
      const params = (sql.match(/\?/g) ?? []).map(() => 'SF1385628716739');
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
      expect(plan.filter((step) => /^SCAN m(ail_items)?\b/.test(step)), sql).toEqual([]);
    }
  });

  it('place a parcel on its shelf along indexes too: its unit\'s (or name\'s) waiting parcels, each level\'s load, the free serials', async () => {
    const db = m.t.desk.store.db;
    const batch = await openBatch();
    const seen = await sqlDuring(db, async () => {
      await m.signIn('SF1385628716750', { batchId: batch.id }); // nothing waiting for 1203: the emptiest level
      await m.signIn('SF1385628716751'); // next to the one just placed
      const unmatched = { carrier: 'JT', occupantId: undefined, recipientName: '赵敏', recipientPhone: '13900002222' };
      await m.signIn('JT5261988016578', unmatched);
      await m.signIn('JT5261988016579', unmatched);
    });
    for (const pattern of [/tracking_no = \?/, /m\.unit_id = \?/, /m\.unit_id IS NULL AND m\.recipient_name = \?/, /WITH RECURSIVE lv/, /serial = \?/, /FROM audit_log/]) {
      expect(seen.some((s) => pattern.test(s)), String(pattern)).toBe(true);
    }
    for (const sql of seen.filter((s) => /^\s*(SELECT|WITH)/i.test(s))) expect(fullScans(db, sql), sql).toEqual([]);
    // A seek is not enough: each must be along the partial index that holds only the parcels still on a shelf.
    const planOfMatch = (re: RegExp) => planOf(db, seen.find((s) => re.test(s))!).join(' | ');
    expect(planOfMatch(/m\.unit_id = \?/)).toContain('USING INDEX mail_items_open_unit (unit_id=?)');
    expect(planOfMatch(/m\.unit_id IS NULL AND m\.recipient_name = \?/)).toContain('USING INDEX mail_items_open_unit (unit_id=?)');
    expect(planOfMatch(/WITH RECURSIVE lv/)).toContain('USING COVERING INDEX mail_items_open_place (shelf_id=? AND shelf_level=?');
    const items = await m.t.ok<{ rows: MailItemRow[] }>('mail.items.search', {}, m.desk);
    const codes = Object.fromEntries(items.rows.map((r) => [r.trackingNo, r.pickupCode.slice(0, 3)]));
    // The second parcel of a unit, and of an unmatched name, goes to the same level as the first.
    expect(codes.SF1385628716751).toBe(codes.SF1385628716750);
    expect(codes.JT5261988016579).toBe(codes.JT5261988016578);
  });
});
