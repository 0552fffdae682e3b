import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LfAlertRow, LfItemDetail, LfItemRow, LfLabel } from '../../src-shared/modules/lostfound';
import { setupLfDesk, SIGNATURE, type LfDesk } from './lostfound-support';

let d: LfDesk;
beforeEach(async () => {
  d = await setupLfDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const search = async (input: Record<string, unknown>, token = d.desk) =>
  (await d.t.ok<{ rows: LfItemRow[]; nextBefore: number | null }>('lostfound.search', input, token)).rows.map((r) => r.itemNo);
const wallet = {
  name: '棕色钱包',
  category: 'cash_valuables',
  features: '内有银行卡两张，夹层有一张全家福照片',
  foundPlace: '地下车库B2电梯口',
  noticePlace: '地下车库',
  finderKind: 'visitor',
  finderName: '李娜',
  finderPhone: '13698765432',
  cashAmount: 356.5,
};

describe('intake of an ordinary item', () => {
  it('numbers it gap-free per day, keeps it 90 days, labels it without features and finds it by 1–2 characters', async () => {
    const item = await d.intake({ photoBase64: SIGNATURE });
    expect(item).toMatchObject({
      itemNo: 'SW-20261123-001',
      name: '黑色雨伞',
      category: 'other',
      categoryName: '其他',
      quantity: 1,
      foundAt: '2026-11-23T01:00:00.000Z',
      foundPlace: '3栋大堂休息区',
      noticePlace: '3栋大堂',
      finderKind: 'staff',
      finderName: '保洁员刘芳',
      highValue: false,
      countedBy: null,
      placeName: '保安部',
      placeKind: 'ordinary',
      hasPhoto: true,
      status: 'in_custody',
      expiresAt: '2027-02-21T01:00:00.000Z',
      policeDueAt: null,
      expired: false,
      registeredBy: '钱梅',
    });
    const second = await d.intake({ name: '蓝色保温杯', features: '杯底刻有"王"字', foundAt: '2026-11-22 18:30' });
    expect(second).toMatchObject({ itemNo: 'SW-20261123-002', foundAt: '2026-11-22T10:30:00.000Z', noticePlace: '3栋大堂' });
    const food = await d.intake({ name: '生日蛋糕', category: 'food', features: '', noticePlace: '' });
    expect(food).toMatchObject({ expiresAt: '2026-11-24T01:00:00.000Z', noticePlace: '3栋大堂休息区' });

    expect(audit()).toContain('失物登记 SW-20261123-001：黑色雨伞 ×1（其他），3栋大堂休息区 拾得，拾得人 员工 保洁员刘芳，存放于 保安部，附照片');
    const label = await d.t.ok<LfLabel>('lostfound.label', { id: item.id }, d.desk);
    expect(label).toEqual({ itemNo: 'SW-20261123-001', name: '黑色雨伞', categoryName: '其他', placeName: '保安部', foundAt: '2026-11-23 09:00' });

    const detail = await d.t.ok<LfItemDetail>('lostfound.get', { id: item.id }, d.service);
    expect(detail.photo).toMatch(/^data:image\/png;base64,/);
    expect(detail.events).toMatchObject([{ kind: 'intake', by: '钱梅' }]);
    expect(detail.claims).toEqual([]);

    expect(await search({ q: '伞' })).toEqual(['SW-20261123-001']);
    expect(await search({ q: '小熊' })).toEqual(['SW-20261123-001']);
    expect(await search({ q: '大堂' })).toEqual(['SW-20261123-003', 'SW-20261123-002', 'SW-20261123-001']);
    expect(await search({ q: 'SW-20261123-002' })).toEqual(['SW-20261123-002']);
    expect(await search({ category: 'food' })).toEqual(['SW-20261123-003']);
    expect(await search({ from: '2026-11-22', to: '2026-11-22' }, d.gm)).toEqual(['SW-20261123-002']);
    expect(await search({ status: 'claimed' })).toEqual([]);
    const page = await d.t.ok<{ rows: LfItemRow[]; nextBefore: number | null }>('lostfound.search', { limit: 2 }, d.desk);
    expect(page.nextBefore).toBe(second.id);
  });

  it('refuses a visitor finder without a phone, a bad photo or a time in the future, changing nothing', async () => {
    const before = d.fingerprint();
    const noPhone = await d.t.call('lostfound.intake', { name: '钥匙', category: 'keys', foundPlace: '大堂', finderKind: 'visitor', finderName: '王强', placeId: d.office.id }, d.desk);
    expect(noPhone).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { finderPhone: '访客拾得须登记联系电话' } } });
    const future = await d.t.call('lostfound.intake', { name: '钥匙', category: 'keys', foundPlace: '大堂', finderKind: 'staff', finderName: '王强', placeId: d.office.id, foundAt: '2026-11-24 09:00' }, d.desk);
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { foundAt: '不能晚于现在' } } });
    const photo = await d.t.call('lostfound.intake', { name: '钥匙', category: 'keys', foundPlace: '大堂', finderKind: 'staff', finderName: '王强', placeId: d.office.id, photoBase64: 'aGVsbG8=' }, d.desk);
    expect(photo).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { photoBase64: '照片须为 PNG 或 JPEG 图片' } } });
    expect(await d.t.call('lostfound.intake', { name: '钥匙', category: 'keys', foundPlace: '大堂', finderKind: 'staff', finderName: '王强', placeId: d.office.id }, d.gm)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);
  });
});

