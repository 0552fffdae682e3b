import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BorrowDocRow, BorrowRow, RequirementPreview } from '../../src-shared/modules/borrowing';
import type { Ctx } from '../../src-main/ipc/context';
import { overdueLoanCount, pendingApprovalsFor } from '../../src-main/modules/borrowing/counts';
import { DEPT, setupBorrowDesk, type BorrowDesk } from './borrowing-support';

let d: BorrowDesk;
beforeEach(async () => {
  d = await setupBorrowDesk();
});
afterEach(() => d.t.close());

const audit = () => d.t.desk.store.db.prepare('SELECT summary FROM audit_log ORDER BY id').pluck().all() as string[];
const mine = async (token: string) => (await d.t.ok<{ rows: BorrowRow[] }>('borrowing.list', { view: 'mine' }, token)).rows.map((r) => r.requestNo);

/** The counts the home screen shows, for a user as the dispatcher would see them. */
function countsFor(username: string): { pending: number; overdue: number } {
  const db = d.t.desk.store.db;
  const u = db.prepare('SELECT id, username, display_name AS displayName, roles FROM users WHERE username = ?').get(username) as {
    id: number; username: string; displayName: string; roles: string;
  };
  const ctx = {
    db,
    now: d.t.clock(),
    caller: { userId: u.id, username: u.username, displayName: u.displayName, roles: u.roles.split(','), token: '' },
  } as unknown as Ctx;
  return { pending: pendingApprovalsFor(ctx), overdue: overdueLoanCount(ctx) };
}

