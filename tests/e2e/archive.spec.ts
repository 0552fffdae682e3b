import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { ArchiveCabinetRow } from '../../src-shared/modules/archive';
import { apiOk, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');
const ARCHIVIST = { username: 'dinglan', name: '丁兰' };
const DIRECTOR = { username: 'panhong', name: '潘红' };

/** Run-unique cabinet: the desk database is shared by every spec of a run and by reruns. */
const CABINET = 100 + (Date.now() % 800);
const SERIAL = 1 + Math.floor(Math.random() * 98);
const CODE = `${CABINET}.${SERIAL}`;
const TITLE = `3栋2单元1203 王建华 业主档案 ${CABINET}-${SERIAL}`;

test.describe.configure({ mode: 'serial' });

let page: Page;
let archivistToken = '';

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  archivistToken = await ensureUser(request, ARCHIVIST.username, ARCHIVIST.name, ['archivist']);
  await ensureUser(request, DIRECTOR.username, DIRECTOR.name, ['office_director']);
  page = await browser.newPage();
  await loginAs(page, ARCHIVIST.username);
});

test.afterAll(async () => {
  await page.close();
});

test('the archivist sets up a cabinet and a box on the storage map', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '档案存放位置', exact: true }).click();
  await expect(page.getByRole('heading', { name: '档案存放位置' })).toBeVisible();
  await page.getByRole('button', { name: '新增文件柜' }).click();
  const cabinet = page.getByRole('dialog', { name: '新增文件柜' });
  await cabinet.getByLabel('柜号').fill(String(CABINET));
  await cabinet.getByLabel('同号柜序列号').fill(String(SERIAL));
  await cabinet.getByLabel('位置').fill('办公室档案室东墙');
  await cabinet.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText(`已保存 ${CODE}`);

  const section = page.getByRole('region', { name: CODE });
  await section.getByRole('button', { name: '新增文件盒' }).click();
  const box = page.getByRole('dialog', { name: `新增文件盒（${CODE}）` });
  await box.getByLabel('盒号（两位）').fill('02');
  await box.getByLabel('标签说明').fill('3栋业主档案');
  await box.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText(`已保存 ${CODE}-02`);
  await expect(section.getByTestId('archive-box')).toContainText(`${CODE}-02`);
  await expect(section.getByTestId('archive-range')).toHaveText('暂无文件');

  // A second box, made by API, to move the file into later.
  const cabinets = await apiOk<ArchiveCabinetRow[]>(page.request, 'archive.cabinets.list', {}, archivistToken);
  const id = cabinets.find((c) => c.code === CODE)?.id;
  await apiOk(page.request, 'archive.boxes.save', { cabinetId: id, boxNo: 3, label: '3栋业主档案（续）' }, archivistToken);
});

test('catalogues a B-level owner file into the box and finds it by its index number', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '存档目录', exact: true }).click();
  await expect(page.getByRole('heading', { name: '存档备案资料目录' })).toBeVisible();
  await page.getByRole('button', { name: '新建存档' }).click();
  const form = page.getByRole('dialog', { name: '新建存档' });
  await form.getByLabel('文件名称').fill(TITLE);
  await form.getByLabel('文件编号').fill('YZ-2026-0317');
  await form.getByLabel('文件类别').selectOption('f');
  await form.getByLabel('密级').selectOption('B');
  await form.getByLabel('部门').selectOption({ label: '综合管理部' });
  await form.getByLabel('文件日期').fill('2026-03-17');
  await form.getByLabel('内容说明').fill('购房合同复印件、业主登记表');
  // A malformed index number is named before anything is saved.
  await form.getByLabel('输入或扫描索引号').check();
  await form.getByLabel('索引号', { exact: true }).fill(`f-${CODE}-2`);
  await form.getByRole('button', { name: '存档' }).click();
  await expect(form.getByText('文件盒编号“2”应为两位数字，例如 02')).toBeVisible();
  await form.getByLabel('选择文件盒').check();
  await form.getByLabel('文件盒', { exact: true }).selectOption({ label: `${CODE}-02 3栋业主档案` });
  await expect(form.getByText(`将编为索引号：f-${CODE}-02`)).toBeVisible();
  await form.getByRole('button', { name: '存档' }).click();
  await expect(page.getByRole('status')).toContainText(`已存档：f-${CODE}-02 ${TITLE}`);
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();

  await page.getByRole('searchbox').fill(`ｆ－${CODE.replace('.', '．')}－０２`);
  const rows = page.getByTestId('archive-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(TITLE);
  await expect(rows.first()).toContainText(`f-${CODE}-02`);
  await expect(rows.first()).toContainText('B级');
});

test('moves it to the next box, shows the history and the new range on the storage map', async () => {
  await page.getByTestId('archive-row').first().getByRole('button', { name: '详情' }).click();
  const detail = page.getByRole('dialog', { name: `存档详情 f-${CODE}-02` });
  await expect(detail).toContainText('尚未移动过');
  await detail.getByRole('button', { name: '移动' }).click();
  const move = page.getByRole('dialog', { name: `移动存档 f-${CODE}-02` });
  await move.getByLabel('移至（索引号或文件盒标签）').fill(`f-${CODE}-03`);
  await move.getByLabel('原因').fill('02 盒已满');
  await move.getByRole('button', { name: '确认移动' }).click();
  const moved = page.getByRole('dialog', { name: `存档详情 f-${CODE}-03` });
  await expect(moved.getByRole('status')).toContainText(`已移至 f-${CODE}-03`);
  await expect(moved.getByTestId('archive-move')).toContainText(`f-${CODE}-02`);
  await expect(moved.getByTestId('archive-move')).toContainText('02 盒已满');
  await expect(moved.getByTestId('archive-move')).toContainText(ARCHIVIST.name);
  await page.screenshot({ path: path.join(RESULTS, 'archive-detail.png') });
  await moved.getByRole('button', { name: '关闭' }).click();

  await page.getByRole('searchbox').fill(`f-${CODE}-02`);
  await expect(page.getByText('没有符合条件的存档文件')).toBeVisible();

  await page.locator('.sidenav').getByRole('link', { name: '档案存放位置', exact: true }).click();
  await expect(page.getByRole('region', { name: CODE }).getByTestId('archive-range')).toHaveText(`f-${CODE}-03`);
  await page.getByRole('region', { name: CODE }).getByRole('link', { name: '柜标签' }).click();
  const label = page.getByTestId('archive-label');
  await expect(label).toContainText(`文件柜 ${CODE}`);
  await expect(label).toContainText(`索引号范围：f-${CODE}-03`);
  await expect(label.locator(`[data-barcode="CAB-${CABINET}-${SERIAL}"]`)).toBeVisible();
  await page.screenshot({ path: path.join(RESULTS, 'archive-label.png') });
  await page.getByRole('button', { name: '返回' }).click();
});

test('prints the catalogue 存档备案资料目录 QR-WD01-02-02', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '存档目录', exact: true }).click();
  await page.getByLabel('类别').selectOption('f');
  await page.getByRole('link', { name: '打印存档备案资料目录' }).click();
  await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible();
  const register = page.locator('.register');
  await expect(register).toContainText('存档备案资料目录');
  await expect(register).toContainText('QR-WD01-02-02');
  await expect(register).toContainText('本表长期保存');
  const row = register.locator('tr', { hasText: TITLE });
  await expect(row).toContainText(`f-${CODE}-03`);
  await expect(row).toContainText('f 业主档案');
  await expect(row).toContainText('B级机密');
  await expect(register).toContainText('审批人');
  await page.screenshot({ path: path.join(RESULTS, 'archive-catalogue.png') });
});
