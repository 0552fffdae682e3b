import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DcCopyRow, DcReissueRow } from '../../src-shared/modules/doccontrol';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupDcDesk, SIGNATURE, type DcDesk } from './doccontrol-support';

let d: DcDesk;
beforeEach(async () => {
  d = await setupDcDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];

describe('reissue (QR-WD01-02-06)', () => {
  it('continues the original distribution number: 003 → 003-1 → 003-2; damaged taken back, lost recorded lost', async () => {
    const doc = d.doc();
    await d.distribute(doc, 5);
    const copies = async () => (await d.t.ok<DcCopyRow[]>('doccontrol.copies.list', { documentId: doc }, d.clerk)).map((c) => `${c.copyNo}:${c.status}`);
    const c003 = (await d.t.ok<DcCopyRow[]>('doccontrol.copies.list', { documentId: doc }, d.clerk))[2];
    const app = await d.t.ok<DcReissueRow>('doccontrol.reissues.create', { copyId: c003.id, kind: 'damaged', explanation: '被水浸湿，字迹模糊', applicantName: '张伟' }, d.clerk);
    expect(app).toMatchObject({ status: 'pending', copyNo: '003', departmentName: '工程部', newCopyNo: null });

    let before = d.fingerprint();
    expect(await d.t.call('doccontrol.reissues.create', { copyId: c003.id, kind: 'lost', explanation: '再次申请', applicantName: '张伟' }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'DOCCONTROL_REISSUE_OPEN', message: '分发号 003 已有未办结的补发申请，未作任何更改' },
    });
    expect(await d.t.call('doccontrol.reissues.issue', { id: app.id, signature: SIGNATURE }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'DOCCONTROL_NOT_APPROVED', message: '补发申请 《消防安全管理规定》 ZW-QP-4.2.3 A/1 分发号 003 当前为“待审批”，须先经办公室主任批准，未作任何更改' },
    });
    expect(await d.t.call('doccontrol.reissues.decide', { id: app.id, approve: true }, d.gm)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('doccontrol.reissues.decide', { id: app.id, approve: true }, d.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);

    await d.t.ok('doccontrol.reissues.decide', { id: app.id, approve: true }, d.director);
    before = d.fingerprint();
    expect(await d.t.call('doccontrol.reissues.issue', { id: app.id, signature: SIGNATURE }, d.director)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('doccontrol.reissues.issue', { id: app.id, signature: 'AAAA' }, d.clerk)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(d.fingerprint()).toBe(before);
    const issued = await d.t.ok<DcReissueRow>('doccontrol.reissues.issue', { id: app.id, signature: SIGNATURE }, d.clerk);
    expect(issued).toMatchObject({ status: 'issued', newCopyNo: '003-1', issuedBy: '肖燕', decidedBy: '江涛' });
    expect(audit().at(-1)).toBe('补发 《消防安全管理规定》 ZW-QP-4.2.3 A/1 新分发号 003-1（原 003 破损已收回）');
    expect(await copies()).toEqual(['001:issued', '002:issued', '003:taken_back', '003-1:issued', '004:issued', '005:issued']);

    // The taken-back copy cannot be reissued again; the replacement can, and its number continues: 003-2.
    before = d.fingerprint();
    expect(await d.t.call('doccontrol.reissues.create', { copyId: c003.id, kind: 'damaged', explanation: '再破损', applicantName: '张伟' }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'DOCCONTROL_COPY_STATE', message: '分发号 003 当前为“已收回”，不能办理补发，未作任何更改' },
    });
    expect(d.fingerprint()).toBe(before);
    const c0031 = (await d.t.ok<DcCopyRow[]>('doccontrol.copies.list', { documentId: doc }, d.clerk)).find((c) => c.copyNo === '003-1') as DcCopyRow;
    const lost = await d.t.ok<DcReissueRow>('doccontrol.reissues.create', { copyId: c0031.id, kind: 'lost', explanation: '外出检查时遗失', applicantName: '张伟' }, d.clerk);
    await d.t.ok('doccontrol.reissues.decide', { id: lost.id, approve: true, note: '同意补发' }, d.director);
    expect(await d.t.ok<DcReissueRow>('doccontrol.reissues.issue', { id: lost.id, signature: SIGNATURE }, d.clerk)).toMatchObject({ newCopyNo: '003-2' });
    expect(await copies()).toEqual(['001:issued', '002:issued', '003:taken_back', '003-1:lost', '003-2:issued', '004:issued', '005:issued']);

    // A refused application closes without a new copy, and the copy may be applied for again.
    const c001 = (await d.t.ok<DcCopyRow[]>('doccontrol.copies.list', { documentId: doc }, d.clerk))[0];
    const refused = await d.t.ok<DcReissueRow>('doccontrol.reissues.create', { copyId: c001.id, kind: 'damaged', explanation: '封面折角', applicantName: '李强' }, d.clerk);
    expect(await d.t.ok<DcReissueRow>('doccontrol.reissues.decide', { id: refused.id, approve: false, note: '不影响使用' }, d.director)).toMatchObject({ status: 'rejected' });
    expect(await d.t.call('doccontrol.reissues.issue', { id: refused.id, signature: SIGNATURE }, d.clerk)).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_DECIDED' } });

    const reg = await d.t.ok<RegisterData>('doccontrol.reissueRegister', { from: '2026-11-23', to: '2026-11-23' }, d.gm);
    expect(reg).toMatchObject({ formNo: 'QR-WD01-02-06', title: '文件补发申请表' });
    expect(reg.rows.map((r) => [r.oldCopy, r.kind, r.newCopy, r.decidedBy])).toEqual([
      ['003', '破损', '003-1', '江涛 已批准'],
      ['003-1', '丢失', '003-2', '江涛 已批准'],
      ['001', '破损', '', '江涛 未批准'],
    ]);
  });
});
