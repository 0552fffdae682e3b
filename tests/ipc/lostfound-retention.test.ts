import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LfItemDetail, LfItemRow, LfSettings } from '../../src-shared/modules/lostfound';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupLfDesk, SIGNATURE, type LfDesk } from './lostfound-support';

let d: LfDesk;
beforeEach(async () => {
  d = await setupLfDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const expired = async (token = d.gm) => (await d.t.ok<LfItemRow[]>('lostfound.expired', {}, token)).map((i) => i.itemNo);

describe('retention and disposal', () => {
  it('lists items past their keeping period at the clock; only the GM decides, the desk executes', async () => {
    const umbrella = await d.intake();
    const cake = await d.intake({ name: '生日蛋糕', category: 'food', features: '' });
    const card = await d.intake({ name: '身份证', category: 'documents', features: '姓名陈静，1990年生' });
    expect(card).toMatchObject({ policeDueAt: '2026-11-30T01:00:00.000Z', expiresAt: '2027-02-21T01:00:00.000Z' });
    expect(await expired()).toEqual([]);

    let before = d.fingerprint();
    expect(await d.t.call('lostfound.disposal.decide', { id: cake.id, method: 'destroy', note: '食品变质' }, d.gm)).toMatchObject({
      ok: false,
      error: { code: 'LOSTFOUND_NOT_EXPIRED', message: 'SW-20261123-002 生日蛋糕 的保管期至 2026-11-24 09:00 才届满，期满前不能决定处置（证件可先移交公安）' },
    });
    expect(await d.t.call('lostfound.disposal.decide', { id: cake.id, method: 'destroy', note: '食品变质' }, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);

    await d.advanceDays(1);
    expect(await expired(d.security)).toEqual(['SW-20261123-002']);
    before = d.fingerprint();
    expect(await d.t.call('lostfound.disposal.decide', { id: cake.id, method: 'destroy', note: '食品变质' }, d.security)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('lostfound.disposal.decide', { id: cake.id, method: 'destroy', note: '食品变质' }, d.service)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('lostfound.disposal.execute', { id: cake.id, receiverName: '保洁员刘芳' }, d.desk)).toMatchObject({
      ok: false,
      error: { code: 'LOSTFOUND_NO_DECISION', message: 'SW-20261123-002 生日蛋糕 尚无总经理的处置决定，不能处置' },
    });
    expect(d.fingerprint()).toBe(before);

    const decided = await d.t.ok<LfItemRow>('lostfound.disposal.decide', { id: cake.id, method: 'destroy', note: '食品已过保管期，变质' }, d.gm);
    expect(decided).toMatchObject({ status: 'in_custody', decision: { method: 'destroy', decidedBy: '孙丽', executedAt: null } });
    expect(audit().at(-1)).toBe('失物处置决定 SW-20261123-002 生日蛋糕 ×1：销毁，食品已过保管期，变质');
    before = d.fingerprint();
    expect(await d.t.call('lostfound.disposal.decide', { id: cake.id, method: 'donate', note: '改为捐赠' }, d.gm)).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_DECIDED' } });
    expect(await d.t.call('lostfound.disposal.execute', { id: cake.id, receiverName: '保洁员刘芳' }, d.gm)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);
    const done = await d.t.ok<LfItemRow>('lostfound.disposal.execute', { id: cake.id, receiverName: '保洁员刘芳', note: '当面销毁' }, d.security);
    expect(done).toMatchObject({ status: 'disposed', closedBy: '赵刚', decision: { executedBy: '赵刚' }, handover: { receiverName: '保洁员刘芳', receiverUnit: '', note: '当面销毁' } });
    expect(await expired()).toEqual([]);

    // ID documents: past the police due date they are queued, and may be decided for 公安 only.
    await d.advanceDays(5);
    expect(await expired()).toEqual([]);
    await d.advanceDays(1);
    const queue = await d.t.ok<LfItemRow[]>('lostfound.expired', {}, d.gm);
    expect(queue.map((i) => [i.itemNo, i.expired, i.policeOverdue])).toEqual([['SW-20261123-003', false, true]]);
    before = d.fingerprint();
    expect(await d.t.call('lostfound.disposal.decide', { id: card.id, method: 'donate', note: '无人认领' }, d.gm)).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_NOT_EXPIRED' } });
    expect(d.fingerprint()).toBe(before);
    await d.t.ok('lostfound.disposal.decide', { id: card.id, method: 'police', note: '证件依法移交公安' }, d.gm);
    before = d.fingerprint();
    expect(await d.t.call('lostfound.disposal.execute', { id: card.id, receiverName: '刘警官' }, d.desk)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { receiverUnit: '移交公安须登记接收单位' } } });
    expect(d.fingerprint()).toBe(before);
    const handed = await d.t.ok<LfItemRow>('lostfound.disposal.execute', { id: card.id, receiverName: '刘警官', receiverUnit: '朝阳区派出所', signature: SIGNATURE }, d.desk);
    expect(handed).toMatchObject({ status: 'disposed', handover: { receiverName: '刘警官', receiverUnit: '朝阳区派出所', hasSignature: true } });
    expect(audit().at(-1)).toBe('失物处置执行 SW-20261123-003 身份证 ×1：移交公安机关，朝阳区派出所 刘警官');

    // The umbrella: 90 days from 2026-11-23 09:00.
    await d.advanceDays(82);
    expect(await expired()).toEqual([]);
    await d.advanceDays(1);
    expect(await expired()).toEqual(['SW-20261123-001']);
    await d.t.ok('lostfound.disposal.decide', { id: umbrella.id, method: 'return_finder', note: '无人认领，交还拾得人' }, d.gm);
    before = d.fingerprint();
    expect(await d.t.call('lostfound.disposal.execute', { id: umbrella.id, receiverName: '保洁员刘芳', executedAt: '2027-02-21 08:30' }, d.desk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { executedAt: '执行时间不能早于处置决定' } },
    });
    expect(d.fingerprint()).toBe(before);
    await d.t.ok('lostfound.disposal.execute', { id: umbrella.id, receiverName: '保洁员刘芳' }, d.desk);
    const detail = await d.t.ok<LfItemDetail>('lostfound.get', { id: umbrella.id }, d.service);
    expect(detail.events.map((e) => e.kind)).toEqual(['intake', 'decision', 'execution']);

    const reg = await d.t.ok<RegisterData>('lostfound.disposalRegister', { from: '2026-11-24', to: '2027-02-21' }, d.gm);
    expect(reg.rows.map((r) => [r.itemNo, r.method, r.decidedBy, r.executedBy, r.receiver])).toEqual([
      ['SW-20261123-002', '销毁', '孙丽', '赵刚', '保洁员刘芳'],
      ['SW-20261123-003', '移交公安机关', '孙丽', '钱梅', '朝阳区派出所 刘警官'],
      ['SW-20261123-001', '交还拾得人', '孙丽', '钱梅', '保洁员刘芳'],
    ]);
  });

  it('hands ID documents to 公安 before expiry by a recorded transfer', async () => {
    const card = await d.intake({ name: '身份证', category: 'documents', features: '姓名陈静' });
    const before = d.fingerprint();
    expect(await d.t.call('lostfound.transfer', { id: card.id, receiverName: '刘警官', receiverUnit: '' }, d.desk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(d.fingerprint()).toBe(before);
    const moved = await d.t.ok<LfItemRow>('lostfound.transfer', { id: card.id, receiverName: '刘警官', receiverUnit: '朝阳区派出所', note: '警号 010123' }, d.desk);
    expect(moved).toMatchObject({ status: 'transferred', handover: { receiverName: '刘警官', receiverUnit: '朝阳区派出所', note: '警号 010123', by: '钱梅' } });
    expect(audit().at(-1)).toBe('失物移交 SW-20261123-001 身份证 ×1：移交 朝阳区派出所 刘警官（警号 010123）');
  });

  it('keeps per-category days in settings, used for items registered afterwards', async () => {
    expect(await d.t.call('lostfound.settings.update', { idPoliceDays: 3 }, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const s = await d.t.ok<LfSettings>('lostfound.settings.update', { retentionDays: { clothing: 30 }, idPoliceDays: 3, highValueYuan: 1000 }, d.security);
    expect(s).toMatchObject({ highValueYuan: 1000, idPoliceDays: 3, retentionDays: { clothing: 30, food: 1, other: 90 } });
    const coat = await d.intake({ name: '羽绒服', category: 'clothing', declaredValue: 800 });
    expect(coat).toMatchObject({ expiresAt: '2026-12-23T01:00:00.000Z', highValue: false });
    const card = await d.intake({ name: '驾驶证', category: 'documents' });
    expect(card.policeDueAt).toBe('2026-11-26T01:00:00.000Z');
  });
});
