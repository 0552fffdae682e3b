import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LfClaimRow, LfItemDetail, LfItemRow } from '../../src-shared/modules/lostfound';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupLfDesk, SIGNATURE, VALID_ID, type LfDesk } from './lostfound-support';

let d: LfDesk;
beforeEach(async () => {
  d = await setupLfDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const claim = (itemId: number, over: Record<string, unknown> = {}, token = d.desk) =>
  d.t.call<LfClaimRow>(
    'lostfound.claims.create',
    {
      itemId,
      claimantName: '张伟',
      claimantPhone: '13812345678',
      idType: 'resident_id',
      idNumber: VALID_ID,
      relationship: 'self',
      description: '黑色长柄伞，伞柄缠了红胶带，伞面印着小熊',
      verdict: 'accepted',
      signature: SIGNATURE,
      ...over,
    },
    token,
  );

describe('claims', () => {
  it('keeps rejected claims with their reason, then hands the item out on an accepted, signed claim', async () => {
    const item = await d.intake();
    const rejected = await claim(item.id, { claimantName: '王强', claimantPhone: '13900001111', description: '蓝色折叠伞', verdict: 'rejected', reason: '颜色与特征均不符', signature: undefined });
    expect(rejected).toMatchObject({ ok: true, data: { verdict: 'rejected', reason: '颜色与特征均不符', idMasked: '1101**********002X', hasSignature: false, relationshipName: '本人', by: '钱梅' } });
    const stillThere = await d.t.ok<LfItemDetail>('lostfound.get', { id: item.id }, d.desk);
    expect(stillThere.item.status).toBe('in_custody');
    expect(audit().at(-1)).toBe('失物认领未通过 SW-20261123-001 黑色雨伞：王强（本人，居民身份证 1101**********002X），理由：颜色与特征均不符');

    const before = d.fingerprint();
    const noReason = await claim(item.id, { verdict: 'rejected', signature: undefined });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { reason: '请填写不予认领的理由' } } });
    const noSignature = await claim(item.id, { signature: undefined });
    expect(noSignature).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { signature: '请认领人在签名板上签名' } } });
    const badId = await claim(item.id, { idNumber: '110105194912310021' });
    expect(badId).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { idNumber: '证件号码未通过校验（校验位不正确）' } } });
    const badPhone = await claim(item.id, { claimantPhone: '123' });
    expect(badPhone).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await claim(item.id, {}, d.gm)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);

    const accepted = await claim(item.id, { relationship: 'family', claimantName: '李娜', claimantPhone: '13698765432' }, d.security);
    expect(accepted).toMatchObject({ ok: true, data: { verdict: 'accepted', reason: '', hasSignature: true, relationshipName: '家属', claimantName: '李娜', by: '赵刚' } });
    const detail = await d.t.ok<LfItemDetail>('lostfound.get', { id: item.id }, d.gm);
    expect(detail.item).toMatchObject({ status: 'claimed', claimantName: '李娜', closedBy: '赵刚', closedAt: '2026-11-23T01:00:00.000Z' });
    expect(detail.claims.map((c) => [c.claimantName, c.verdict, c.reason])).toEqual([
      ['王强', 'rejected', '颜色与特征均不符'],
      ['李娜', 'accepted', ''],
    ]);
    expect(detail.events.map((e) => e.kind)).toEqual(['intake', 'claim_rejected', 'claim_accepted']);
    expect(audit().at(-1)).toBe('失物认领 SW-20261123-001 黑色雨伞 ×1：李娜（家属，居民身份证 1101**********002X） 核对相符，签名领回');

    // The full ID number is stored nowhere.
    const raw = JSON.stringify(d.t.desk.store.db.prepare('SELECT * FROM lostfound_claims').all());
    expect(raw).not.toContain(VALID_ID);
    expect(audit().join('\n')).not.toContain(VALID_ID);

    const png = await d.t.ok<{ png: string }>('lostfound.signature', { claimId: (accepted as { data: LfClaimRow }).data.id }, d.service);
    expect(png.png).toMatch(/^data:image\/png;base64,/);
    expect(audit().at(-1)).toBe('查看签名：认领签名 SW-20261123-001 黑色雨伞（李娜）');
  });

  it('refuses every action on an item that left custody, changing nothing', async () => {
    const claimed = await d.intake();
    await claim(claimed.id);
    const card = await d.intake({ name: '身份证', category: 'documents', features: '姓名陈静' });
    await d.t.ok<LfItemRow>('lostfound.transfer', { id: card.id, receiverName: '刘警官', receiverUnit: '朝阳区派出所', note: '证件移交' }, d.security);

    const before = d.fingerprint();
    const again = await claim(claimed.id);
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'LOSTFOUND_NOT_IN_CUSTODY', message: 'SW-20261123-001 黑色雨伞 已于 2026-11-23 09:00 由 张伟 认领，不在保管中，未作任何更改' },
    });
    expect(await d.t.call('lostfound.move', { id: claimed.id, placeId: d.safe.id }, d.desk)).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_NOT_IN_CUSTODY' } });
    expect(await d.t.call('lostfound.transfer', { id: claimed.id, receiverName: '刘警官', receiverUnit: '朝阳区派出所' }, d.desk)).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_NOT_IN_CUSTODY' } });
    const cardAgain = await claim(card.id);
    expect(cardAgain).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_NOT_IN_CUSTODY', message: 'SW-20261123-002 身份证 已于 2026-11-23 09:00 移交 朝阳区派出所 刘警官，不在保管中，未作任何更改' } });
    expect(await d.t.call('lostfound.disposal.decide', { id: card.id, method: 'destroy', note: '过期' }, d.gm)).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_NOT_IN_CUSTODY' } });
    expect(await d.t.call('lostfound.disposal.execute', { id: card.id, receiverName: '刘警官' }, d.desk)).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_NOT_IN_CUSTODY' } });
    expect(await d.t.call('lostfound.notice', { ids: [claimed.id] }, d.desk)).toMatchObject({ ok: false, error: { code: 'LOSTFOUND_NOT_IN_CUSTODY' } });
    expect(d.fingerprint()).toBe(before);
  });

  it('prints the found-item register with the claimant (masked ID) and the signature image', async () => {
    const a = await d.intake();
    await d.intake({ name: '工牌', category: 'documents', features: '蓝色挂绳' });
    await claim(a.id);
    const reg = await d.t.ok<RegisterData>('lostfound.register', { from: '2026-11-23', to: '2026-11-23' }, d.service);
    expect(reg.title).toBe('撿拾物品記錄表');
    expect(reg.columns.map((c) => c.key)).toEqual(['no', 'itemNo', 'foundAt', 'place', 'item', 'quantity', 'features', 'finder', 'storage', 'status', 'claimant', 'claimedAt', 'claimSignature']);
    expect(reg.rows[0]).toMatchObject({
      itemNo: 'SW-20261123-001',
      item: '黑色雨伞（其他）',
      features: '伞柄缠红色胶带，伞面有白色小熊图案',
      status: '已认领',
      claimant: '张伟 1101**********002X',
      claimedAt: '2026-11-23 09:00',
    });
    expect(reg.rows[0].claimSignature).toBe(SIGNATURE);
    expect(reg.rows[1]).toMatchObject({ itemNo: 'SW-20261123-002', status: '保管中', claimant: '', claimSignature: '' });
    const xlsx = await d.t.call('registers.xlsx', { channel: 'lostfound.register', params: { from: '2026-11-23', to: '2026-11-23' } }, d.desk);
    expect(xlsx.ok).toBe(true);
    expect(await d.t.call('lostfound.register', { from: '2026-11-24', to: '2026-11-23' }, d.desk)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { to: '结束日期不能早于开始日期' } } });
  });
});