describe('filing a request', () => {
  it('files a staff request for a B-level owner file, numbered per day, awaiting the office director (000 §5.6.4 b)', async () => {
    const r = await d.file();
    expect(r).toMatchObject({
      requestNo: 'JY-20261120-001',
      docTitle: '3栋2单元1203 王建华 业主档案',
      indexNo: 'f-3.1-02',
      level: 'B',
      borrowerType: 'staff',
      borrowerName: '王建华',
      borrowerDepartment: '综合管理部',
      requiredRole: 'office_director',
      requiredDepartment: null,
      status: 'pending',
      dueDate: '2026-11-27',
      filedBy: '林娜',
      mayDecide: false,
    });
    expect((await d.file()).requestNo).toBe('JY-20261120-002');
    expect(audit().at(-1)).toContain('待办公室主任审批（000 §5.6.4 b）');
  });

  it('a C-level drawing goes to the head of the drawing\'s department, via the office (000 §5.6.4 c)', async () => {
    const r = await d.file({ documentId: d.docs.drawing });
    expect(r).toMatchObject({ requiredRole: 'dept_head', requiredDepartmentId: DEPT.engineering, requiredDepartment: '工程部', steps: ['via_office'] });
    const preview = await d.t.ok<RequirementPreview>('borrowing.requirement', { documentId: d.docs.annualReport, borrowerType: 'staff' }, d.clerk);
    expect(preview).toEqual({ ok: true, role: 'general_manager', departmentName: null, steps: [], reason: '000 §5.6.4 a' });
  });

  it('refuses what the matrix refuses with the quoted rule, writing nothing', async () => {
    const before = d.fingerprint();
    const refusals: [Record<string, unknown>, string][] = [
      [{ documentId: d.docs.annualReport, borrowerType: 'authority', borrowerUserId: null, borrowerUnit: '市住房和城乡建设局物业科' }, '行业主管借阅文件、资料的仅限于B级机密和C级机密文件、资料（000 §5.6.4 d）'],
      [{ documentId: d.docs.ownerFile, borrowerType: 'owner', borrowerUserId: null, borrowerName: '王建华', borrowerUnit: '3栋2单元1203', borrowerPhone: '13912345678' }, '业主（用户）因工作需要借阅文件、资料的，仅限于技术图纸和已张贴在公共场所的文件（000 §5.6.4 e）'],
      [{ documentId: d.docs.drawing, borrowerType: 'other', borrowerUserId: null, borrowerUnit: '某某装饰工程有限公司' }, '外来单位借阅、调用文件、资料的限于国家执法部门，如公安机关、检察机关、法院等单位（000 §5.6.4 f）'],
      [{ documentId: d.docs.ownerFile, borrowerType: 'law_enforcement', borrowerUserId: null, enforcementBody: 'police', borrowerUnit: '阳光派出所' }, '执法部门借阅前应检验和登记来访单位和人员的证明文件和相关证件（000 §5.6.4 f）'],
    ];
    for (const [input, rule] of refusals) {
      const res = await d.t.call('borrowing.create', { purpose: '查阅', dueDate: '2026-11-25', ...input }, d.clerk);
      expect(res).toMatchObject({ ok: false, error: { code: 'BORROWING_REFUSED', message: `不能借阅：${rule}，未登记` } });
    }
    expect(d.fingerprint()).toBe(before);
  });

  it('lets owners borrow drawings and posted notices, with unit and phone', async () => {
    const owner = { borrowerType: 'owner', borrowerUserId: null, borrowerName: '王建华', borrowerUnit: '3栋2单元1203', borrowerPhone: '13912345678' };
    expect(await d.file({ ...owner, documentId: d.docs.drawing })).toMatchObject({ borrowerUnit: '3栋2单元1203', requiredDepartment: '工程部' });
    expect(await d.file({ ...owner, documentId: d.docs.postedNotice })).toMatchObject({ requiredDepartment: '保安部' });
    const res = await d.t.call('borrowing.create', { ...owner, borrowerPhone: '', documentId: d.docs.drawing, purpose: '装修查看管线', dueDate: '2026-11-21' }, d.clerk);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { borrowerPhone: '请填写业主联系电话' } } });
  });

  it('registers law-enforcement officers, masking ID-card numbers for the clerk', async () => {
    const r = await d.file({
      documentId: d.docs.ownerFile,
      borrowerType: 'law_enforcement',
      borrowerUserId: null,
      enforcementBody: 'police',
      borrowerUnit: '阳光派出所',
      officers: [
        { name: '张警官', credentialType: 'officer_card', credentialNo: '031245' },
        { name: '李明', credentialType: 'id_card', credentialNo: '11010519491231002x' },
      ],
      purpose: '案件侦查需要调阅业主登记资料',
    });
    expect(r).toMatchObject({ requiredRole: 'general_manager', steps: ['credentials_registered', 'office_director_lends'], lenders: ['office_director'], borrowerName: '张警官' });
    expect(r.officers).toEqual([
      { name: '张警官', credentialType: 'officer_card', credentialNo: '031245' },
      { name: '李明', credentialType: 'id_card', credentialNo: '1101**********002X' },
    ]);
    const forGm = await d.t.ok<BorrowRow>('borrowing.get', { id: r.id }, d.gm);
    expect(forGm.officers[1].credentialNo).toBe('11010519491231002X');
  });

  it('checks the fields each borrower type needs and refuses voided documents and past due dates', async () => {
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ borrowerUserId: null }, { borrowerName: '请选择或填写借阅人', borrowerDepartmentId: '请选择借阅人所属部门' }],
      [{ dueDate: '2026-11-19' }, { dueDate: '应还日期须是今天或以后的日期' }],
      [{ dueDate: '2026-02-30' }, { dueDate: '日期不存在' }],
      [{ documentId: d.docs.voided }, { documentId: '员工档案 张伟 c-3.1-02 已作废，不能借阅' }],
      [{ enforcementBody: 'court' }, { enforcementBody: '仅执法部门借阅须选择执法部门' }],
    ];
    const before = d.fingerprint();
    for (const [over, fields] of cases) {
      const res = await d.t.call('borrowing.create', { documentId: d.docs.ownerFile, borrowerType: 'staff', borrowerUserId: d.ids.wangjianhua, purpose: '核对', dueDate: '2026-11-27', ...over }, d.clerk);
      expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields } });
    }
    expect(d.fingerprint()).toBe(before);
    expect(await d.t.call('borrowing.create', { documentId: d.docs.ownerFile, borrowerType: 'staff', purpose: 'x', dueDate: '2026-11-27' }, d.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('finds documents by title characters, pinyin-free numbers and index prefix, showing the request each is out under', async () => {
    const titles = async (q: string) => (await d.t.ok<BorrowDocRow[]>('borrowing.documents', { q }, d.clerk)).map((x) => x.title);
    expect(await titles('给排水')).toEqual(['3栋给排水施工图']);
    expect(await titles('S-03-01')).toEqual(['3栋给排水施工图']);
    expect(await titles('f-3.1')).toEqual(['3栋2单元1203 王建华 业主档案']);
    expect(await titles('张伟')).toEqual([]);
    expect(await titles('档案')).toEqual(['3栋2单元1203 王建华 业主档案']);
  });
});

