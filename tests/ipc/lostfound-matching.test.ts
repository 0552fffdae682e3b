import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LfItemDetail, LfMatch, LfNotice, LfReportRow } from '../../src-shared/modules/lostfound';
import { setupLfDesk, type LfDesk } from './lostfound-support';

let d: LfDesk;
beforeEach(async () => {
  d = await setupLfDesk();
});
afterEach(() => d.t.close());

const report = (over: Record<string, unknown> = {}) =>
  d.t.ok<LfReportRow>(
    'lostfound.reports.create',
    {
      reporterName: '张伟',
      reporterPhone: '13812345678',
      itemName: '黑色双肩包',
      category: 'bags',
      lostPlace: '5栋电梯',
      lostDate: '2026-11-22',
      description: '拉链上挂着小熊',
      ...over,
    },
    d.desk,
  );

describe('lost reports and matching', () => {
  it('matches reports to found items both ways, with the score and the reasons', async () => {
    const bag = await d.intake({ name: '黑色双肩包', category: 'bags', features: '侧袋有水杯，拉链挂小熊挂件', foundPlace: '5栋电梯厅', noticePlace: '5栋' });
    const umbrella = await d.intake();
    const r1 = await report();
    expect(r1).toMatchObject({ reportNo: 'YS-20261123-001', status: 'open', categoryName: '箱包', createdBy: '钱梅' });
    const old = await report({ reporterName: '李娜', reporterPhone: '13698765432', lostDate: '2026-10-01' });

    const forReport = await d.t.ok<LfMatch[]>('lostfound.matches', { reportId: r1.id }, d.service);
    expect(forReport.map((m) => [m.item?.itemNo, m.score, m.reasons])).toEqual([
      ['SW-20261123-001', 100, ['类别相同（箱包）', '日期相符（遗失后第 1 天拾得）', '地点相近：栋电梯', '描述相似：黑色双肩包、拉链、小熊']],
    ]);
    expect(forReport[0].report).toBeNull();
    // Found 53 days after the loss: outside the window.
    expect(await d.t.ok<LfMatch[]>('lostfound.matches', { reportId: old.id }, d.desk)).toEqual([]);

    const forItem = await d.t.ok<LfMatch[]>('lostfound.matches', { itemId: bag.id }, d.desk);
    expect(forItem.map((m) => [m.report?.reportNo, m.score])).toEqual([['YS-20261123-001', 100]]);
    expect(await d.t.ok<LfMatch[]>('lostfound.matches', { itemId: umbrella.id }, d.desk)).toEqual([]);
    const detail = await d.t.ok<LfItemDetail>('lostfound.get', { id: bag.id }, d.desk);
    expect(detail.matchCount).toBe(1);

    const before = d.fingerprint();
    expect(await d.t.call('lostfound.matches', {}, d.desk)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reportId: '请指定一条报失记录或一件物品' } } });
    expect(await d.t.call('lostfound.reports.create', { reporterName: '张伟', reporterPhone: '13812345678', itemName: '伞', category: 'other', lostDate: '2026-11-24' }, d.desk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { lostDate: '不能晚于现在' } },
    });
    expect(d.fingerprint()).toBe(before);

    const list = await d.t.ok<{ rows: LfReportRow[] }>('lostfound.reports.list', { q: '张' }, d.gm);
    expect(list.rows.map((r) => r.reportNo)).toEqual(['YS-20261123-001']);
    const closed = await d.t.ok<LfReportRow>('lostfound.reports.close', { id: r1.id, note: '已认领 SW-20261123-001' }, d.desk);
    expect(closed).toMatchObject({ status: 'closed', closedNote: '已认领 SW-20261123-001' });
    expect(await d.t.ok<LfMatch[]>('lostfound.matches', { itemId: bag.id }, d.desk)).toEqual([]);
    const again = d.fingerprint();
    expect(await d.t.call('lostfound.reports.close', { id: r1.id, note: '重复' }, d.desk)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(d.fingerprint()).toBe(again);
  });
});

describe('招领启事', () => {
  it('lists unclaimed items by number, name, category, date and general place, never what verifies a claim', async () => {
    const wallet = await d.intake({
      name: '棕色钱包', category: 'cash_valuables', features: '内有全家福照片', foundPlace: '地下车库B2电梯口', noticePlace: '地下车库',
      cashAmount: 356.5, placeId: d.safe.id, countedBy: d.counter, finderKind: 'visitor', finderName: '李娜', finderPhone: '13698765432',
    });
    await d.intake({ foundAt: '2026-11-22 18:30' });
    const n = await d.t.ok<LfNotice>('lostfound.notice', {}, d.service);
    expect(n).toMatchObject({ orgName: '阳光花园物业服务中心', title: '招领启事', printedAt: '2026-11-23 09:00' });
    expect(n.items).toEqual([
      { itemNo: 'SW-20261123-002', name: '黑色雨伞', categoryName: '其他', foundDate: '2026-11-22', place: '3栋大堂' },
      { itemNo: 'SW-20261123-001', name: '棕色钱包', categoryName: '现金及贵重物品', foundDate: '2026-11-23', place: '地下车库' },
    ]);
    const text = JSON.stringify(n);
    for (const secret of ['全家福', '小熊', '356', 'B2', '李娜', '1369']) expect(text).not.toContain(secret);
    const one = await d.t.ok<LfNotice>('lostfound.notice', { ids: [wallet.id] }, d.desk);
    expect(one.items.map((i) => i.itemNo)).toEqual(['SW-20261123-001']);
  });
});
