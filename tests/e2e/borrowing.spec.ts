import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ArchiveCabinetRow } from '../../src-shared/modules/archive';
import type { DepartmentRow, UserRow } from '../../src-shared/modules/users';
import { ADMIN, adminToken, apiOk, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');
const CLERK = { username: 'linna', name: '林娜' };
const DIRECTOR = { username: 'duqiang', name: '杜强' };
const GM = { username: 'maliang', name: '马亮' };
const ENG_HEAD = { username: 'xieyun', name: '谢云' };

/** Run-unique cabinet and title: the desk database is shared by every spec of a run and by reruns. */
const CABINET = 100 + ((Date.now() >> 3) % 800);
const SERIAL = 1 + Math.floor(Math.random() * 98);
const CODE = `${CABINET}.${SERIAL}`;
const TITLE = `5栋1单元0802 陈晓东 业主档案 ${CABINET}-${SERIAL}`;
const REMARK = '借阅人称翻阅时不慎撕裂第2页';

test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const clerk = await ensureUser(request, CLERK.username, CLERK.name, ['archivist']);
  await ensureUser(request, DIRECTOR.username, DIRECTOR.name, ['office_director']);
  await ensureUser(request, GM.username, GM.name, ['general_manager']);
  await ensureUser(request, ENG_HEAD.username, ENG_HEAD.name, ['dept_head']);
  // Departments of this spec's own accounts (000 §5.6.4c: a department head approves for their own department).
  const admin = await adminToken(request);
  const departments = await apiOk<DepartmentRow[]>(request, 'users.departments.list', {}, admin);
  const dept = (name: string) => departments.find((d) => d.name === name)?.id ?? null;
  const users = await apiOk<UserRow[]>(request, 'users.list', {}, admin);
  const idOf = (username: string) => users.find((u) => u.username === username)?.id;
  for (const [username, name] of [[CLERK.username, '办公室'], [DIRECTOR.username, '办公室']] as const) {
    await apiOk(request, 'users.update', { id: idOf(username), departmentId: dept(name) }, admin);
  }
  // 谢云's department is set on the users screen below.
  await apiOk(request, 'users.update', { id: idOf(ENG_HEAD.username), departmentId: null }, admin);
  // The storage the file goes into (the storage map is the catalogue's own spec).
  const cabinet = await apiOk<ArchiveCabinetRow>(request, 'archive.cabinets.save', { number: CABINET, serial: SERIAL, location: '办公室档案室' }, clerk);
  await apiOk(request, 'archive.boxes.save', { cabinetId: cabinet.id, boxNo: 4, label: '5栋业主档案' }, clerk);
  page = await browser.newPage();
});

/** Through the side navigation: the web harness serves the app from its root only. */
async function openBorrowing(): Promise<void> {
  await page.locator('.sidenav').getByRole('link', { name: '文件资料借阅', exact: true }).click();
  await expect(page.getByRole('heading', { name: '文件资料借阅' })).toBeVisible();
}

test.afterAll(async () => {
  await page.close();
});

test('the administrator puts 谢云 into 工程部 on the users screen', async () => {
  await loginAs(page, ADMIN.username, ADMIN.password);
  await page.locator('.sidenav').getByRole('link', { name: '用户管理', exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: ENG_HEAD.username });
  await row.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: '编辑用户' });
  await expect(dialog.getByLabel('部门', { exact: true })).toHaveValue('');
  await dialog.getByLabel('部门', { exact: true }).selectOption({ label: '工程部' });
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toContainText('工程部');
});

