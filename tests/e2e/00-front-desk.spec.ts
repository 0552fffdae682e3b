import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const FIXTURES = path.resolve('tests/fixtures');
const RESULTS = path.resolve('test-results');
const ADMIN = { username: 'admin', password: 'Admin2026desk' };
const RECEPTION = { username: 'lixia', displayName: '李霞', password: 'Qiantai2026' };

// Runs first (hence 00-): the first-run setup needs the fresh desk the harness starts with.
// One desk, one story: each step builds on the one before, in one browser tab (the session lives in it).
test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

async function login(username: string, password: string): Promise<void> {
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByLabel('用户名')).toBeFocused();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
}

test('first run: the administrator sets up the desk', async () => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: '首次使用：初始设置' })).toBeVisible();
  await expect(page.getByLabel('单位名称')).toBeFocused();
  await page.getByLabel('单位名称').fill('深圳市华景物业服务有限公司');
  await page.getByLabel('用户名').fill(ADMIN.username);
  await page.getByLabel('姓名').fill('系统管理员');
  await page.getByLabel('密码', { exact: true }).fill('short');
  await page.getByLabel('确认密码').fill('short');
  await page.getByRole('button', { name: '完成设置并登录' }).click();
  // Main refuses the weak password and the message lands under the password field.
  await expect(page.locator('.field-invalid .field-error')).toContainText('密码');

  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('确认密码').fill(ADMIN.password);
  await page.getByLabel('确认密码').press('Enter');
  await expect(page.locator('.topbar')).toContainText('深圳市华景物业服务有限公司');
  await expect(page.locator('.topbar')).toContainText('系统管理员');
  await expect(page.locator('.sidenav').getByRole('link', { name: '用户管理' })).toBeVisible();
});

test('the administrator creates a receptionist', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '用户管理' }).click();
  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('用户名')).toBeFocused();
  await dialog.getByLabel('用户名').fill(RECEPTION.username);
  await dialog.getByLabel('姓名').fill(RECEPTION.displayName);
  await dialog.getByLabel('前台接待员').check();
  await dialog.getByLabel('初始密码').fill(RECEPTION.password);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator('tr', { hasText: RECEPTION.username });
  await expect(row).toContainText(RECEPTION.displayName);
  await expect(row).toContainText('前台接待员');
  await page.screenshot({ path: path.join(RESULTS, 'users.png') });
});

test('the receptionist logs in and sees only her modules', async () => {
  await page.getByRole('button', { name: '退出登录' }).click();
  await login(RECEPTION.username, RECEPTION.password);
  await expect(page.locator('.topbar')).toContainText(RECEPTION.displayName);
  const nav = page.locator('.sidenav');
  await expect(nav.getByRole('link', { name: '住户名录' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '导入住户' })).toBeVisible();
  await expect(nav.getByRole('link', { name: '用户管理' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: '审计日志' })).toHaveCount(0);
});

test('the lock screen hides the desk until her password is typed again, also across a reload', async () => {
  await page.getByRole('button', { name: '锁屏' }).click();
  await expect(page.getByRole('heading', { name: '屏幕已锁定' })).toBeVisible();
  await expect(page.locator('.sidenav')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: '屏幕已锁定' })).toBeVisible();
  await page.getByLabel('密码', { exact: true }).fill('wrong-password1');
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await expect(page.getByRole('alert')).toContainText('密码不正确');
  await page.getByLabel('密码', { exact: true }).fill(RECEPTION.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await expect(page.locator('.topbar')).toContainText(RECEPTION.displayName);
});

test('she imports the directory file', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '导入住户' }).click();
  await page.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'directory-good.csv'));
  await expect(page.getByTestId('import-counts')).toHaveText('共 6 行：正确 6 行，错误 0 行');
  await expect(page.locator('.import-table')).toContainText('张三丰');
  await page.getByRole('button', { name: '导入', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('新增 6 条');
});

test('typing zs in the directory finds 张三 and 张三丰', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '住户名录' }).click();
  const search = page.getByRole('searchbox', { name: '搜索' });
  await expect(search).toBeFocused();
  await search.pressSequentially('zs', { delay: 30 });
  const table = page.locator('.data-table tbody');
  await expect(table).toContainText('张三丰');
  await expect(table.locator('tr', { hasText: /^3栋2单元1203张三业主/ })).toHaveCount(1);
  await expect(table).not.toContainText('王芳');
  await expect(table.locator('tr')).toHaveCount(2);
  fs.mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, 'directory.png') });

  // A barcode wedge types fast and ends with Enter: the search runs at once, with the latest text.
  await search.fill('');
  await search.pressSequentially('0802', { delay: 5 });
  await search.press('Enter');
  await expect(table.locator('tr')).toHaveCount(1);
  await expect(table).toContainText('陈建国');
});

test('the directory prints to an A4 PDF with page numbers', async () => {
  await page.getByRole('searchbox', { name: '搜索' }).fill('');
  await page.getByRole('link', { name: '打印 / 导出' }).click();
  await expect(page.locator('.paper .register-title')).toHaveText('住户名录');
  await expect(page.locator('.paper')).toContainText('张三丰');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
  const file = path.join(RESULTS, 'directory.pdf');
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('张三');
  expect(text).toContain('住户名录');
  // pdftotext drops the narrow spaces around CJK characters, so compare without whitespace.
  expect(text.replace(/\s+/g, '')).toContain('第1页/共1页');
});

