import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');
const CARRIER_ID = '11010519491231002X';
const NUMBER = /^FX-\d{8}-\d{3}$/;

// One story in one tab: the desk issues, voids, security releases, the manager prints the register.
test.describe.configure({ mode: 'serial' });

let page: Page;
let deskToken: string;
let guardToken: string;
let ownerId: number;
let first = '';
let second = '';

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  deskToken = await ensureUser(request, 'sunli', '孙莉', ['receptionist']);
  guardToken = await ensureUser(request, 'baoan', '赵刚', ['security_manager']);
  ownerId = (await ensureOccupant(request, deskToken, { building: '8栋', entrance: '1单元', room: '0602', name: '陈国强', kind: 'owner' })).occupantId;
  await ensureOccupant(request, deskToken, { building: '8栋', entrance: '1单元', room: '0602', name: '林晓', kind: 'tenant' });
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page?.close();
});

async function openReleases(): Promise<void> {
  await page.locator('.sidenav').getByRole('link', { name: '物品放行' }).click();
  await expect(page.getByRole('heading', { name: '物品放行' })).toBeVisible();
}

const rowOf = (number: string) => page.getByRole('row').filter({ hasText: number });

test("a tenant's slip is refused until the owner's consent is recorded, then issued with two items", async () => {
  await loginAs(page, 'sunli');
  await openReleases();
  await page.getByRole('button', { name: '开具出门条' }).click();
  const dialog = page.getByRole('dialog', { name: '开具出门条' });
  await expect(dialog.getByLabel('申请人（住户名录）')).toBeFocused();
  await dialog.getByLabel('申请人（住户名录）').fill('林晓');
  await dialog.getByRole('button', { name: '8栋1单元0602 林晓（租户）' }).click();
  await expect(dialog.getByTestId('picked-host')).toContainText('林晓');
  await expect(dialog.getByRole('group', { name: '业主同意（申请人为租户）' })).toBeVisible();

  await dialog.getByLabel('第 1 项物品名称').fill('沙发');
  await dialog.getByRole('button', { name: '添加物品' }).click();
  await dialog.getByLabel('第 2 项物品名称').fill('纸箱');
  await dialog.getByLabel('第 2 项数量').fill('3');
  await dialog.getByLabel('第 2 项单位').fill('个');
  await dialog.getByLabel('携物人姓名').fill('王建军');
  await dialog.getByLabel('证件号码').fill(CARRIER_ID);
  await dialog.getByLabel('联系电话').fill('13912345678');
  await dialog.getByLabel('车牌号').fill('粤BD12345');
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.screenshot({ path: path.join(RESULTS, 'release-issue.png') });
  // Main refuses: a tenant needs the owner's consent, and says so naming the tenant.
  await expect(dialog.getByRole('alert')).toContainText('8栋1单元0602 林晓 是租户，开具出门条须记录业主同意');
  await expect(dialog).toBeVisible();

  await dialog.getByLabel('业主姓名').fill('陈国强');
  await dialog.getByLabel('确认方式').selectOption({ label: '业主电话确认' });
  await dialog.getByLabel('说明', { exact: true }).fill('10:20 来电确认');
  await dialog.getByRole('button', { name: '保存' }).click();

  // Issued: straight to the slip, ready to print.
  await expect(page).toHaveURL(/#\/releases\/\d+\/slip$/);
  const barcode = page.locator('[data-barcode^="FX-"]');
  await expect(barcode).toBeVisible();
  first = (await barcode.getAttribute('data-barcode')) ?? '';
  expect(first).toMatch(NUMBER);
  const sheet = page.getByRole('article', { name: '物品放行条（出门条）' });
  await expect(sheet).toContainText('1101**********002X');
  await expect(sheet).not.toContainText(CARRIER_ID);
  await expect(sheet).toContainText('陈国强（业主电话确认：10:20 来电确认）');
  await expect(sheet).toContainText('粤BD12345');
  await expect(sheet.getByRole('row', { name: '2 纸箱 3个' })).toBeVisible();
  const stub = sheet.getByRole('region', { name: '存根' });
  await expect(stub).toContainText(first);
  await expect(stub).toContainText('沙发×1件、纸箱×3个');
  await expect(page.getByRole('button', { name: '打印' })).toBeFocused();

  const file = path.join(RESULTS, 'release-slip.pdf');
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages).toHaveLength(1);
  const text = pages[0].replace(/\s+/g, '');
  expect(text).toContain('存根');
  expect(text).toContain(first);
  expect(text).not.toContain('第1页');
});

