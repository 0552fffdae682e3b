import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ArchiveCabinetRow } from '../../src-shared/modules/archive';
import { api, apiOk, ensureUser, loginAs, prepareDesk, signOn, STAFF_PASSWORD } from './support';

const RESULTS = path.resolve('test-results');

// One document's life in the office (000 篇5 §5.5, §5.7.2, §5.9): distributed with the receiver's signature, a damaged
// copy reissued as 003-1, then voided by the GM and destroyed by two people, with the void register printed.
test.describe.configure({ mode: 'serial' });

const stamp = String(Date.now()).slice(-6);
const TITLE = `消防安全管理规定${stamp}`;
const DOC_NO = `XF-QP-${stamp}`;

let page: Page;

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const clerk = await ensureUser(request, 'xiaoyan', '肖燕', ['archivist']);
  await ensureUser(request, 'jiangtao', '江涛', ['office_director']);
  await ensureUser(request, 'huangbo', '黄波', ['general_manager']);
  await ensureUser(request, 'weili', '魏丽', ['security_manager']);
  // The document is catalogued through the archive module's own channels, in a cabinet and box of this run.
  const number = 700 + (Number(stamp) % 250);
  const made = await api<ArchiveCabinetRow>(request, 'archive.cabinets.save', { number, serial: 1, location: '办公室' }, clerk);
  const cabinet = made.ok ? made.data : (await apiOk<ArchiveCabinetRow[]>(request, 'archive.cabinets.list', {}, clerk)).find((c) => c.number === number && c.serial === 1);
  if (!cabinet) throw new Error('no cabinet');
  const box = cabinet.boxes[0] ?? (await apiOk<{ id: number }>(request, 'archive.boxes.save', { cabinetId: cabinet.id, boxNo: 3, label: '质量体系文件' }, clerk));
  const departments = await apiOk<{ id: number; name: string }[]>(request, 'users.departments.list', {}, clerk);
  await apiOk(
    request,
    'archive.documents.create',
    { title: TITLE, docNo: DOC_NO, version: 'A/1', category: 'c', level: 'B', departmentId: departments.find((d) => d.name === '办公室')?.id, docDate: '2026-10-20', boxId: box.id },
    clerk,
  );
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

async function pickDocument(): Promise<void> {
  await page.getByPlaceholder('文件名称、文件编号或索引号').fill(DOC_NO);
  await page.getByRole('button', { name: new RegExp(`${TITLE}`) }).click();
  await expect(page.getByTestId('dc-picked')).toContainText(TITLE);
}

test('the archivist distributes three copies to 工程部 with the receiver’s signature', async () => {
  await loginAs(page, 'xiaoyan', STAFF_PASSWORD);
  await page.locator('.sidenav').getByRole('link', { name: '文件发放与控制', exact: true }).click();
  await expect(page.getByRole('heading', { name: '文件分发登记（QR-WD01-02-03）', level: 1 })).toBeVisible();
  await pickDocument();
  await page.getByLabel('发放范围（部门）').selectOption({ label: '工程部' });
  await page.getByLabel('领用人', { exact: true }).fill('张伟');
  await page.getByLabel('数量').fill('3');
  await signOn(page, page.locator('canvas'));
  await page.getByRole('button', { name: '登记分发' }).click();
  await expect(page.getByRole('status')).toContainText('分发号 001、002、003');
  await expect(page.getByTestId('dc-distribution-row').filter({ hasText: TITLE })).toContainText('工程部 张伟');
  await page.screenshot({ path: path.join(RESULTS, 'doccontrol-distribution.png'), fullPage: true });
});