test('she adds a building, a unit and an occupant; main\'s field errors land under the field', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '楼栋与房号' }).click();
  await page.getByRole('button', { name: '添加楼栋' }).click();
  let dialog = page.getByRole('dialog');
  await dialog.getByLabel('楼栋名称（如 3栋、A座）').fill('7栋');
  await dialog.getByLabel('楼栋名称（如 3栋、A座）').press('Enter');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '添加房号' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('单元（可空）').fill('1单元');
  await dialog.getByLabel('房号', { exact: true }).fill('0101');
  await dialog.getByLabel('房号', { exact: true }).press('Enter');
  await expect(page.locator('.pick-list').nth(1)).toContainText('7栋1单元0101');

  await page.locator('.sidenav').getByRole('link', { name: '住户名录' }).click();
  await page.getByRole('button', { name: '新增住户' }).click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('房号')).toBeFocused();
  await dialog.getByLabel('房号').selectOption({ label: '7栋1单元0101' });
  await dialog.getByLabel('姓名').fill('欧阳娜娜');
  await dialog.getByLabel('电话').fill('12345');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.locator('.field-invalid')).toContainText('电话号码格式不正确');
  await dialog.getByLabel('电话').fill('13512340000');
  await dialog.getByLabel('电话').press('Enter');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: '新增住户' }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('oyn');
  await expect(page.locator('.data-table tbody')).toContainText('欧阳娜娜');
  await search.fill('');
});

test('a file with bad rows shows them, refuses 导入 and imports only the valid rows when asked', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '导入住户' }).click();
  await page.locator('input[type=file]').setInputFiles(path.join(FIXTURES, 'directory-bad.csv'));
  await expect(page.getByTestId('import-counts')).toHaveText('共 7 行：正确 2 行，错误 5 行');
  const bad = page.locator('.import-table tr.row-error');
  await expect(bad).toHaveCount(5);
  await expect(bad.filter({ hasText: '赵敏' })).toContainText('楼栋不能为空');
  await expect(bad.filter({ hasText: '孙丽' })).toContainText('类型应为');
  await expect(bad.filter({ hasText: '周杰' })).toContainText('电话号码格式不正确');
  await expect(bad.filter({ hasText: '吴刚' })).toContainText('代收快递应填');
  await expect(page.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await page.screenshot({ path: path.join(RESULTS, 'import-errors.png') });

  await page.getByRole('button', { name: '仅导入正确的行' }).click();
  await expect(page.getByRole('status')).toContainText('新增 2 条');

  await page.locator('.sidenav').getByRole('link', { name: '住户名录' }).click();
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('刘洋');
  await expect(page.locator('.data-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.data-table tbody')).toContainText('3栋2单元1204');
  await search.fill('赵敏');
  await expect(page.locator('.data-table tbody')).toContainText('没有记录');
});

test('a slow answer to an older query never replaces the answer to a newer one', async () => {
  const slowQuery = '王';
  await page.route('**/api/directory.occupants.search', async (route) => {
    const body = route.request().postDataJSON() as { q?: string };
    if (body.q === slowQuery) await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const search = page.getByRole('searchbox', { name: '搜索' });
  const rows = page.locator('.data-table tbody tr');
  await search.fill(slowQuery);
  await page.waitForTimeout(400); // past the debounce: the slow request is on its way
  await search.fill('陈建国');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('陈建国');
  await page.waitForTimeout(1600); // the slow answer has arrived by now and must have been dropped
  await expect(rows).toHaveCount(1);
  await expect(page.locator('.data-table tbody')).not.toContainText('王芳');
  await page.unroute('**/api/directory.occupants.search');
});

test('the administrator verifies the audit trail and can switch the UI to English', async () => {
  await page.getByRole('button', { name: '退出登录' }).click();
  await login(ADMIN.username, ADMIN.password);
  await page.locator('.sidenav').getByRole('link', { name: '审计日志' }).click();
  await expect(page.locator('.data-table tbody')).toContainText('directory.import.commit');
  await page.getByRole('button', { name: '校验' }).click();
  await expect(page.getByRole('status')).toContainText('审计记录完整');

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.locator('.sidenav').getByRole('link', { name: 'Audit log' })).toBeVisible();
  await expect(page.locator('.topbar')).toContainText('Administrator');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN');
  await expect(page.locator('.sidenav').getByRole('link', { name: '审计日志' })).toBeVisible();
});

test('after the idle minutes set in 系统设置 the desk locks itself', async () => {
  await page.locator('.sidenav').getByRole('link', { name: '系统设置' }).click();
  await expect(page.getByLabel('单位名称')).toHaveValue('深圳市华景物业服务有限公司');
  await page.getByLabel('无操作自动锁屏（分钟）').fill('1');
  await page.getByLabel('无操作自动锁屏（分钟）').press('Enter');
  await expect(page.getByRole('status')).toContainText('已保存');

  await page.clock.install();
  await page.reload();
  await expect(page.locator('.topbar')).toBeVisible();
  await page.clock.fastForward('01:10');
  await expect(page.getByRole('heading', { name: '屏幕已锁定' })).toBeVisible();
  await page.getByLabel('密码', { exact: true }).fill(ADMIN.password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await expect(page.locator('.topbar')).toBeVisible();
});
