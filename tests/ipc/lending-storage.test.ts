import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LendingSettings, StorageReceipt, StorageRow } from '../../src-shared/modules/lending';
import type { RegisterData } from '../../src-shared/modules/registers';
import { storeFingerprint } from '../support/desk';
import { setupLendingDesk, SIGNATURE, type LendingDesk } from './lending-support';

let d: LendingDesk;
beforeEach(async () => {
  d = await setupLendingDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const store = (input: Record<string, unknown> = {}) =>
  d.t.ok<StorageReceipt>('lending.storage.register', { occupantId: d.zhangWei, description: '行李箱（黑色）', count: 2, place: '前台柜 A-2', ...input }, d.desk);
const list = async (input: Record<string, unknown> = {}, token = d.desk) =>
  (await d.t.ok<{ rows: StorageRow[]; nextBefore: number | null }>('lending.storage.list', input, token)).rows;
const handBack = (input: Record<string, unknown>) => d.t.call<StorageRow>('lending.storage.handBack', { signature: SIGNATURE, ...input }, d.desk);

describe('item storage', () => {
  it('registers an item with a claim code kept only as a hash', async () => {
    const { item, claimCode } = await store({ authorised: [{ name: '李娜', phone: '13698765432' }] });
    expect(claimCode).toMatch(/^\d{6}$/);
    expect(item).toMatchObject({
      storageNo: 'JC-20261120-001',
      roomLabel: '3栋2单元1203',
      ownerName: '张伟',
      ownerPhone: '13812345678',
      authorised: [{ name: '李娜', phone: '13698765432' }],
      description: '行李箱（黑色）',
      count: 2,
      place: '前台柜 A-2',
      hasPhoto: false,
      storedBy: '钱梅',
      storedDays: 0,
      longStored: false,
      handedBackAt: null,
    });
    const raw = d.t.desk.store.db.prepare('SELECT * FROM lending_storage WHERE id = ?').get(item.id) as Record<string, unknown>;
    expect(Object.values(raw).map(String)).not.toContain(claimCode);
    expect(JSON.stringify(await list({}, d.manager))).not.toContain(claimCode);
    expect(audit().join('\n')).not.toContain(claimCode);
    expect(audit()).toContain('物品寄存 JC-20261120-001：行李箱（黑色） ×2，存放于 前台柜 A-2，寄存人 3栋2单元1203 张伟，可代领：李娜');

    const photo = await store({ photoBase64: SIGNATURE, occupantId: undefined, roomLabel: '5栋1单元0801', name: '周杰', phone: '13512348888' });
    expect(photo.item).toMatchObject({ storageNo: 'JC-20261120-002', hasPhoto: true, ownerName: '周杰', occupantId: null });
    expect(photo.claimCode).not.toBe(claimCode);

    const before = storeFingerprint(d.t.desk);
    const badPhoto = await d.t.call('lending.storage.register', { occupantId: d.zhangWei, description: '雨衣', place: 'A-1', photoBase64: 'aGVsbG8=' }, d.desk);
    expect(badPhoto).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { photoBase64: '照片须为 PNG 或 JPEG 图片' } } });
    const noOwner = await d.t.call('lending.storage.register', { description: '雨衣', place: 'A-1' }, d.desk);
    expect(noOwner).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { roomLabel: '请填写房号', name: '请填写姓名', phone: '请填写联系电话' } } });
    expect(storeFingerprint(d.t.desk)).toBe(before);
  });

  it('refuses a wrong code or a wrong claimant without changing anything, and hands back to the right one with a signature', async () => {
    const { item, claimCode } = await store({ authorised: [{ name: '李娜', phone: '13698765432' }] });
    const other = await store({ description: '纸箱', count: 1 });
    const wrongCode = String((Number(claimCode) + 1) % 1_000_000).padStart(6, '0') === other.claimCode
      ? String((Number(claimCode) + 2) % 1_000_000).padStart(6, '0')
      : String((Number(claimCode) + 1) % 1_000_000).padStart(6, '0');
    const before = storeFingerprint(d.t.desk);

    const code = await handBack({ id: item.id, claimCode: wrongCode, claimantName: '张伟', claimantPhone: '13812345678' });
    expect(code).toMatchObject({ ok: false, error: { code: 'CLAIM_MISMATCH', message: '寄存物品核验未通过：取件码与该寄存物品不符，未交还物品', fields: { claimCode: '取件码与该寄存物品不符' } } });
    const otherItemsCode = await handBack({ id: item.id, claimCode: other.claimCode, claimantName: '张伟', claimantPhone: '13812345678' });
    expect(otherItemsCode).toMatchObject({ ok: false, error: { code: 'CLAIM_MISMATCH' } });
    const stranger = await handBack({ claimCode, claimantName: '王强', claimantPhone: '13900001111' });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'CLAIM_MISMATCH', fields: { claimantName: '领取人姓名或电话与寄存人及登记的代领人均不符' } } });
    const wrongPhone = await handBack({ claimCode, claimantName: '李娜', claimantPhone: '13900001111' });
    expect(wrongPhone).toMatchObject({ ok: false, error: { code: 'CLAIM_MISMATCH' } });
    const noSignature = await handBack({ claimCode, claimantName: '李娜', claimantPhone: '13698765432', signature: 'aGVsbG8=' });
    expect(noSignature).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { signature: '请领取人在签名板上签名' } } });
    expect(await d.t.call('lending.storage.handBack', { claimCode, claimantName: '李娜', claimantPhone: '13698765432', signature: SIGNATURE }, d.manager)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(storeFingerprint(d.t.desk)).toBe(before);

    d.t.clock.advance(30);
    await d.relogin();
    // The code alone finds the item; the authorised person collects it.
    const res = await handBack({ claimCode, claimantName: '李娜', claimantPhone: '13698765432' });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data).toMatchObject({ id: item.id, collectorName: '李娜', collectorPhone: '13698765432', handedBackBy: '钱梅', handedBackAt: '2026-11-20T01:30:00.000Z' });
    const sig = d.t.desk.store.db
      .prepare('SELECT length(g.png) FROM lending_storage s JOIN lending_signatures g ON g.id = s.signature_id WHERE s.id = ?')
      .pluck()
      .get(item.id) as number;
    expect(sig).toBeGreaterThan(8);
    expect(audit()).toContain('寄存物品交还 JC-20261120-001：行李箱（黑色） ×2，受托代领人 李娜 凭取件码签名领取');

    const before2 = storeFingerprint(d.t.desk);
    const again = await handBack({ id: item.id, claimCode, claimantName: '张伟', claimantPhone: '13812345678' });
    expect(again).toMatchObject({ ok: false, error: { code: 'LENDING_CLOSED', message: 'JC-20261120-001 已于 2026-11-20 09:30 由 李娜 领取，不能重复办理' } });
    const gone = await handBack({ claimCode, claimantName: '张伟', claimantPhone: '13812345678' });
    expect(gone).toMatchObject({ ok: false, error: { code: 'CLAIM_MISMATCH', fields: { claimCode: '没有寄存中的物品使用此取件码' } } });
    expect(storeFingerprint(d.t.desk)).toBe(before2);

    // The owner collects the other item by id and code.
    const owner = await handBack({ id: other.item.id, claimCode: other.claimCode, claimantName: '张伟', claimantPhone: '13812345678' });
    expect(owner).toMatchObject({ ok: true, data: { collectorName: '张伟' } });
    expect(audit()).toContain('寄存物品交还 JC-20261120-002：纸箱 ×1，寄存人本人 张伟 凭取件码签名领取');
    expect(await list()).toEqual([]);
    expect((await list({ view: 'all' })).map((s) => s.storageNo)).toEqual(['JC-20261120-002', 'JC-20261120-001']);
  });

  it('lists items kept longer than the long-stored days', async () => {
    const old = await store({ description: '自行车' });
    d.t.clock.advance(5 * 24 * 60); // 2026-11-25
    await d.relogin();
    const recent = await store({ description: '花盆' });
    d.t.clock.advance(26 * 24 * 60); // 2026-12-21: the first kept 31 days, the second 26
    await d.relogin();
    const long = await list({ view: 'long' }, d.security);
    expect(long.map((s) => [s.id, s.storedDays, s.longStored])).toEqual([[old.item.id, 31, true]]);
    expect((await list()).map((s) => [s.id, s.longStored])).toEqual([[recent.item.id, false], [old.item.id, true]]);

    const s = await d.t.ok<LendingSettings>('lending.settings.update', { longStoredDays: 20 }, d.manager);
    expect(s.longStoredDays).toBe(20);
    expect(audit()).toContain('寄存设置：longStoredDays: 30 → 20');
    expect((await list({ view: 'long' })).map((r) => r.id)).toEqual([recent.item.id, old.item.id]);
    expect(await d.t.call('lending.settings.update', { longStoredDays: 10 }, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect((await list({ view: 'all', q: '自行车' })).map((r) => r.id)).toEqual([old.item.id]);
    expect((await list({ view: 'all', q: '5678' })).map((r) => r.id)).toEqual([recent.item.id, old.item.id]);
  });
});

