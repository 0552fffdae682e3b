import path from 'node:path';
import dayjs from 'dayjs';
import { expect, test, type Page } from '@playwright/test';
import { advanceDeskClock, apiOk, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');

// One desk, one story: a key registered through the API is lent, goes overdue, comes back and is counted.
test.describe.configure({ mode: 'serial' });

interface Key {
  id: number;
  code: string;
  name: string;
}

// Reruns share the desk's database: the key and its cabinet are new each run, so its statistics row is its own.
const stamp = String(Date.now()).slice(-7);
const CABINET = `东门柜${stamp}`;
const KEY_NAME = `3栋天台门钥匙 ${stamp}`;
const BORROWER = { name: '李建军', phone: '13922223333', idTail: '123X', company: '深圳市安达电梯维保有限公司' };
const REASON = '电梯机房例行维保';

let page: Page;
let key: Key;
let restrictedKey: Key;

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });
const scanBox = () => page.getByLabel('钥匙牌号');
const loanRow = (code: string) => page.locator('.keys-loans-table tbody tr', { hasText: code });

/** After a clock jump shorter than a session the screen is locked, not signed out: leave it and sign in afresh. */
async function signInAgain(): Promise<void> {
  await page.goto('/');
  const leave = page.getByRole('button', { name: '退出并换人登录' });
  await expect(leave.or(page.getByRole('heading', { name: '登录' })).or(page.locator('.topbar'))).toBeVisible();
  if (await leave.isVisible()) await leave.click();
  await loginAs(page, 'fangyu');
}

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const desk = await ensureUser(request, 'fangyu', '方宇', ['receptionist']);
  key = await apiOk<Key>(request, 'keys.save', { name: KEY_NAME, category: 'public_area', place: '3栋天台', copies: 2, cabinet: CABINET, hook: 'A-07', allowOutside: true }, desk);
  restrictedKey = await apiOk<Key>(request, 'keys.save', { name: `B1设备房总匙 ${stamp}`, category: 'plant_room', place: '设备房 B1', cabinet: CABINET, allowOutside: true }, desk);
  page = await browser.newPage();
  await loginAs(page, 'fangyu');
});

test.afterAll(async () => {
  await page.close();
});

test('the receptionist lends a key by scanning its tag', async () => {
  await nav('钥匙借还').click();
  await expect(scanBox()).toBeFocused();
  await scanBox().fill(key.code);
  await scanBox().press('Enter');
  const card = page.locator('.keys-card');
  await expect(card).toContainText(KEY_NAME);
  await expect(card).toContainText('公共区域');
  await expect(card).toContainText('在柜');

  const form = page.getByRole('form', { name: '借出' });
  await form.getByLabel('姓名').fill(BORROWER.name);
  await form.getByLabel('电话').fill(BORROWER.phone);
  await form.getByLabel('证件号后四位').fill(BORROWER.idTail);
  await form.getByLabel('单位').fill(BORROWER.company);
  await form.getByLabel('事由').fill(REASON);
  await expect(form.getByLabel('预计归还时间')).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
  await form.getByLabel('预计归还时间').fill(dayjs().add(1, 'hour').format('YYYY-MM-DDTHH:mm'));
  await page.screenshot({ path: path.join(RESULTS, 'keys-lend-form.png'), fullPage: true });
  await form.getByRole('button', { name: '借出' }).click();

  await expect(page.getByRole('status')).toContainText(`已借出 ${key.code}（${KEY_NAME}）给 ${BORROWER.name}`);
  await expect(scanBox()).toBeFocused();
  const row = loanRow(key.code);
  await expect(row).toContainText(BORROWER.name);
  await expect(row).toContainText(REASON);
  await expect(row).not.toHaveClass(/keys-loan-overdue/);
});

