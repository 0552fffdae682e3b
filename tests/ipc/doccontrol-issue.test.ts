import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DcCopyRequestRow, DcCopyRow, DcPrintingRow } from '../../src-shared/modules/doccontrol';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupDcDesk, SIGNATURE, type DcDesk } from './doccontrol-support';

let d: DcDesk;
beforeEach(async () => {
  d = await setupDcDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];

describe('printing (QR-WD01-02-01)', () => {
  it('records a print run with the approving general manager; refuses a non-GM approver and a future date', async () => {
    const doc = d.doc();
    const approvers = await d.t.ok<{ id: number; name: string }[]>('doccontrol.approvers', {}, d.clerk);
    expect(approvers).toEqual([{ id: d.ids.gm, name: '黄波' }]);
    const before = d.fingerprint();
    expect(
      await d.t.call('doccontrol.printings.create', { documentId: doc, copies: 5, approvedBy: d.ids.director, approvedOn: '2026-11-28' }, d.clerk),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { approvedBy: '批准人须为总经理', approvedOn: '批准日期不能晚于今天' } } });
    expect(await d.t.call('doccontrol.printings.create', { documentId: doc, copies: 5, approvedBy: d.ids.gm, approvedOn: '2026-11-20' }, d.director)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(d.fingerprint()).toBe(before);
    const p = await d.t.ok<DcPrintingRow>(
      'doccontrol.printings.create',
      { documentId: doc, copies: 5, reviewerName: '总经理助理 陈静', approvedBy: d.ids.gm, approvedOn: '2026-11-20' },
      d.clerk,
    );
    expect(p).toMatchObject({ copies: 5, approvedBy: '黄波', approvedOn: '2026-11-20', printedBy: '肖燕', document: { indexNo: 'c-2.1-03', title: '消防安全管理规定' } });
    expect(audit().at(-1)).toBe('印制文件 《消防安全管理规定》 ZW-QP-4.2.3 A/1 5 份（批准人 黄波）');
    const reg = await d.t.ok<RegisterData>('doccontrol.printingRegister', { from: '2026-11-23', to: '2026-11-23' }, d.gm);
    expect(reg).toMatchObject({ formNo: 'QR-WD01-02-01', title: '印制文件登记表', signatures: ['起草人', '审核人', '审批人'] });
    expect(reg.rows[0]).toMatchObject({ no: '1', doc: '消防安全管理规定', copies: '5', approver: '黄波 2026-11-20', printedBy: '肖燕' });
  });
});