describe('intake of a high-value item', () => {
  it('requires the safe, a second person counting on the spot and the cash amount; refusals change nothing', async () => {
    const before = d.fingerprint();
    const ordinaryPlace = await d.t.call('lostfound.intake', { ...wallet, placeId: d.office.id, countedBy: d.counter }, d.desk);
    expect(ordinaryPlace).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_SAFE_REQUIRED', message: '棕色钱包 为贵重物品，须存放于保险箱，保安部 不是保险箱，未登记', fields: { placeId: '贵重物品须存放于保险箱' } } });
    const noCount = await d.t.call('lostfound.intake', { ...wallet, placeId: d.safe.id, cashAmount: undefined }, d.desk);
    expect(noCount).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_COUNT_REQUIRED', fields: { countedBy: '贵重物品须由另一位员工现场复核清点', cashAmount: '现金须清点并登记金额' } } });
    const self = await d.t.call('lostfound.intake', { ...wallet, placeId: d.safe.id, countedBy: d.counter }, d.security);
    expect(self).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_COUNT_SELF' } });
    const unknown = await d.t.call('lostfound.intake', { ...wallet, placeId: d.safe.id, countedBy: { username: 'nobody', password: 'x' } }, d.desk);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_COUNT_REFUSED' } });
    expect(d.fingerprint()).toBe(before);

    // A wrong password keeps only its lockout count: no item, no alert.
    const wrong = await d.t.call('lostfound.intake', { ...wallet, placeId: d.safe.id, countedBy: { username: 'zhaogang', password: 'wrong-password' } }, d.desk);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_COUNT_REFUSED' } });
    expect(d.t.desk.store.db.prepare('SELECT count(*) FROM lostfound_items').pluck().get()).toBe(0);
    expect(d.t.desk.store.db.prepare('SELECT count(*) FROM lostfound_alerts').pluck().get()).toBe(0);

    const item = await d.intake({ ...wallet, placeId: d.safe.id, countedBy: d.counter });
    expect(item).toMatchObject({ itemNo: 'SW-20261123-001', highValue: true, cashAmountFen: 35650, countedBy: '赵刚', placeName: '贵重物品保险箱', placeKind: 'safe' });
    expect(audit().at(-1)).toBe('失物登记 SW-20261123-001：棕色钱包 ×1（现金及贵重物品，贵重，现金 ¥356.50），地下车库B2电梯口 拾得，拾得人 访客 李娜，存放于 贵重物品保险箱，赵刚 现场复核清点');

    // A declared value at or over 500 yuan makes any category high-value; below it does not.
    const cheapBag = await d.intake({ name: '帆布包', category: 'bags', declaredValue: 499.99 });
    expect(cheapBag.highValue).toBe(false);
    const bagRefused = await d.t.call('lostfound.intake', { name: '名牌手提包', category: 'bags', foundPlace: '大堂', finderKind: 'staff', finderName: '王强', placeId: d.safe.id, declaredValue: 500 }, d.desk);
    expect(bagRefused).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_COUNT_REQUIRED', fields: { countedBy: '贵重物品须由另一位员工现场复核清点' } } });
    const bag = await d.intake({ name: '名牌手提包', category: 'bags', placeId: d.safe.id, declaredValue: 500, countedBy: { username: 'sunli', password: d.counter.password } });
    expect(bag).toMatchObject({ highValue: true, declaredValueFen: 50000, countedBy: '孙丽' });
  });

  it('alerts the security, customer-service and general managers on their home screen until each acknowledges', async () => {
    const item = await d.intake({ ...wallet, placeId: d.safe.id, countedBy: d.counter });
    await d.intake();
    for (const token of [d.security, d.service, d.gm]) {
      const alerts = await d.t.ok<LfAlertRow[]>('lostfound.alerts.list', {}, token);
      expect(alerts).toHaveLength(1);
      expect(alerts[0]).toMatchObject({ itemId: item.id, itemNo: 'SW-20261123-001', itemName: '棕色钱包' });
      expect(alerts[0].message).toContain('贵重失物 SW-20261123-001：棕色钱包 ×1');
    }
    expect(await d.t.call('lostfound.alerts.list', {}, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const [mine] = await d.t.ok<LfAlertRow[]>('lostfound.alerts.list', {}, d.service);
    const [gmAlert] = await d.t.ok<LfAlertRow[]>('lostfound.alerts.list', {}, d.gm);
    // Someone else's alert is not acknowledged by the service manager.
    expect(await d.t.ok('lostfound.alerts.ack', { ids: [mine.id, gmAlert.id] }, d.service)).toEqual({ acked: 1 });
    expect(await d.t.ok<LfAlertRow[]>('lostfound.alerts.list', {}, d.service)).toEqual([]);
    expect(await d.t.ok<LfAlertRow[]>('lostfound.alerts.list', {}, d.gm)).toHaveLength(1);
  });
});

describe('storage places and moves', () => {
  it('records moves, keeps valuables in a safe and refuses moving an item that left custody', async () => {
    const umbrella = await d.intake();
    const wallet1 = await d.intake({ ...wallet, placeId: d.safe.id, countedBy: d.counter });
    const cabinet = await d.t.ok<{ id: number; kind: string }>('lostfound.places.save', { name: '前台储物柜', kind: 'ordinary' }, d.security);
    expect(await d.t.call('lostfound.places.save', { name: '前台储物柜2', kind: 'ordinary' }, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const moved = await d.t.ok<LfItemRow>('lostfound.move', { id: umbrella.id, placeId: cabinet.id, note: '保安部柜满' }, d.desk);
    expect(moved.placeName).toBe('前台储物柜');
    const detail = await d.t.ok<LfItemDetail>('lostfound.get', { id: umbrella.id }, d.desk);
    expect(detail.events.map((e) => [e.kind, e.note])).toContainEqual(['move', '保安部 → 前台储物柜（保安部柜满）']);

    const before = d.fingerprint();
    const toOrdinary = await d.t.call('lostfound.move', { id: wallet1.id, placeId: cabinet.id }, d.desk);
    expect(toOrdinary).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_SAFE_REQUIRED' } });
    const retireSafe = await d.t.call('lostfound.places.save', { id: d.safe.id, name: '贵重物品保险箱', kind: 'ordinary' }, d.gm);
    expect(retireSafe).toMatchObject({ ok: false, error: { code: 'IN_USE' } });
    expect(d.fingerprint()).toBe(before);
  });
});