test('a restricted key is refused without a manager on the spot', async () => {
  await scanBox().fill(restrictedKey.code);
  await scanBox().press('Enter');
  await expect(page.locator('.keys-card')).toContainText('受控');
  const form = page.getByRole('form', { name: '借出' });
  await expect(form.getByLabel('审批人账号')).toBeVisible();
  await form.getByLabel('姓名').fill(BORROWER.name);
  await form.getByLabel('电话').fill(BORROWER.phone);
  await form.getByLabel('证件号后四位').fill(BORROWER.idTail);
  await form.getByLabel('事由').fill('更换水泵');
  await form.getByRole('button', { name: '借出' }).click();
  await expect(form.getByRole('alert')).toContainText('为受控钥匙，须由保安经理或总经理现场输入账号和密码批准');
  await page.screenshot({ path: path.join(RESULTS, 'keys-restricted.png'), fullPage: true });
  await form.getByRole('button', { name: '取消' }).click();
  await expect(loanRow(restrictedKey.code)).toHaveCount(0);
});

test('two hours on, the loan is overdue; it comes back by scan with a remark', async ({ request }) => {
  await advanceDeskClock(request, 120);
  try {
    // The jump locked her screen (idle past the lock time); she signs in again.
    await signInAgain();
    await nav('钥匙借还').click();
    const row = loanRow(key.code);
    await expect(row).toHaveClass(/keys-loan-overdue/);
    await expect(row).toContainText('逾期');
    await page.getByLabel('只看逾期').check();
    await expect(row).toBeVisible();
    await page.screenshot({ path: path.join(RESULTS, 'keys-loans-overdue.png'), fullPage: true });

    // A scanner may send only the number: 123 is read as K-000123.
    await scanBox().fill(String(Number(key.code.slice(2))));
    await scanBox().press('Enter');
    await expect(page.locator('.keys-card')).toContainText('逾期');
    const form = page.getByRole('form', { name: '归还' });
    await form.getByLabel('钥匙状况备注').fill('完好，两把齐全');
    await form.getByRole('button', { name: '确认归还' }).click();
    await expect(page.getByRole('status')).toContainText(`已归还 ${key.code}（${KEY_NAME}），逾期归还`);
    await expect(loanRow(key.code)).toHaveCount(0);
  } finally {
    await advanceDeskClock(request, -120);
  }
  await signInAgain();
});

test('the statistics count the cabinet and print as 钥匙统计表', async () => {
  await nav('钥匙统计表').click();
  const row = page.locator('.keys-stats-table tbody tr', { hasText: CABINET });
  // Two copies of the roof key and one plant-room key, all back in the cabinet.
  await expect(page.locator('.keys-stats-table tbody tr', { hasText: CABINET })).toHaveCount(2);
  await expect(row.filter({ hasText: '公共区域' }).locator('td')).toHaveText(['公共区域', CABINET, '1', '2', '2', '0', '0']);
  await expect(page.locator('.keys-stats-total')).toContainText('合计');
  await page.screenshot({ path: path.join(RESULTS, 'keys-statistics.png'), fullPage: true });

  await page.getByRole('link', { name: '打印钥匙统计表' }).click();
  const paper = page.locator('.paper');
  await expect(paper.locator('.register-title')).toHaveText('钥匙统计表');
  const line = paper.locator('tr', { hasText: CABINET }).filter({ hasText: '公共区域' });
  await expect(line.locator('td')).toHaveText([/^\d+$/, '公共区域', CABINET, '1', '2', '2', '0', '0']);
  await expect(paper.locator('tr', { hasText: '合计' })).toHaveCount(1);
  await page.screenshot({ path: path.join(RESULTS, 'keys-statistics-print.png'), fullPage: true });
  await page.getByRole('button', { name: '返回' }).click();

  await page.getByRole('link', { name: '预览借用登记表' }).click();
  await expect(paper.locator('.register-title')).toHaveText('钥匙借用登记表');
  await expect(paper.locator('tr', { hasText: key.code })).toContainText(BORROWER.name);
  await page.screenshot({ path: path.join(RESULTS, 'keys-loans-print.png'), fullPage: true });
});

test('the cabinet lists the key as back in', async () => {
  await nav('钥匙柜').click();
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill(stamp);
  await search.press('Enter');
  const row = page.locator('.keys-table tbody tr', { hasText: key.code });
  await expect(row).toContainText('在柜');
  await expect(row).toContainText(`${CABINET} / A-07`);
  await page.screenshot({ path: path.join(RESULTS, 'keys-cabinet.png'), fullPage: true });
});