test('a second slip is voided with a reason; its number stays in the list', async () => {
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: '开具出门条' }).click();
  const dialog = page.getByRole('dialog', { name: '开具出门条' });
  await dialog.getByLabel('申请人（住户名录）').fill('陈国强');
  await dialog.getByRole('button', { name: '8栋1单元0602 陈国强（业主）' }).click();
  // An owner needs no consent section.
  await expect(dialog.getByRole('group', { name: '业主同意（申请人为租户）' })).toHaveCount(0);
  await dialog.getByLabel('第 1 项物品名称').fill('冰箱');
  await dialog.getByLabel('携物人姓名').fill('李师傅');
  await dialog.getByLabel('证件号码').fill(CARRIER_ID);
  await dialog.getByLabel('车牌号').fill('AB12345');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.locator('.field-invalid')).toContainText('车牌号格式不正确');
  await dialog.getByLabel('车牌号').fill('');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/#\/releases\/\d+\/slip$/);
  second = (await page.locator('[data-barcode^="FX-"]').getAttribute('data-barcode')) ?? '';
  expect(second).toMatch(NUMBER);
  expect(second).not.toBe(first);

  await page.getByRole('button', { name: '返回' }).click();
  await rowOf(second).getByRole('button', { name: '作废' }).click();
  const voiding = page.getByRole('dialog', { name: `作废出门条 ${second}` });
  await voiding.getByRole('button', { name: '确认作废' }).click();
  await expect(voiding.getByRole('alert')).toContainText('必填');
  await voiding.getByLabel('作废原因').fill('业主改期搬出');
  await voiding.getByRole('button', { name: '确认作废' }).click();
  await expect(voiding).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`出门条 ${second} 已作废`);
  const row = rowOf(second);
  await expect(row).toContainText('已作废');
  await expect(row).toContainText('原因：业主改期搬出');
  await expect(row.getByRole('button', { name: '核对放行' })).toHaveCount(0);
  await expect(rowOf(first)).toContainText('待放行');
  await page.screenshot({ path: path.join(RESULTS, 'releases-desk.png') });

  // The voided slip still prints, marked void across both parts.
  await rowOf(second).getByRole('link', { name: '打印' }).click();
  const sheet = page.getByRole('article', { name: '物品放行条（出门条）' });
  await expect(sheet).toContainText('已作废：业主改期搬出');
  await expect(sheet.locator('.release-stamp')).toHaveCount(2);
  await expect(sheet.locator('.release-stamp').first()).toHaveText('作废');
  fs.writeFileSync(path.join(RESULTS, 'release-slip-void.pdf'), await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  await page.getByRole('button', { name: '返回' }).click();

  await page.getByLabel('状态').selectOption({ label: '已作废' });
  await expect(rowOf(second)).toBeVisible();
  await expect(rowOf(first)).toHaveCount(0);
  await page.getByLabel('状态').selectOption({ label: '全部状态' });
  await page.getByRole('searchbox', { name: '搜索' }).fill('林晓');
  await expect(rowOf(first)).toBeVisible();
  await expect(rowOf(second)).toHaveCount(0);
});

test('the security manager checks the goods against the slip and releases it', async () => {
  await loginAs(page, 'baoan');
  await openReleases();
  await expect(page.getByRole('button', { name: '开具出门条' })).toHaveCount(0);
  await expect(rowOf(second).getByRole('button', { name: '核对放行' })).toHaveCount(0);
  await rowOf(first).getByRole('button', { name: '核对放行' }).click();
  const gate = page.getByRole('dialog', { name: `核对放行 ${first}` });
  await expect(gate.getByRole('row', { name: '1 沙发 1件' })).toBeVisible();
  await expect(gate.getByRole('row', { name: '2 纸箱 3个' })).toBeVisible();
  await gate.getByRole('button', { name: '确认放行' }).click();
  await expect(gate.getByRole('alert')).toContainText('请先逐项核对物品');
  await gate.getByLabel('物品与出门条核对一致').check();
  await gate.getByLabel('放行备注').fill('两件物品相符');
  await gate.getByRole('button', { name: '确认放行' }).click();
  await expect(gate).toBeHidden();
  await expect(page.getByRole('status')).toContainText(`出门条 ${first} 已放行`);
  const row = rowOf(first);
  await expect(row).toContainText('已放行');
  await expect(row).toContainText('赵刚');
  await expect(row.getByRole('button', { name: '核对放行' })).toHaveCount(0);
  await page.screenshot({ path: path.join(RESULTS, 'releases.png') });
});

test('a slip voided while the gate dialog was open is refused with main’s message', async ({ request }) => {
  const third = await apiOk<{ id: number; number: string }>(
    request,
    'releases.issue',
    { occupantId: ownerId, items: [{ name: '电视机', quantity: 1, unit: '台' }], carrierName: '周师傅', carrierIdType: 'resident_id', carrierIdNumber: CARRIER_ID },
    deskToken,
  );
  await page.getByRole('searchbox', { name: '搜索' }).fill(third.number);
  await rowOf(third.number).getByRole('button', { name: '核对放行' }).click();
  const gate = page.getByRole('dialog', { name: `核对放行 ${third.number}` });
  await apiOk(request, 'releases.void', { id: third.id, reason: '住户取消' }, guardToken);
  await gate.getByLabel('物品与出门条核对一致').check();
  await gate.getByRole('button', { name: '确认放行' }).click();
  await expect(gate.getByRole('alert')).toContainText(`出门条 ${third.number} 已作废（原因：住户取消），不能再操作`);
  await gate.getByRole('button', { name: '取消' }).click();
  await expect(rowOf(third.number)).toContainText('已作废');
  await page.getByRole('searchbox', { name: '搜索' }).fill('');
});

test('the register of the month lists every slip, the voided one with its reason', async () => {
  await page.getByRole('link', { name: '打印 / 导出登记表' }).click();
  const paper = page.locator('.paper');
  await expect(paper).toContainText('物品放行登记表');
  await expect(paper).toContainText(first);
  await expect(paper).toContainText(second);
  await expect(paper).toContainText('已作废：业主改期搬出');
  await expect(paper).not.toContainText(CARRIER_ID);
});
