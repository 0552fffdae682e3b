import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk, signOn } from './support';

const RESULTS = path.resolve('test-results');

// One desk, one story: an owner leaves keys and names a collector, the collector signs for them, the register shows it;
// then two tags are ticked in the key list and printed as labels with their barcodes.
test.describe.configure({ mode: 'serial' });

// Reruns share the desk's database: the owner, unit and keys are new each run.
const stamp = String(Date.now()).slice(-6);
const OWNER = { building: '3', entrance: '2', room: `9${stamp.slice(-3)}`, name: `张伟${stamp.slice(-2)}`, phone: '13812345678' };
const COLLECTOR = { name: '李娜', phone: '13698765432' };
const DESCRIPTION = `入户门钥匙 ${stamp}`;

let page: Page;
let unitLabel = '';
let keys: { id: number; code: string }[] = [];

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const desk = await ensureUser(request, 'gaojing', '高静', ['receptionist']);
  unitLabel = (await ensureOccupant(request, desk, OWNER)).unitLabel;
  keys = [
    await apiOk<{ id: number; code: string }>(request, 'keys.save', { name: `3栋天台门钥匙 ${stamp}`, category: 'public_area', place: `3栋天台${stamp}`, cabinet: 'A柜', hook: '07' }, desk),
    await apiOk<{ id: number; code: string }>(request, 'keys.save', { name: `B1设备房钥匙 ${stamp}`, category: 'plant_room', place: `设备房B1-${stamp}`, cabinet: 'B柜', hook: '12' }, desk),
  ];
  page = await browser.newPage();
  await loginAs(page, 'gaojing');
});

test.afterAll(async () => {
  await page.close();
});

test('an owner deposits keys, signs, and names a collector', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '钥匙留存', exact: true }).click();
  await expect(page.getByRole('heading', { name: '钥匙留存', level: 1 })).toBeVisible();
  const form = page.getByRole('form', { name: '业主留存钥匙登记' });
  await form.getByLabel('业主', { exact: true }).fill(OWNER.name);
  await page.getByRole('option').filter({ hasText: unitLabel }).getByRole('button').click();
  await form.getByLabel('钥匙说明').fill(DESCRIPTION);
  await form.getByLabel('数量（把）').fill('2');
  await form.getByRole('button', { name: '添加领取人' }).click();
  await form.getByLabel('姓名').fill(COLLECTOR.name);
  await form.getByLabel('电话').fill(COLLECTOR.phone);
  const submit = form.getByRole('button', { name: '登记留存' });
  await expect(submit).toBeDisabled();
  await signOn(page, form.locator('canvas'));
  await expect(submit).toBeEnabled();
  await page.screenshot({ path: path.join(RESULTS, 'keys-deposit-form.png'), fullPage: true });
  await submit.click();
  await expect(page.getByRole('status')).toContainText(/已登记留存钥匙 LC-\d{8}-\d{3}/);
  const row = page.locator('.keys-deposits-table tbody tr', { hasText: DESCRIPTION });
  await expect(row).toContainText(`${unitLabel} ${OWNER.name}`);
  await expect(row).toContainText(`${COLLECTOR.name} ${COLLECTOR.phone}`);
  await expect(row).toContainText('留存中');
  await expect(row.locator('.keys-code')).toHaveText(/^LC-\d{8}-\d{3}$/);
});

test('the named collector signs for the keys; the register shows who took them', async () => {
  const row = page.locator('.keys-deposits-table tbody tr', { hasText: DESCRIPTION });
  const number = (await row.locator('.keys-code').textContent()) ?? '';
  await row.getByRole('button', { name: '领取' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${DESCRIPTION} 2 把`);
  await dialog.getByLabel(new RegExp(`指定领取人：${COLLECTOR.name}`)).check();
  await signOn(page, dialog.locator('canvas'));
  await page.screenshot({ path: path.join(RESULTS, 'keys-deposit-collect.png'), fullPage: true });
  await dialog.getByRole('button', { name: '确认领取' }).click();
  await expect(page.getByRole('status')).toContainText(`留存钥匙 ${number} 已由 ${COLLECTOR.name} 领取`);
  await expect(page.locator('.keys-deposits-table tbody tr', { hasText: DESCRIPTION })).toHaveCount(0);

  await page.getByRole('tab', { name: '已领取' }).click();
  await page.getByPlaceholder('留存编号、业主、房号或领取人').fill(number);
  const done = page.locator('.keys-deposits-table tbody tr', { hasText: DESCRIPTION });
  await expect(done).toContainText(`由 ${COLLECTOR.name} 领取`);

  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await page.getByLabel('从').fill(today);
  await page.getByRole('link', { name: '钥匙留存登记表' }).click();
  await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible();
  const register = page.locator('.register');
  await expect(register).toContainText('钥匙留存登记表');
  const line = register.locator('tr', { hasText: number });
  await expect(line).toContainText(unitLabel);
  await expect(line).toContainText(OWNER.name);
  await expect(line).toContainText(DESCRIPTION);
  await expect(line).toContainText(`${COLLECTOR.name} ${COLLECTOR.phone}`);
  await expect(line).toContainText('高静');
  await page.screenshot({ path: path.join(RESULTS, 'keys-deposit-register.png'), fullPage: true });
});

test('ticked keys print as tag labels with a barcode and no door', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '钥匙柜', exact: true }).click();
  await page.getByPlaceholder('牌号、名称、开启位置、钥匙柜').fill(stamp);
  for (const k of keys) await page.getByLabel(`选择 ${k.code}`).check();
  await page.getByRole('link', { name: '打印标签（2）' }).click();
  await expect(page.getByRole('heading', { name: /钥匙牌标签/ })).toBeVisible();
  const tags = page.locator('.keys-tag');
  await expect(tags).toHaveCount(2);
  for (const [i, k] of keys.entries()) {
    const tag = tags.nth(i);
    await expect(tag.locator('.keys-tag-code')).toHaveText(k.code);
    await expect(tag.locator(`[data-barcode="${k.code}"] svg`)).toBeVisible();
  }
  await expect(tags.nth(0)).toContainText('公共区域');
  await expect(tags.nth(0)).toContainText('A柜 07');
  await expect(tags.nth(1)).toContainText('B柜 12');
  await expect(page.locator('.keys-labels')).not.toContainText('天台');
  await expect(page.locator('.keys-labels')).not.toContainText('设备房B1');
  await page.screenshot({ path: path.join(RESULTS, 'keys-labels.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  const pdf = path.join(RESULTS, 'keys-labels.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Pages:\s+2/);
});

test('the key detail shows its history and prints its label', async () => {
  await page.goto('/#/keys');
  await page.getByPlaceholder('牌号、名称、开启位置、钥匙柜').fill(keys[0].code);
  const row = page.locator('.keys-table tbody tr', { hasText: keys[0].code });
  await row.getByRole('button', { name: '详情' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`3栋天台${stamp}`);
  await expect(dialog.locator('.keys-detail-events')).toContainText('登记');
  await expect(dialog).toContainText('没有借用记录');
  await page.screenshot({ path: path.join(RESULTS, 'keys-detail.png'), fullPage: true });
  await dialog.getByRole('button', { name: '停用' }).click();
  const reason = page.getByRole('dialog', { name: `停用 ${keys[0].code}` });
  await reason.getByLabel('停用原因').fill('钥匙已损坏，门锁已更换');
  await reason.getByRole('button', { name: '停用' }).click();
  await expect(dialog.getByRole('status')).toContainText(`${keys[0].code} 已停用`);
  await expect(dialog.locator('.keys-detail-events')).toContainText('钥匙已损坏，门锁已更换');
});