describe('item storage register', () => {
  it('lists the period\'s items and who collected them, phones masked', async () => {
    const a = await store({ authorised: [{ name: '李娜', phone: '13698765432' }] });
    await store({ occupantId: undefined, roomLabel: '5栋1单元0801', name: '周杰', phone: '13512348888', description: '纸箱', count: 1, place: '储物间' });
    d.t.clock.advance(60);
    await d.relogin();
    await d.t.ok('lending.storage.handBack', { claimCode: a.claimCode, claimantName: '张伟', claimantPhone: '13812345678', signature: SIGNATURE }, d.desk);
    const reg = await d.t.ok<RegisterData>('lending.storageRegister', { from: '2026-11-20', to: '2026-11-20' }, d.manager);
    expect(reg.title).toBe('物品寄存登记表');
    expect(reg.rows).toEqual([
      {
        no: '1', storageNo: 'JC-20261120-001', owner: '3栋2单元1203 张伟', phone: '138****5678', description: '行李箱（黑色） ×2',
        place: '前台柜 A-2', storedAt: '2026-11-20 09:00', storedBy: '钱梅', handedBackAt: '2026-11-20 10:00', collector: '张伟',
      },
      {
        no: '2', storageNo: 'JC-20261120-002', owner: '5栋1单元0801 周杰', phone: '135****8888', description: '纸箱 ×1',
        place: '储物间', storedAt: '2026-11-20 09:00', storedBy: '钱梅', handedBackAt: '寄存中', collector: '',
      },
    ]);
    expect((await d.t.ok<RegisterData>('lending.storageRegister', { from: '2026-11-21', to: '2026-11-30' }, d.security)).rows).toEqual([]);
  });
});