test('the clerk catalogues a B-level owner file', async () => {
  await loginAs(page, CLERK.username);
  await page.locator('.sidenav').getByRole('link', { name: '存档目录', exact: true }).click();
  await page.getByRole('button', { name: '新建存档' }).click();
  const form = page.getByRole('dialog', { name: '新建存档' });
  await form.getByLabel('文件名称').fill(TITLE);
  await form.getByLabel('文件编号').fill('YZ-05-0802');
  await form.getByLabel('文件类别').selectOption('f');
  await form.getByLabel('密级').selectOption('B');
  await form.getByLabel('部门').selectOption({ label: '综合管理部' });
  await form.getByLabel('文件日期').fill('2026-05-08');
  await form.getByLabel('选择文件盒').check();
  await form.getByLabel('文件盒', { exact: true }).selectOption({ label: `${CODE}-04 5栋业主档案` });
  await form.getByRole('button', { name: '存档' }).click();
  await expect(page.getByRole('status')).toContainText(`已存档：f-${CODE}-04 ${TITLE}`);
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('files a request: an owner is refused with the rule, a colleague of 综合管理部 needs the office director', async () => {
  await openBorrowing();
  await page.getByRole('button', { name: '新借阅申请' }).click();
  const dialog = page.getByRole('dialog', { name: '新借阅申请' });
  await dialog.getByLabel('文件（名称、文件编号、图号或索引号）').fill(`f-${CODE}-04`);
  await dialog.getByRole('option', { name: new RegExp(TITLE) }).click();
  await expect(dialog.getByTestId('picked-document')).toContainText(`${TITLE}（f-${CODE}-04，B级，综合管理部）`);

  await dialog.getByLabel('借阅人类别').selectOption('owner');
  await expect(dialog.getByTestId('borrow-requirement')).toHaveText(
    '不能借阅：业主（用户）因工作需要借阅文件、资料的，仅限于技术图纸和已张贴在公共场所的文件（000 §5.6.4 e）',
  );
  await dialog.getByLabel('借阅人类别').selectOption('staff');
  await expect(dialog.getByTestId('borrow-requirement')).toHaveText('须由办公室主任批准（000 §5.6.4 b）');
  await dialog.getByLabel('借阅部门').selectOption({ label: '综合管理部' });
  await dialog.getByLabel('借阅人姓名（未在系统中时填写）').fill('周丽华');
  await dialog.getByLabel('借阅用途').fill('核对业主装修申请资料');
  await dialog.getByRole('button', { name: '登记申请' }).click();
  await expect(page.getByRole('status')).toContainText('已登记，待办公室主任审批');
  const row = page.getByTestId('borrow-row').filter({ hasText: TITLE });
  await expect(row).toContainText('综合管理部 周丽华');
  await expect(row).toContainText('待审批');
  // The clerk cannot approve: there is no button for her, and main would refuse her anyway.
  await expect(row.getByRole('button', { name: '批准' })).toHaveCount(0);
  await page.screenshot({ path: path.join(RESULTS, 'borrowing-request.png') });
});

test('the office director approves it from "awaiting my approval"', async () => {
  await loginAs(page, DIRECTOR.username);
  await openBorrowing();
  await page.getByRole('tab', { name: '待我审批' }).click();
  const row = page.getByTestId('borrow-row').filter({ hasText: TITLE });
  await row.getByRole('button', { name: '批准' }).click();
  const decide = page.getByRole('dialog', { name: /^审批 JY-/ });
  await expect(decide).toContainText('综合管理部 周丽华');
  await decide.getByLabel('审批意见').fill('同意，一周内归还');
  await decide.getByRole('button', { name: '批准' }).click();
  await expect(page.getByRole('status')).toContainText('已批准');
  await page.getByRole('tab', { name: '已批准' }).click();
  await expect(page.getByTestId('borrow-row').filter({ hasText: TITLE })).toContainText(`${DIRECTOR.name}`);
});

test('the clerk lends it and takes it back damaged, with the borrower\'s explanation and a follow-up', async () => {
  await loginAs(page, CLERK.username);
  await openBorrowing();
  await page.getByRole('tab', { name: '已批准' }).click();
  await page.getByTestId('borrow-row').filter({ hasText: TITLE }).getByRole('button', { name: '借出' }).click();
  await expect(page.getByRole('status')).toContainText('已借出');
  await page.getByRole('tab', { name: '借出中' }).click();
  const row = page.getByTestId('borrow-row').filter({ hasText: TITLE });
  await expect(row).toContainText('借出中');
  await row.getByRole('button', { name: '归还' }).click();
  const ret = page.getByRole('dialog', { name: /^归还 JY-/ });
  await ret.getByRole('radio', { name: '受损' }).check();
  await ret.getByRole('button', { name: '确认归还' }).click();
  await expect(ret.getByText('文件受损的，须在备注栏注明借阅者阐述的受损原因（000 §5.6.3）')).toBeVisible();
  await ret.getByLabel('备注（受损的，注明借阅者阐述的受损原因）').fill(REMARK);
  await ret.getByLabel('人为因素造成，追究当事人责任').check();
  await ret.getByRole('button', { name: '确认归还' }).click();
  await expect(page.getByRole('status')).toContainText('已归还');
  await expect(page.getByTestId('follow-up-row').filter({ hasText: TITLE })).toContainText(REMARK);
  await page.getByRole('tab', { name: '已归还' }).click();
  await expect(page.getByTestId('borrow-row').filter({ hasText: TITLE })).toContainText('追究责任');
});

test('prints QR-WD01-02-04 with the row and the remark', async () => {
  await page.getByRole('link', { name: '本月借阅登记表' }).click();
  await expect(page.getByText('文件、资料借阅登记表').first()).toBeVisible();
  await expect(page.getByText('QR-WD01-02-04').first()).toBeVisible();
  const row = page.locator('tr').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`YZ-05-0802 / f-${CODE}-04`);
  await expect(row).toContainText('综合管理部 周丽华');
  await expect(row).toContainText(DIRECTOR.name);
  await expect(row).toContainText(`受损：${REMARK}（追究责任）`);
  for (const sign of ['起草人', '审核人', '审批人']) await expect(page.getByText(sign).first()).toBeVisible();
  await page.screenshot({ path: path.join(RESULTS, 'borrowing-register.png'), fullPage: true });
});