describe('distribution (QR-WD01-02-03)', () => {
  it('numbers every copy per document, continuing across distributions, with the receiver signature on the register', async () => {
    const doc = d.doc();
    const other = d.doc({ title: '电梯维保管理办法', docNo: 'ZW-WI-07', indexNo: 'c-2.1-03' });
    const first = await d.distribute(doc, 3);
    expect(first).toMatchObject({ departmentName: '工程部', receiverName: '张伟', quantity: 3, copyNos: ['001', '002', '003'] });
    const second = await d.distribute(doc, 2, { departmentId: d.office, receiverName: '王芳' });
    expect(second.copyNos).toEqual(['004', '005']);
    expect((await d.distribute(other, 1)).copyNos).toEqual(['001']);
    expect(audit().at(-3)).toBe('分发文件 《消防安全管理规定》 ZW-QP-4.2.3 A/1 至 工程部 张伟 3 份，分发号 001、002、003');
    const copies = await d.t.ok<DcCopyRow[]>('doccontrol.copies.list', { documentId: doc }, d.director);
    expect(copies.map((c) => [c.copyNo, c.departmentName, c.status])).toEqual([
      ['001', '工程部', 'issued'],
      ['002', '工程部', 'issued'],
      ['003', '工程部', 'issued'],
      ['004', '办公室', 'issued'],
      ['005', '办公室', 'issued'],
    ]);

    const before = d.fingerprint();
    expect(await d.t.call('doccontrol.distributions.create', { documentId: doc, departmentId: d.engineering, receiverName: '张伟', quantity: 1, signature: 'bm90IGEgcG5n' }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { signature: '请在签名板上签名' } },
    });
    expect(await d.t.call('doccontrol.distributions.create', { documentId: doc, departmentId: d.engineering, receiverName: '张伟', quantity: 1, signature: SIGNATURE }, d.desk)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await d.t.call('doccontrol.distributions.create', { documentId: 9999, departmentId: d.engineering, receiverName: '张伟', quantity: 1, signature: SIGNATURE }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await d.t.call('doccontrol.copies.list', { documentId: doc }, d.head)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);

    const reg = await d.t.ok<RegisterData>('doccontrol.distributionRegister', { from: '2026-11-01', to: '2026-11-30' }, d.clerk);
    expect(reg).toMatchObject({ formNo: 'QR-WD01-02-03', title: '文件分发登记表', signatures: ['起草人', '审核人', '审批人'] });
    expect(reg.rows.map((r) => [r.scope, r.quantity, r.copyNos])).toEqual([
      ['工程部', '3', '001、002、003'],
      ['办公室', '2', '004、005'],
      ['工程部', '1', '001'],
    ]);
    expect(reg.rows[0].receiver).toMatch(/^data:image\/png;base64,/);
    const sig = await d.t.ok<{ png: string }>('doccontrol.signature', { kind: 'distribution', id: first.id }, d.director);
    expect(sig.png).toMatch(/^data:image\/png;base64,/);
    expect(audit().at(-1)).toContain('查看签名：《消防安全管理规定》');
  });
});

describe('copies (QR-WD01-02-05)', () => {
  it('needs the office director’s approval, given once, by the director logged in', async () => {
    const doc = d.doc();
    const req = await d.t.ok<DcCopyRequestRow>(
      'doccontrol.copyRequests.create',
      { documentId: doc, copies: 2, purpose: '工程部消防演练培训', requesterName: '张伟', departmentId: d.engineering, signature: SIGNATURE },
      d.clerk,
    );
    expect(req).toMatchObject({ status: 'pending', decidedBy: null, requestedBy: '肖燕' });
    let before = d.fingerprint();
    for (const token of [d.clerk, d.gm, d.security, d.head]) {
      expect(await d.t.call('doccontrol.copyRequests.decide', { id: req.id, approve: true }, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(d.fingerprint()).toBe(before);
    const approved = await d.t.ok<DcCopyRequestRow>('doccontrol.copyRequests.decide', { id: req.id, approve: true, note: '限内部培训使用' }, d.director);
    expect(approved).toMatchObject({ status: 'approved', decidedBy: '江涛', decisionNote: '限内部培训使用' });
    expect(audit().at(-1)).toBe('批准复印申请 《消防安全管理规定》 ZW-QP-4.2.3 A/1 2 份（张伟）：限内部培训使用');
    before = d.fingerprint();
    expect(await d.t.call('doccontrol.copyRequests.decide', { id: req.id, approve: false }, d.director)).toMatchObject({
      ok: false,
      error: { code: 'DOCCONTROL_DECIDED', message: '复印申请 《消防安全管理规定》 ZW-QP-4.2.3 A/1 当前为“已批准”，不能重复审批或办理，未作任何更改' },
    });
    expect(d.fingerprint()).toBe(before);

    const reg = await d.t.ok<RegisterData>('doccontrol.copyRegister', { from: '2026-11-23', to: '2026-11-23' }, d.director);
    expect(reg).toMatchObject({ formNo: 'QR-WD01-02-05', title: '文件复印登记表' });
    expect(reg.rows[0]).toMatchObject({ doc: '消防安全管理规定', copies: '2', status: '已批准', decidedBy: '江涛 2026-11-23' });
    expect(reg.rows[0].requester).toMatch(/^data:image\/png;base64,/);
    expect(await d.t.call('doccontrol.copyRegister', { from: '2026-11-24', to: '2026-11-23' }, d.director)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: '结束日期不能早于开始日期' } },
    });
  });
});