test('a damaged copy 003 is reissued as 003-1 after the office director approves', async () => {
  await page.getByRole('link', { name: '补发申请', exact: true }).click();
  await pickDocument();
  await page.getByTestId('dc-copy').filter({ hasText: '003' }).getByRole('button', { name: '申请补发' }).click();
  await page.getByLabel('情况说明').fill('被水浸湿，字迹模糊');
  await page.getByRole('button', { name: '提交补发申请' }).click();
  const row = page.getByTestId('dc-reissue-row').filter({ hasText: TITLE });
  await expect(row).toContainText('待审批');
  await expect(row.getByRole('button', { name: '补发' })).toHaveCount(0);

  await loginAs(page, 'jiangtao', STAFF_PASSWORD);
  await page.goto('/#/archive/control/reissues');
  await page.getByTestId('dc-reissue-row').filter({ hasText: TITLE }).getByRole('button', { name: /批准/ }).click();
  await page.getByLabel('审批意见').fill('同意补发');
  await page.getByRole('button', { name: '批准', exact: true }).click();
  await expect(page.getByTestId('dc-reissue-row').filter({ hasText: TITLE })).toContainText('已批准 江涛');

  await loginAs(page, 'xiaoyan', STAFF_PASSWORD);
  await page.goto('/#/archive/control/reissues');
  await page.getByTestId('dc-reissue-row').filter({ hasText: TITLE }).getByRole('button', { name: '补发' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('原件收回');
  await signOn(page, dialog.locator('canvas'));
  await dialog.getByRole('button', { name: '确认补发' }).click();
  await expect(page.getByRole('status')).toContainText('新分发号 003-1');
  await expect(page.getByTestId('dc-reissue-row').filter({ hasText: TITLE })).toContainText('003-1');
});

test('the GM approves voiding; two people destroy all but the kept copy; the notice and QR-WD01-02-07 print', async () => {
  await page.getByRole('link', { name: '作废销毁', exact: true }).click();
  await pickDocument();
  await page.getByLabel('作废原因').fill('已被 A/2 版替代');
  await page.getByRole('button', { name: '提交作废申请' }).click();
  await expect(page.getByRole('status')).toContainText('待总经理批准');

  await loginAs(page, 'huangbo', STAFF_PASSWORD);
  await page.goto('/#/archive/control/voids');
  await page.getByTestId('dc-void-row').filter({ hasText: TITLE }).getByRole('button', { name: /批准/ }).click();
  await page.getByRole('button', { name: '批准', exact: true }).click();
  const voided = page.getByTestId('dc-void-row').filter({ hasText: TITLE });
  await expect(voided).toContainText('已批准 黄波');
  await expect(voided).toContainText('001、002、003、003-1');

  await loginAs(page, 'xiaoyan', STAFF_PASSWORD);
  await page.goto('/#/archive/control/voids');
  await page.getByTestId('dc-void-row').filter({ hasText: TITLE }).getByRole('button', { name: '销毁' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('checkbox', { name: '002' }).check();
  await dialog.locator('input[name=doerUser]').fill('xiaoyan');
  await dialog.locator('input[name=doerPassword]').fill(STAFF_PASSWORD);
  await dialog.locator('input[name=supervisorUser]').fill('xiaoyan');
  await dialog.locator('input[name=supervisorPassword]').fill(STAFF_PASSWORD);
  await dialog.getByRole('button', { name: '确认销毁' }).click();
  await expect(dialog).toContainText('实施人和监督人不能是同一人');
  await dialog.locator('input[name=supervisorUser]').fill('weili');
  await page.screenshot({ path: path.join(RESULTS, 'doccontrol-destroy.png'), fullPage: true });
  await dialog.getByRole('button', { name: '确认销毁' }).click();
  await expect(page.getByRole('status')).toContainText('已销毁 001、003、003-1，留存 002');
  const row = page.getByTestId('dc-void-row').filter({ hasText: TITLE });
  await expect(row).toContainText('肖燕 / 魏丽');

  await row.getByRole('link', { name: '作废通知' }).click();
  const notice = page.getByTestId('dc-void-notice');
  await expect(notice).toContainText('文件作废通知');
  await expect(notice).toContainText('办公室、综合管理部、工程部、客服部、保安部、财务部');
  await expect(notice).toContainText(DOC_NO);
  await page.getByRole('button', { name: '返回' }).click();

  await page.getByRole('link', { name: /作废、销毁文件登记表（打印/ }).click();
  await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible();
  const register = page.locator('.register');
  await expect(register).toContainText('作废、销毁文件登记表');
  await expect(register).toContainText('QR-WD01-02-07');
  const line = register.locator('tr', { hasText: TITLE });
  await expect(line).toContainText(DOC_NO);
  await expect(line).toContainText('A/1');
  await expect(line).toContainText('001、002、003、003-1');
  await expect(line).toContainText('魏丽');
  await page.screenshot({ path: path.join(RESULTS, 'doccontrol-void-register.png'), fullPage: true });
});
