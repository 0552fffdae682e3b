import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { STAFF_PASSWORD, apiOk, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');

// A restricted master key lists one staff borrower; the receptionist lends it with the security manager's credential
// typed on the spot, and refuses it to anyone not on the list. Key data is new each run.
test.describe.configure({ mode: 'serial' });

interface Key {
  id: number;
  code: string;
  name: string;
}

const stamp = String(Date.now()).slice(-7);
const KEY_NAME = `3栋总匙 ${stamp}`;
const CABINET = `总匙柜${stamp}`;

let page: Page;
let master: Key;
let ring: Key;

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });
const scanBox = () => page.getByLabel('钥匙牌号');
const lendForm = () => page.getByRole('form', { name: '借出' });
const loanRow = (code: string) => page.locator('.keys-loans-table tbody tr', { hasText: code });

async function scan(code: string): Promise<void> {
  await scanBox().fill(code);
  await scanBox().press('Enter');
  await expect(page.locator('.keys-card')).toContainText(code);
}

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const desk = await ensureUser(request, 'chenjing', '陈静', ['receptionist']);
  await ensureUser(request, 'zhaogang', '赵刚', ['security_manager']);
  await ensureUser(request, 'liuqiang', '刘强', ['dept_head']);
  await ensureUser(request, 'hejun', '何军', ['archivist']);
  const staff = await apiOk<{ id: number; username: string }[]>(request, 'users.staff', { q: 'liuqiang' }, desk);
  ring = await apiOk<Key>(request, 'keys.save', { kind: 'ring', name: `3栋总匙串 ${stamp}`, category: 'master', cabinet: CABINET, hook: 'Z-00' }, desk);
  master = await apiOk<Key>(request, 'keys.save', {
    name: KEY_NAME,
    category: 'master',
    place: '3栋全部门锁',
    cabinet: CABINET,
    hook: 'Z-01',
    allowedUserIds: [staff[0].id],
  }, desk);
  page = await browser.newPage();
  await loginAs(page, 'chenjing');
});

test.afterAll(async () => {
  await page.close();
});

test('the key dialog shows everything the key was registered with, allowed staff included', async () => {
  await nav('钥匙柜').click();
  const row = page.locator('.keys-table tbody tr', { hasText: master.code });
  await expect(row).toContainText('总匙');
  await row.getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('名称')).toHaveValue(KEY_NAME);
  await expect(dialog.getByLabel('类别')).toHaveValue('master');
  await expect(dialog.getByLabel('受控钥匙（借出须经理现场批准）')).toBeChecked();
  await expect(dialog.locator('.staff-chip')).toHaveText(['刘强×']);
  // Hang it on the ring, picked by typing the ring's name.
  await dialog.getByRole('searchbox', { name: '所在钥匙串' }).fill('总匙串');
  await dialog.getByRole('option', { name: new RegExp(ring.code) }).click();
  await expect(dialog.getByTestId('picked-ring')).toContainText(ring.code);
  await page.screenshot({ path: path.join(RESULTS, 'keys-edit-dialog.png'), fullPage: true });
  await dialog.getByRole('button', { name: '取消' }).click();
});

test('a borrower not on the list is refused', async () => {
  await nav('钥匙借还').click();
  await scan(master.code);
  const form = lendForm();
  await expect(form.getByLabel('借用人类别')).toHaveValue('staff');
  await form.getByRole('searchbox', { name: '员工' }).fill('hj');
  await form.getByRole('searchbox', { name: '员工' }).press('Enter');
  await expect(form.getByTestId('picked-staff')).toContainText('何军');
  await form.getByLabel('事由').fill('档案室门锁检查');
  await form.getByLabel('审批人账号').fill('zhaogang');
  await form.getByLabel('审批人密码').fill(STAFF_PASSWORD);
  await form.getByRole('button', { name: '借出' }).click();
  await expect(form.getByRole('alert')).toContainText(`何军 不在 ${master.code}`);
  await expect(form.getByRole('alert')).toContainText('的授权借用人名单中，不能借出');
  await page.screenshot({ path: path.join(RESULTS, 'keys-approval-refused.png'), fullPage: true });
  await form.getByRole('button', { name: '取消' }).click();
  await expect(loanRow(master.code)).toHaveCount(0);
});

test('the allowed borrower gets it with the security manager approving on the spot', async () => {
  await scan(master.code);
  const form = lendForm();
  // The key's allowed borrowers are offered before anything is typed.
  await form.getByRole('option', { name: '刘强' }).click();
  await expect(form.getByTestId('picked-staff')).toContainText('刘强');
  await form.getByLabel('事由').fill('3栋消防检查');
  await form.getByLabel('审批人账号').fill('zhaogang');
  await form.getByLabel('审批人密码').fill(STAFF_PASSWORD);
  await page.screenshot({ path: path.join(RESULTS, 'keys-approval-form.png'), fullPage: true });
  await form.getByRole('button', { name: '借出' }).click();
  await expect(page.getByRole('status')).toContainText(`已借出 ${master.code}（${KEY_NAME}）给 刘强`);
  const row = loanRow(master.code);
  await expect(row).toContainText('刘强');
  await expect(row).toContainText('3栋消防检查');
  await expect(row).toContainText('赵刚 批准');
  await page.screenshot({ path: path.join(RESULTS, 'keys-approval-lent.png'), fullPage: true });
});

test('the security manager keeps the categories and a rename shows in the statistics', async () => {
  await loginAs(page, 'zhaogang');
  await nav('钥匙类别').click();
  const line = page.locator('.keys-categories-table tbody tr[data-code="master"]');
  await expect(line.getByLabel('名称')).toHaveValue('总匙');
  await expect(line.locator('td.keys-num')).not.toHaveText('0');
  await expect(line.getByRole('button', { name: '删除' })).toHaveCount(0);
  await page.getByLabel('新类别名称').fill(`电梯机房${stamp}`);
  await page.getByRole('button', { name: '新增类别' }).click();
  await expect(page.getByRole('status')).toContainText(`已保存类别“电梯机房${stamp}”`);
  await expect(page.locator('.keys-categories-table tbody tr').last().getByLabel('名称')).toHaveValue(`电梯机房${stamp}`);
  await line.getByLabel('名称').fill('总钥匙');
  await line.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toContainText('已保存类别“总钥匙”');
  await page.screenshot({ path: path.join(RESULTS, 'keys-categories.png'), fullPage: true });
  await nav('钥匙统计表').click();
  await expect(page.locator('tr', { hasText: CABINET }).first()).toContainText('总钥匙');
});
