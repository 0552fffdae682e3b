import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { LendingTypeRow, LendingSettings } from '../../src-shared/modules/lending';
import { apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk, signOn } from './support';

const RESULTS = path.resolve('test-results');
const DESK = { username: 'luojing', name: '罗静' };
const MANAGER = { username: 'xuhua', name: '许华' };

/** Run-unique rooms and descriptions: the desk database is shared by every spec of a run and by reruns. */
const run = String(1000 + (Date.now() % 8000));
const LI = { building: '17栋', entrance: '1单元', room: run, name: '李娜', phone: '13926661702' };

test.describe.configure({ mode: 'serial' });

let page: Page;
let liUnit = '';
let deskToken = '';

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  deskToken = await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
  await ensureUser(request, MANAGER.username, MANAGER.name, ['general_manager']);
  liUnit = (await ensureOccupant(request, deskToken, LI)).unitLabel;
  // Enough umbrellas in stock whatever earlier runs left out.
  const umbrella = (await apiOk<LendingTypeRow[]>(request, 'lending.types.list', {}, deskToken)).find((r) => r.name === '雨伞');
  if (umbrella && umbrella.available < 3) {
    await apiOk(request, 'lending.types.save', { id: umbrella.id, name: '雨伞', needsId: false, loanHours: umbrella.loanHours, count: umbrella.out + 20, active: true }, deskToken);
  }
  page = await browser.newPage();
  await loginAs(page, DESK.username);
});

test.afterAll(async () => {
  await page.close();
});

const pickLi = async () => {
  await page.getByLabel('住户（名录）').fill(LI.name);
  await page.getByRole('option').filter({ hasText: liUnit }).getByRole('button').click();
  await expect(page.getByTestId('picked-host')).toContainText(LI.name);
};

const stock = async () => Number((await page.getByRole('button', { name: /雨伞/ }).textContent())?.match(/剩 (\d+)/)?.[1]);

