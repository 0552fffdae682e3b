import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BorrowRow } from '../../src-shared/modules/borrowing';
import type { RegisterData } from '../../src-shared/modules/registers';
import { setupBorrowDesk, type BorrowDesk } from './borrowing-support';

let d: BorrowDesk;
beforeEach(async () => {
  d = await setupBorrowDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const view = async (v: string, token = d.clerk) => (await d.t.ok<{ rows: BorrowRow[] }>('borrowing.list', { view: v }, token)).rows.map((r) => r.requestNo);

/** A staff request for the owner file, approved by the office director. */
async function approved(over: Record<string, unknown> = {}): Promise<BorrowRow> {
  const r = await d.file(over);
  return d.t.ok<BorrowRow>('borrowing.approve', { id: r.id, comment: '同意' }, d.director);
}

describe('lending', () => {
  it('lends only approved requests', async () => {
    const r = await d.file();
    const before = d.fingerprint();
    expect(await d.t.call('borrowing.lend', { id: r.id }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'BORROWING_NOT_APPROVED', message: '借阅申请 JY-20261120-001（3栋2单元1203 王建华 业主档案 f-3.1-02） 当前为“待审批”，未经批准不能借出' },
    });
    expect(d.fingerprint()).toBe(before);
    await d.t.ok('borrowing.approve', { id: r.id }, d.director);
    expect(await d.t.call('borrowing.lend', { id: r.id }, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    d.t.clock.advance(30);
    await d.relogin();
    const lent = await d.t.ok<BorrowRow>('borrowing.lend', { id: r.id }, d.clerk);
    expect(lent).toMatchObject({ status: 'lent', lentBy: '林娜', lentAt: '2026-11-20T01:30:00.000Z', overdue: false });
    expect(audit().at(-1)).toBe('借出借阅申请 JY-20261120-001（3栋2单元1203 王建华 业主档案 f-3.1-02） 给 王建华，应还 2026-11-27');
    expect(await d.t.call('borrowing.lend', { id: r.id }, d.clerk)).toMatchObject({ ok: false, error: { code: 'BORROWING_WRONG_STATE' } });
  });

  it('one document is with one borrower at a time', async () => {
    const first = await approved();
    const second = await approved({ borrowerUserId: d.ids.qianmei ?? null });
    await d.t.ok('borrowing.lend', { id: first.id }, d.clerk);
    expect(await d.t.call('borrowing.lend', { id: second.id }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'BORROWING_DOC_OUT', message: '3栋2单元1203 王建华 业主档案 f-3.1-02 已按 JY-20261120-001 借出给 王建华，尚未归还，不能再借出' },
    });
  });

  it('law enforcement: the GM approves, then only the office director lends, personally (000 §5.6.4 f)', async () => {
    const r = await d.file({
      borrowerType: 'law_enforcement', borrowerUserId: null, enforcementBody: 'court', borrowerUnit: '阳光区人民法院',
      officers: [{ name: '陈法官', credentialType: 'officer_card', credentialNo: 'FY2026-0815' }], purpose: '民事案件调查取证',
    });
    expect(await d.t.call('borrowing.approve', { id: r.id }, d.director)).toMatchObject({ ok: false, error: { code: 'BORROWING_APPROVAL_REFUSED' } });
    await d.t.ok('borrowing.approve', { id: r.id, comment: '同意协助法院调查' }, d.gm);
    expect(audit().at(-1)).toContain('由办公室主任亲自办理借出');
    const res = await d.t.call('borrowing.lend', { id: r.id }, d.clerk);
    expect(res).toMatchObject({ ok: false, error: { code: 'BORROWING_LEND_REFUSED', message: expect.stringContaining('执法部门借阅由办公室主任向总经理请示后亲自办理（000 §5.6.4 f）') } });
    expect(await d.t.ok<BorrowRow>('borrowing.lend', { id: r.id }, d.director)).toMatchObject({ status: 'lent', lentBy: '杜强', decidedBy: '马亮' });
  });
});

describe('overdue and return', () => {
  it('is overdue once its due day has passed at the desk clock, in the list and the count', async () => {
    const r = await approved({ dueDate: '2026-11-22' });
    await d.t.ok('borrowing.lend', { id: r.id }, d.clerk);
    expect(await view('out')).toEqual(['JY-20261120-001']);
    await d.advanceDays(2); // 2026-11-22 09:00: due today, not yet overdue
    expect(await view('overdue')).toEqual([]);
    await d.advanceDays(1); // 2026-11-23: past the due day
    expect(await view('overdue')).toEqual(['JY-20261120-001']);
    expect(await view('out')).toEqual([]);
    expect((await d.t.ok<BorrowRow>('borrowing.get', { id: r.id }, d.clerk)).overdue).toBe(true);
    const back = await d.t.ok<BorrowRow>('borrowing.return', { id: r.id, condition: 'intact' }, d.clerk);
    expect(back).toMatchObject({ status: 'returned', condition: 'intact', receivedBy: '林娜', overdue: false });
    expect(audit().at(-1)).toContain('（逾期归还）：完好');
  });

  it('a damaged return needs the borrower\'s explanation in the remarks and can be flagged for follow-up (000 §5.6.3)', async () => {
    const r = await approved();
    await d.t.ok('borrowing.lend', { id: r.id }, d.clerk);
    const before = d.fingerprint();
    expect(await d.t.call('borrowing.return', { id: r.id, condition: 'damaged', remarks: '  ' }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { remarks: '文件受损的，须在备注栏注明借阅者阐述的受损原因（000 §5.6.3）' } },
    });
    expect(await d.t.call('borrowing.return', { id: r.id, condition: 'intact', followUp: true }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { followUp: '仅受损的文件可追究责任' } },
    });
    expect(d.fingerprint()).toBe(before);
    const back = await d.t.ok<BorrowRow>('borrowing.return', { id: r.id, condition: 'damaged', remarks: '借阅人称茶水洒落，第3页水渍', followUp: true }, d.clerk);
    expect(back).toMatchObject({ condition: 'damaged', remarks: '借阅人称茶水洒落，第3页水渍', followUp: true, followUpClosedAt: null });
    expect((await d.t.ok<BorrowRow[]>('borrowing.followUps', {}, d.director)).map((x) => x.id)).toEqual([r.id]);
    expect(await d.t.call('borrowing.followUps.close', { id: r.id, note: '已约谈' }, d.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    d.t.clock.advance(60);
    await d.relogin();
    expect(await d.t.ok<BorrowRow>('borrowing.followUps.close', { id: r.id, note: '已约谈当事人，书面检讨，扣当月绩效' }, d.director)).toMatchObject({
      followUpClosedBy: '杜强', followUpNote: '已约谈当事人，书面检讨，扣当月绩效',
    });
    expect(await d.t.ok<BorrowRow[]>('borrowing.followUps', {}, d.director)).toEqual([]);
    expect((await d.t.ok<BorrowRow[]>('borrowing.followUps', { open: false }, d.director)).length).toBe(1);
    expect(await d.t.call('borrowing.return', { id: r.id, condition: 'intact' }, d.clerk)).toMatchObject({ ok: false, error: { code: 'BORROWING_WRONG_STATE' } });
  });
});

describe('the register QR-WD01-02-04', () => {
  it('lists what was lent in the period with numbers, dates, return and remarks', async () => {
    const a = await approved();
    await d.t.ok('borrowing.lend', { id: a.id }, d.clerk);
    const drawing = await d.file({ documentId: d.docs.drawing, dueDate: '2026-11-21' });
    await d.t.ok('borrowing.approve', { id: drawing.id }, d.engHead);
    await d.t.ok('borrowing.lend', { id: drawing.id }, d.clerk);
    await d.file({ documentId: d.docs.regulation }); // never lent: not on the register
    await d.advanceDays(3);
    await d.t.ok('borrowing.return', { id: a.id, condition: 'damaged', remarks: '封面撕裂，借阅人称搬运时刮破', followUp: true }, d.clerk);
    const reg = await d.t.ok<RegisterData>('borrowing.register', { from: '2026-11-20', to: '2026-11-20' }, d.director);
    expect(reg).toMatchObject({
      title: '文件、资料借阅登记表',
      formNo: 'QR-WD01-02-04',
      periodLabel: '2026-11-20 至 2026-11-20',
      orientation: 'landscape',
      signatures: ['起草人', '审核人', '审批人'],
    });
    expect(reg.columns.map((c) => c.label)).toEqual(['序号', '借阅日期', '文件编号', '图号', '文件、资料名称', '借阅人（单位）', '批准人', '应还日期', '归还日期', '经手人', '借阅人签名', '备注']);
    expect(reg.rows).toEqual([
      {
        no: '1', lentAt: '2026-11-20 09:00', docNo: 'YZ-03-1203 / f-3.1-02', drawingNo: '', title: '3栋2单元1203 王建华 业主档案（B级）',
        borrower: '综合管理部 王建华', approvedBy: '杜强', dueDate: '2026-11-27', returnedAt: '2026-11-23 09:00', receivedBy: '林娜 / 林娜',
        borrowerSign: '', remarks: '受损：封面撕裂，借阅人称搬运时刮破（追究责任）',
      },
      {
        no: '2', lentAt: '2026-11-20 09:00', docNo: 'GC-TZ-0301 / b-3.1-02', drawingNo: 'S-03-01', title: '3栋给排水施工图（C级）',
        borrower: '综合管理部 王建华', approvedBy: '谢云', dueDate: '2026-11-21', returnedAt: '逾期未还', receivedBy: '林娜',
        borrowerSign: '', remarks: '逾期未还',
      },
    ]);
    expect(await d.t.call('borrowing.register', { from: '2026-11-21', to: '2026-11-20' }, d.director)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const xlsx = await d.t.ok<{ fileName: string }>('registers.xlsx', { channel: 'borrowing.register', params: { from: '2026-11-20', to: '2026-11-20' } }, d.director);
    expect(xlsx.fileName).toContain('文件资料借阅登记表');
  });
});
