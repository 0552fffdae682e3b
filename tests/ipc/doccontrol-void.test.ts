import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DcCopyRow, DcRetentionRow, DcVoidNotice, DcVoidRow } from '../../src-shared/modules/doccontrol';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupDcDesk, SIGNATURE, type DcDesk } from './doccontrol-support';

let d: DcDesk;
beforeEach(async () => {
  d = await setupDcDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const docStatus = (id: number) => d.t.desk.store.db.prepare('SELECT status FROM archive_documents WHERE id = ?').pluck().get(id);

async function approvedVoid(doc: number): Promise<DcVoidRow> {
  const v = await d.t.ok<DcVoidRow>('doccontrol.voids.create', { documentId: doc, reason: '已被 A/2 版替代' }, d.clerk);
  return d.t.ok<DcVoidRow>('doccontrol.voids.decide', { id: v.id, approve: true, note: '同意作废' }, d.gm);
}

describe('void and destroy (QR-WD01-02-07)', () => {
  it('the GM approves; copies are voided; two distinct people with their credentials destroy all but 1–2 kept', async () => {
    const doc = d.doc();
    await d.distribute(doc, 4);
    const v = await d.t.ok<DcVoidRow>('doccontrol.voids.create', { documentId: doc, reason: '已被 A/2 版替代' }, d.clerk);
    let before = d.fingerprint();
    expect(await d.t.call('doccontrol.voids.create', { documentId: doc, reason: '重复' }, d.clerk)).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_VOID_OPEN' } });
    for (const token of [d.clerk, d.director, d.security]) {
      expect(await d.t.call('doccontrol.voids.decide', { id: v.id, approve: true }, token)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await d.t.call('doccontrol.voids.notice', { id: v.id }, d.clerk)).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_NOT_APPROVED' } });
    expect(
      await d.t.call('doccontrol.voids.destroy', { id: v.id, keep: ['001'], method: '碎纸机粉碎', doer: d.cred('xiaoyan'), supervisor: d.cred('weili') }, d.clerk),
    ).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_NOT_APPROVED' } });
    expect(d.fingerprint()).toBe(before);

    const approved = await d.t.ok<DcVoidRow>('doccontrol.voids.decide', { id: v.id, approve: true, note: '同意作废' }, d.gm);
    expect(approved).toMatchObject({ status: 'approved', decidedBy: '黄波', voidedCopies: ['001', '002', '003', '004'], document: { status: 'voided' } });
    expect(docStatus(doc)).toBe('voided');
    expect(audit().at(-1)).toBe('批准作废申请 《消防安全管理规定》 ZW-QP-4.2.3 A/1：同意作废，文件作废，收回分发号 001、002、003、004');
    // A voided document is out of use: no more distribution.
    expect(await d.t.call('doccontrol.distributions.create', { documentId: doc, departmentId: d.engineering, receiverName: '张伟', quantity: 1, signature: SIGNATURE }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'DOCCONTROL_DOC_INACTIVE', message: '《消防安全管理规定》 ZW-QP-4.2.3 A/1 已作废，不能办理此项，未作任何更改' },
    });

    const notice = await d.t.ok<DcVoidNotice>('doccontrol.voids.notice', { id: v.id }, d.director);
    expect(notice).toMatchObject({ title: '文件作废通知', docNo: 'ZW-QP-4.2.3', version: 'A/1', copyNos: ['001', '002', '003', '004'], approvedBy: '黄波' });
    expect(notice.departments).toEqual(['办公室', '综合管理部', '工程部', '客服部', '保安部', '财务部']);

    const destroy = (over: Record<string, unknown>, token = d.clerk) =>
      d.t.call('doccontrol.voids.destroy', { id: v.id, keep: ['002'], method: '碎纸机粉碎', doer: d.cred('xiaoyan'), supervisor: d.cred('weili'), ...over }, token);
    before = d.fingerprint();
    expect(await destroy({ supervisor: d.cred('XiaoYan') })).toMatchObject({
      ok: false,
      error: { code: 'DOCCONTROL_SAME_PERSON', message: '销毁须由两人进行：实施人和监督人不能是同一人，未作任何更改' },
    });
    expect(await destroy({ keep: ['001', '002', '003'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await destroy({ keep: [] })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await destroy({ keep: ['002', '002'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { keep: '留存的分发号不能重复' } } });
    expect(await destroy({ keep: ['009'] })).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { keep: '留存的分发号 009 不在作废的分发号中' } } });
    // 黄波 (GM) may supervise but not carry out; 李娜 (receptionist) may do neither.
    expect(await destroy({ doer: d.cred('huangbo') })).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_CREDENTIAL_REFUSED', fields: { doer: '实施人账号或密码不正确，或该账号无权实施销毁，未作任何更改' } } });
    expect(await destroy({ supervisor: d.cred('lina') })).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_CREDENTIAL_REFUSED', fields: { supervisor: '监督人账号或密码不正确，或该账号无权监督销毁，未作任何更改' } } });
    expect(await destroy({}, d.director)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);
    // A wrong password counts towards that account's lockout (kept), but nothing of the destruction is written.
    const dc = d.dcFingerprint();
    expect(await destroy({ supervisor: d.cred('weili', 'Wrong2026x') })).toMatchObject({
      ok: false,
      error: { code: 'DOCCONTROL_CREDENTIAL_REFUSED', message: '监督人账号或密码不正确，或该账号无权监督销毁，未作任何更改' },
    });
    expect(await destroy({ doer: d.cred('xiaoyan', 'Wrong2026x') })).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_CREDENTIAL_REFUSED', fields: { doer: '实施人账号或密码不正确，或该账号无权实施销毁，未作任何更改' } } });
    expect(d.dcFingerprint()).toBe(dc);
    expect(d.t.desk.store.db.prepare(`SELECT failed_count FROM users WHERE username = 'weili'`).pluck().get()).toBe(1);

    const done = await d.t.ok<DcVoidRow>(
      'doccontrol.voids.destroy',
      { id: v.id, keep: ['002', '004'], method: '碎纸机粉碎', doer: d.cred('xiaoyan'), supervisor: d.cred('weili') },
      d.clerk,
    );
    expect(done).toMatchObject({ status: 'destroyed', keptCopies: ['002', '004'], destroyedCopies: ['001', '003'], destroyedBy: '肖燕', supervisedBy: '魏丽' });
    expect(audit().at(-1)).toBe('销毁作废文件 《消防安全管理规定》 ZW-QP-4.2.3 A/1 分发号 001、003（碎纸机粉碎），留存备案 002、004；实施人 肖燕，监督人 魏丽');
    const copies = (await d.t.ok<DcCopyRow[]>('doccontrol.copies.list', { documentId: doc }, d.gm)).map((c) => `${c.copyNo}:${c.status}`);
    expect(copies).toEqual(['001:destroyed', '002:kept', '003:destroyed', '004:kept']);
    expect(await destroy({})).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_DECIDED' } });

    const reg = await d.t.ok<RegisterData>('doccontrol.voidRegister', { from: '2026-11-23', to: '2026-11-23' }, d.gm);
    expect(reg).toMatchObject({ formNo: 'QR-WD01-02-07', title: '作废、销毁文件登记表', signatures: ['起草人', '审核人', '审批人'] });
    expect(reg.rows[0]).toMatchObject({
      docNo: 'ZW-QP-4.2.3',
      version: 'A/1',
      voidedCopies: '001、002、003、004',
      kept: '002、004',
      destroyed: '001、003',
      doer: '肖燕',
      supervisor: '魏丽',
      voidedAt: '黄波 2026-11-23',
    });
    const xlsx = await d.t.ok<{ fileName: string; base64: string }>('registers.xlsx', { channel: 'doccontrol.voidRegister', params: { from: '2026-11-23', to: '2026-11-23' } }, d.gm);
    expect(xlsx.fileName).toMatch(/\.xlsx$/);
    expect(xlsx.base64.length).toBeGreaterThan(100);
  });

  it('a rejected void leaves the document in force', async () => {
    const doc = d.doc();
    await d.distribute(doc, 1);
    const v = await d.t.ok<DcVoidRow>('doccontrol.voids.create', { documentId: doc, reason: '内容过时' }, d.clerk);
    expect(await d.t.ok<DcVoidRow>('doccontrol.voids.decide', { id: v.id, approve: false, note: '仍在使用' }, d.gm)).toMatchObject({ status: 'rejected', voidedCopies: [] });
    expect(docStatus(doc)).toBe('active');
    expect(await d.t.call('doccontrol.voids.decide', { id: v.id, approve: true }, d.gm)).toMatchObject({ ok: false, error: { code: 'DOCCONTROL_DECIDED' } });
  });
});

describe('retention review (000 篇5 §6: one year)', () => {
  it('lists finished form records once a year has passed, at the clock', async () => {
    const doc = d.doc();
    await d.distribute(doc, 2);
    await d.t.ok('doccontrol.printings.create', { documentId: doc, copies: 2, approvedBy: d.ids.gm, approvedOn: '2026-11-20' }, d.clerk);
    await d.t.ok('doccontrol.copyRequests.create', { documentId: doc, copies: 1, purpose: '存档', requesterName: '王芳', departmentId: d.office, signature: SIGNATURE }, d.clerk);
    const other = d.doc({ title: '保洁作业指导书', docNo: 'BJ-WI-01' });
    await approvedVoid(other);
    // QR-WD01-02-04 lives in the borrowing module's table; a finished (refused) request is reviewed here too.
    d.t.desk.store.db
      .prepare(
        `INSERT INTO borrowing_requests(request_no, filed_day, seq, document_id, borrower_type, borrower_name, purpose, due_date, required_role, status, filed_at, filed_by)
         VALUES ('JY-20261123-001', '2026-11-23', 1, ?, 'staff', '王芳', '查阅消防规定', '2026-11-30', 'office_director', 'rejected', '2026-11-23T01:00:00.000Z', ?)`,
      )
      .run(doc, d.ids.clerk);

    await d.advanceDays(364);
    expect(await d.t.ok<DcRetentionRow[]>('doccontrol.retention', {}, d.director)).toEqual([]);
    await d.advanceDays(1);
    const rows = await d.t.ok<DcRetentionRow[]>('doccontrol.retention', {}, d.director);
    // The copy request is still pending: not finished, so not listed. The void of a document never distributed has
    // nothing to destroy and is finished at approval.
    expect(rows.map((r) => [r.formNo, r.summary, r.dueDay])).toEqual([
      ['QR-WD01-02-04', 'JY-20261123-001 《消防安全管理规定》 ZW-QP-4.2.3 借阅 王芳', '2027-11-23'],
      ['QR-WD01-02-03', '《消防安全管理规定》 ZW-QP-4.2.3 分发 工程部 张伟 2 份', '2027-11-23'],
      ['QR-WD01-02-01', '《消防安全管理规定》 ZW-QP-4.2.3 印制 2 份', '2027-11-23'],
      ['QR-WD01-02-07', '《保洁作业指导书》 BJ-WI-01 作废：已被 A/2 版替代', '2027-11-23'],
    ]);
    expect(await d.t.call('doccontrol.retention', {}, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await d.t.call('doccontrol.retention', {}, d.head)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
