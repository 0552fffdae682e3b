import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkDigit } from '../../src-shared/rules/id-number';
import { ensureOccupant, ensureUser, loginAs, prepareDesk, signOn } from './support';

const RESULTS = path.resolve('test-results');
const DESK = { username: 'luojing', name: '罗静' };

/** Rooms unique per run: the desk database is shared by every spec of a run and may see this one twice. */
const room = String(1000 + (Date.now() % 8000));
const WU = { building: '16栋', entrance: '2单元', room, name: '吴建国', phone: '13926661601' };
const FIRST17 = '44030519850315123';
const WU_ID = FIRST17 + checkDigit(FIRST17);

test.describe.configure({ mode: 'serial' });

let page: Page;
let wuUnit = '';

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const desk = await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
  wuUnit = (await ensureOccupant(request, desk, WU)).unitLabel;
  page = await browser.newPage();
  await loginAs(page, DESK.username);
});

test.afterAll(async () => {
  await page.close();
});

const pickWu = async () => {
  await page.getByLabel('住户（名录）').fill(WU.name);
  await page.getByRole('option').filter({ hasText: wuUnit }).getByRole('button').click();
  await expect(page.getByTestId('picked-host')).toContainText(WU.name);
};

test('a wheelchair is lent only against a valid ID, listed masked, and returned', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '便民借用', exact: true }).click();
  const wheelchair = page.getByRole('button', { name: /轮椅/ });
  await expect(wheelchair).toContainText(/剩 \d+\/\d+/);
  await expect(wheelchair).toContainText('须登记证件');
  const before = Number((await wheelchair.textContent())?.match(/剩 (\d+)/)?.[1]);

  // An umbrella asks for no ID: the ID fields show only for the wheelchair.
  await page.getByRole('button', { name: /雨伞/ }).click();
  await expect(page.getByRole('form', { name: '借出 雨伞' })).toBeVisible();
  await expect(page.getByLabel('证件号码')).toHaveCount(0);

  await wheelchair.click();
  const form = page.getByRole('form', { name: '借出 轮椅' });
  await pickWu();
  await form.getByRole('button', { name: '登记借出' }).click();
  await expect(form.locator('.field-error')).toContainText('借用轮椅须登记有效证件');
  await expect(form.getByLabel('证件号码')).toHaveAttribute('aria-invalid', 'true');

  // A typo in the check digit is refused by main, beside the field.
  await form.getByLabel('证件号码').fill(FIRST17 + (WU_ID.endsWith('1') ? '2' : '1'));
  await form.getByRole('button', { name: '登记借出' }).click();
  await expect(form.locator('.field-error')).toContainText('证件号码未通过校验');

  await form.getByLabel('证件号码').fill(WU_ID);
  await form.getByRole('button', { name: '登记借出' }).click();
  await expect(page.getByRole('status')).toContainText(`轮椅 ×1 已借给 ${wuUnit} ${WU.name}`);
  await expect(wheelchair).toContainText(`剩 ${before - 1}/`);

  const row = page.getByTestId('loan-row').filter({ hasText: WU.name }).filter({ hasText: '轮椅' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`${WU_ID.slice(0, 4)}**********${WU_ID.slice(-4)}`);
  await expect(row).not.toContainText(WU_ID);
  await page.screenshot({ path: path.join(RESULTS, 'lending-courtesy.png'), fullPage: true });

  await row.getByRole('button', { name: '归还' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('归还状况').fill('完好');
  await dialog.getByRole('button', { name: '确认归还' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText('已归还');
  await expect(row).toHaveCount(0);
  await expect(wheelchair).toContainText(`剩 ${before}/`);

  await page.getByRole('tab', { name: '全部' }).click();
  await expect(row).toContainText('完好');
  await expect(page.getByRole('link', { name: '本月登记表' })).toHaveAttribute('href', /lending\.register/);
});

test('a stored item is handed back on its claim code to the owner only, who signs', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '物品寄存', exact: true }).click();
  const form = page.getByRole('form', { name: '登记寄存' });
  await pickWu();
  const description = `银色拉杆箱 ${room}`;
  await form.getByLabel('物品描述').fill(description);
  await form.getByLabel('存放位置').fill('前台储物柜 A3');
  await form.getByRole('button', { name: '登记寄存' }).click();

  const codeDialog = page.getByRole('dialog', { name: '取件码' });
  const code = (await codeDialog.getByTestId('claim-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await expect(codeDialog).toContainText(`请将取件码告知寄存人 ${wuUnit} ${WU.name}`);
  await page.screenshot({ path: path.join(RESULTS, 'lending-claim-code.png') });
  await codeDialog.getByRole('button', { name: '已告知寄存人' }).click();
  await expect(codeDialog).toHaveCount(0);

  const row = page.getByTestId('storage-row').filter({ hasText: description });
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText(code);

  const back = page.getByRole('form', { name: '领取寄存物品' });
  await back.getByLabel('取件码').fill(code);
  await back.getByLabel('领取人姓名').fill('王磊');
  await back.getByLabel('领取人电话').fill(WU.phone);
  const submit = back.getByRole('button', { name: '核验并交还' });
  await expect(submit).toBeDisabled();
  await signOn(page, back.locator('canvas'));
  await submit.click();
  await expect(back.locator('.lend-refusal')).toContainText('领取人姓名或电话与寄存人及登记的代领人均不符');
  await expect(row).toHaveCount(1);

  await back.getByLabel('领取人姓名').fill(WU.name);
  await submit.click();
  await expect(page.getByRole('status')).toContainText(`${description} 已交还 ${WU.name}`);
  await expect(row).toHaveCount(0);
  await page.getByRole('tab', { name: '全部' }).click();
  await expect(row).toContainText(WU.name);
  await page.screenshot({ path: path.join(RESULTS, 'lending-storage.png'), fullPage: true });
});