describe('approving and rejecting', () => {
  it('only the office director approves a B-level request; the GM, other heads and the clerk are refused with the rule', async () => {
    const r = await d.file();
    const before = d.fingerprint();
    for (const token of [d.gm, d.genHead, d.engHead]) {
      const res = await d.t.call('borrowing.approve', { id: r.id }, token);
      expect(res).toMatchObject({
        ok: false,
        error: { code: 'BORROWING_APPROVAL_REFUSED', message: `您无权审批 借阅申请 JY-20261120-001（3栋2单元1203 王建华 业主档案 f-3.1-02）：B级机密文件资料的调用与借阅需经办公室主任批准（000 §5.6.4 b）` },
      });
    }
    expect(await d.t.call('borrowing.approve', { id: r.id }, d.clerk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(d.fingerprint()).toBe(before);
    expect(await mine(d.director)).toEqual(['JY-20261120-001']);
    expect(await mine(d.gm)).toEqual([]);
    const ok = await d.t.ok<BorrowRow>('borrowing.approve', { id: r.id, comment: '同意，限一周内归还' }, d.director);
    expect(ok).toMatchObject({ status: 'approved', decidedBy: '杜强', decidedAt: '2026-11-20T01:00:00.000Z', decisionComment: '同意，限一周内归还' });
    expect(audit().at(-1)).toBe('批准借阅申请 JY-20261120-001（3栋2单元1203 王建华 业主档案 f-3.1-02）（办公室主任）：同意，限一周内归还');
    expect(await d.t.call('borrowing.approve', { id: r.id }, d.director)).toMatchObject({ ok: false, error: { code: 'BORROWING_WRONG_STATE', message: '借阅申请 JY-20261120-001（3栋2单元1203 王建华 业主档案 f-3.1-02） 当前为“已批准”，不能审批' } });
  });

  it('a C-level request is approved by the head of the document\'s department only', async () => {
    const r = await d.file({ documentId: d.docs.drawing });
    expect(countsFor('xieyun').pending).toBe(1);
    expect(countsFor('zhoumin').pending).toBe(0);
    expect(countsFor('duqiang').pending).toBe(0);
    const res = await d.t.call('borrowing.approve', { id: r.id }, d.genHead);
    expect(res).toMatchObject({ ok: false, error: { code: 'BORROWING_APPROVAL_REFUSED' } });
    if (!res.ok) expect(res.error.message).toContain('C级机密文件资料的调用与借阅需经有关部门负责人批准并向办公室联系办理（000 §5.6.4 c）：须由文件所属部门的负责人批准（工程部）');
    expect(await d.t.call('borrowing.approve', { id: r.id }, d.director)).toMatchObject({ ok: false, error: { code: 'BORROWING_APPROVAL_REFUSED' } });
    expect((await d.t.ok<BorrowRow>('borrowing.get', { id: r.id }, d.engHead)).mayDecide).toBe(true);
    expect(await d.t.ok<BorrowRow>('borrowing.approve', { id: r.id }, d.engHead)).toMatchObject({ status: 'approved', decidedBy: '谢云' });
    expect(countsFor('xieyun').pending).toBe(0);
  });

  it('a department head moved to another department loses the approval with the department', async () => {
    const r = await d.file({ documentId: d.docs.drawing });
    await d.t.ok('users.update', { id: d.ids.xieyun, departmentId: DEPT.general }, d.t.adminToken);
    expect(await d.t.call('borrowing.approve', { id: r.id }, d.engHead)).toMatchObject({ ok: false, error: { code: 'BORROWING_APPROVAL_REFUSED' } });
    expect(await d.t.call('borrowing.approve', { id: r.id }, d.genHead)).toMatchObject({ ok: false, error: { code: 'BORROWING_APPROVAL_REFUSED' } });
    await d.t.ok('users.update', { id: d.ids.xieyun, departmentId: DEPT.engineering }, d.t.adminToken);
    expect(await d.t.ok<BorrowRow>('borrowing.approve', { id: r.id }, d.engHead)).toMatchObject({ status: 'approved' });
  });

  it('nobody approves their own borrowing', async () => {
    const r = await d.file({ documentId: d.docs.drawing, borrowerUserId: d.ids.xieyun });
    expect(await d.t.call('borrowing.approve', { id: r.id }, d.engHead)).toMatchObject({ ok: false, error: { code: 'BORROWING_SELF_APPROVAL' } });
    expect(await mine(d.engHead)).toEqual([]);
  });

  it('a rejection needs a reason and is final', async () => {
    const r = await d.file({ documentId: d.docs.annualReport });
    expect(await d.t.call('borrowing.reject', { id: r.id, comment: '' }, d.gm)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await d.t.ok<BorrowRow>('borrowing.reject', { id: r.id, comment: '年度报告未经董事会审议前不外借' }, d.gm)).toMatchObject({ status: 'rejected', decidedBy: '马亮' });
    expect(await d.t.call('borrowing.lend', { id: r.id }, d.clerk)).toMatchObject({
      ok: false,
      error: { code: 'BORROWING_NOT_APPROVED', message: '借阅申请 JY-20261120-001（2025年度工作总结报告 1-3.1-02） 当前为“已驳回”，未经批准不能借出' },
    });
    const rejected = await d.t.ok<{ rows: BorrowRow[] }>('borrowing.list', { view: 'rejected' }, d.clerk);
    expect(rejected.rows.map((x) => x.id)).toEqual([r.id]);
  });
});

describe('departments on users', () => {
  it('users carry a department the administrator sets, and only an active one', async () => {
    const users = await d.t.ok<{ username: string; departmentId: number | null; departmentName: string | null }[]>('users.list', {}, d.t.adminToken);
    expect(users.find((u) => u.username === 'xieyun')).toMatchObject({ departmentId: DEPT.engineering, departmentName: '工程部' });
    expect(users.find((u) => u.username === 'maliang')).toMatchObject({ departmentId: null, departmentName: null });
    const before = d.fingerprint();
    expect(await d.t.call('users.update', { id: d.ids.maliang, departmentId: 999 }, d.t.adminToken)).toMatchObject({
      ok: false, error: { code: 'VALIDATION', fields: { departmentId: '请选择有效的部门' } },
    });
    expect(d.fingerprint()).toBe(before);
    expect(await d.t.ok('users.update', { id: d.ids.xieyun, departmentId: null }, d.t.adminToken)).toMatchObject({ departmentId: null, departmentName: null });
    expect(audit().at(-1)).toBe('修改用户 xieyun：部门 工程部 → 无');
    expect((await d.t.ok<unknown[]>('users.departments.list', {}, d.t.adminToken)).length).toBe(6);
  });
});