test('3 umbrellas come back as 2, then 1', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '便民借用', exact: true }).click();
  const umbrella = page.getByRole('button', { name: /雨伞/ });
  await expect(umbrella).toContainText(/剩 \d+\/\d+/);
  const before = await stock();
  await umbrella.click();
  const form = page.getByRole('form', { name: '借出 雨伞' });
  await pickLi();
  await form.getByLabel('数量').fill('3');
  await form.getByRole('button', { name: '登记借出' }).click();
  await expect(page.getByRole('status')).toContainText(`雨伞 ×3 已借给 ${liUnit} ${LI.name}`);
  await expect(umbrella).toContainText(`剩 ${before - 3}/`);

  const row = page.getByTestId('loan-row').filter({ hasText: LI.name }).filter({ hasText: '雨伞' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: '归还' }).click();
  let dialog = page.getByRole('dialog');
  // More than is out: refused by main beside the field, nothing changes.
  await dialog.getByLabel(/本次归还数量/).fill('4');
  await dialog.getByLabel('归还状况').fill('完好');
  await dialog.getByRole('button', { name: '确认归还' }).click();
  await expect(dialog.locator('.field-error')).toContainText('雨伞只有 3 件未还，不能归还 4 件');
  await dialog.getByLabel(/本次归还数量/).fill('2');
  await dialog.getByRole('button', { name: '确认归还' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId('loan-out')).toHaveText('未还 1 件（已还 2）');
  await expect(row).toContainText('还 2 件 罗静');
  await expect(umbrella).toContainText(`剩 ${before - 1}/`);
  await page.screenshot({ path: path.join(RESULTS, 'lending-partial-return.png'), fullPage: true });

  await row.getByRole('button', { name: '归还' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('已还 2 件，还有 1 件未还');
  await expect(dialog.getByLabel(/本次归还数量/)).toHaveCount(0);
  await dialog.getByLabel('归还状况').fill('伞骨折断');
  await dialog.getByRole('button', { name: '确认归还' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row).toHaveCount(0);
  await expect(umbrella).toContainText(`剩 ${before}/`);
  await page.getByRole('tab', { name: '全部' }).click();
  await expect(row.first()).toContainText('还 1 件 罗静');
  await expect(row.first()).toContainText('伞骨折断');
});

test('a storage receipt is printed with the claim code once, and a copy from the list without it', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '物品寄存', exact: true }).click();
  const form = page.getByRole('form', { name: '登记寄存' });
  await pickLi();
  const description = `蓝色旅行包 ${run}`;
  await form.getByLabel('物品描述').fill(description);
  await form.getByLabel('存放位置').fill('前台储物柜 B2');
  await form.getByRole('button', { name: '登记寄存' }).click();
  const codeDialog = page.getByRole('dialog', { name: '取件码' });
  const code = (await codeDialog.getByTestId('claim-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await codeDialog.getByRole('button', { name: '打印凭条' }).click();

  await expect(page).toHaveURL(/#\/lending\/storage\/\d+\/receipt$/);
  expect(page.url()).not.toContain(code);
  const receipt = page.getByTestId('storage-receipt');
  await expect(receipt).toContainText('物品寄存凭条');
  await expect(receipt).toContainText(description);
  await expect(receipt).toContainText('前台储物柜 B2');
  await expect(receipt).toContainText(liUnit);
  await expect(receipt).toContainText(DESK.name);
  await expect(receipt.getByTestId('receipt-claim-code')).toContainText(code);
  await expect(receipt.locator('[data-barcode^="JC-"] svg')).toHaveCount(1);
  await page.screenshot({ path: path.join(RESULTS, 'lending-receipt.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  const file = path.join(RESULTS, 'lending-receipt.pdf');
  fs.writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  await page.emulateMedia({ media: 'screen' });
  const info = execFileSync('pdfinfo', [file]).toString();
  // A6: 105 × 148 mm = 297.6 × 419.5 pt, one page.
  expect(info).toMatch(/Pages:\s+1\b/);
  expect(info).toMatch(/Page size:\s+29[78](\.\d+)? x 4(19|20)(\.\d+)? pts/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-singlefile', file, path.join(RESULTS, 'lending-receipt-pdf')]);

  // Reprinted from the list: a copy, no claim code.
  await page.getByRole('button', { name: '返回' }).click();
  const row = page.getByTestId('storage-row').filter({ hasText: description });
  await row.getByRole('link', { name: '打印凭条' }).click();
  await expect(receipt).toContainText('补打');
  await expect(receipt).toContainText(description);
  await expect(receipt.getByTestId('receipt-claim-code')).toHaveCount(0);
  await expect(receipt).not.toContainText(code);
  await page.getByRole('button', { name: '返回' }).click();

  // Handed back with a signature: the detail shows it.
  const back = page.getByRole('form', { name: '领取寄存物品' });
  await back.getByLabel('取件码').fill(code);
  await back.getByLabel('领取人姓名').fill(LI.name);
  await back.getByLabel('领取人电话').fill(LI.phone);
  await signOn(page, back.locator('canvas'));
  await back.getByRole('button', { name: '核验并交还' }).click();
  await expect(page.getByRole('status')).toContainText(`${description} 已交还 ${LI.name}`);
  await page.getByRole('tab', { name: '全部' }).click();
  await row.getByRole('button', { name: '详情' }).click();
  const detail = page.getByRole('dialog', { name: /寄存物品 JC-/ });
  await expect(detail).toContainText('登记时未拍照');
  const sign = detail.getByTestId('storage-signature');
  await expect(sign).toBeVisible();
  await expect(sign).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(await sign.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(50);
  await expect(detail).toContainText(`由 ${LI.name}（${LI.phone}）领取，经办人 ${DESK.name}`);
  await page.screenshot({ path: path.join(RESULTS, 'lending-storage-detail.png') });
  await detail.getByRole('button', { name: '关闭' }).click();
});

test('the general manager sets the long-storage days and edits an item type', async ({ request }) => {
  await loginAs(page, MANAGER.username);
  await page.locator('.sidenav').getByRole('link', { name: '借用设置', exact: true }).click();
  await expect(page.getByRole('heading', { name: '借用设置' })).toBeVisible();
  const daysForm = page.getByRole('form', { name: '物品寄存' });
  const days = daysForm.getByLabel('寄存超过多少天列为长期寄存');
  const current = Number(await days.inputValue());
  const next = current === 30 ? 21 : 30;
  await days.fill(String(next));
  await daysForm.getByRole('button', { name: '保存天数' }).click();
  await expect(page.getByRole('status')).toContainText(`长期寄存天数已改为 ${next} 天`);
  const token = await ensureUser(request, MANAGER.username, MANAGER.name, ['general_manager']);
  expect((await apiOk<LendingSettings>(request, 'lending.settings.get', {}, token)).longStoredDays).toBe(next);

  const name = `婴儿车${run}`;
  await page.getByRole('button', { name: '新增物品' }).click();
  const add = page.getByRole('form', { name: '新增借用物品' });
  await add.getByLabel('名称').fill(name);
  await add.getByLabel('借期（小时）').fill('4');
  await add.getByLabel('总数').fill('2');
  await add.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText(`已保存 ${name}`);
  const typeRow = page.getByTestId('type-row').filter({ hasText: name });
  await expect(typeRow).toHaveCount(1);

  await typeRow.getByRole('button', { name: '修改' }).click();
  const edit = page.getByRole('form', { name: `修改 ${name}` });
  await edit.getByLabel('借用时须登记有效证件（如轮椅）').check();
  await edit.getByLabel(/启用/).uncheck();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText(`已保存 ${name}`);
  await expect(typeRow.locator('td').nth(1)).toHaveText('是');
  await expect(typeRow.locator('td').nth(5)).toHaveText('否');
  await page.screenshot({ path: path.join(RESULTS, 'lending-settings.png'), fullPage: true });

  // The desk sees no settings entry.
  await loginAs(page, DESK.username);
  await expect(page.locator('.sidenav').getByRole('link', { name: '借用设置' })).toHaveCount(0);
});
