import fs from 'node:fs';
import path from 'node:path';
import dayjs from 'dayjs';
import { expect, test, type Page } from '@playwright/test';
import type { HomeCounts } from '../../src-shared/modules/home';
import { checkDigit } from '../../src-shared/rules/id-number';
import { apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk, STAFF_PASSWORD } from './support';

const RESULTS = path.resolve('test-results');

// One desk, one shift: 韩雪 checks in a visitor, signs for a parcel and lends a key, sees it all on the home screen,
// hands over to 冯洁, who counts and confirms with her own password; the duty log prints the handover.
test.describe.configure({ mode: 'serial' });

const RUN = String(Date.now()).slice(-7);
const VISITOR_17 = `44030519870615${RUN.slice(-3)}`;
const VISITOR = { name: '黄志明', id: VISITOR_17 + checkDigit(VISITOR_17), phone: '13760001234' };
const OCCUPANT = { building: '8栋', entrance: '1单元', room: '0602', name: '郑晓燕', phone: '13760000602' };
const PARCEL = `SF661234${RUN}`;
const KEY_NAME = `8栋天台门钥匙 ${RUN}`;
const BORROWER = { name: '陈国平', phone: '13922226666', idTail: '531X', company: '深圳市安达电梯维保有限公司' };

let page: Page;
let keyCode = '';
let hanxueToken = '';

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });
const statusWith = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

async function shot(name: string): Promise<void> {
  await fs.promises.mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, name), fullPage: true });
}

test.beforeAll(async ({ browser, request }) => {
  // The first check of a fresh harness builds the renderer: give the whole setup time.
  test.setTimeout(120_000);
  await prepareDesk(request);
  hanxueToken = await ensureUser(request, 'hanxue', '韩雪', ['receptionist']);
  await ensureUser(request, 'fengjie', '冯洁', ['receptionist']);
  await ensureUser(request, 'tianye', '田野', ['security_manager']);
  const { unitId, occupantId } = await ensureOccupant(request, hanxueToken, OCCUPANT);
  await apiOk(request, 'directory.occupants.save', { id: occupantId, unitId, name: OCCUPANT.name, kind: 'owner', phone: OCCUPANT.phone, parcelConsent: true }, hanxueToken);
  const key = await apiOk<{ code: string }>(request, 'keys.save', { name: KEY_NAME, category: 'public_area', place: '8栋天台', cabinet: `西门柜${RUN}`, allowOutside: true }, hanxueToken);
  keyCode = key.code;
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

test('韩雪 checks in a visitor, signs for a parcel and lends a key', async () => {
  await loginAs(page, 'hanxue');
  await nav('访客登记').click();
  await page.getByRole('combobox', { name: '姓名' }).fill(VISITOR.name);
  await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
  await page.getByLabel('证件号码').fill(VISITOR.id);
  await page.getByLabel('电话', { exact: true }).fill(VISITOR.phone);
  await page.getByLabel('事由').fill('看望亲友');
  await page.getByLabel('被访房号/住户').fill('8栋1单元0602');
  await page.getByRole('option', { name: /^8栋1单元0602 郑晓燕/ }).click();
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(statusWith(new RegExp(`已登记 FK-\\d{8}-\\d{4} ${VISITOR.name}`))).toBeVisible();

  await nav('快递签收').click();
  await page.getByRole('button', { name: '单件签收（不建批次）' }).click();
  const scanBox = page.getByRole('textbox', { name: '运单号', exact: true });
  await expect(scanBox).toBeFocused();
  await page.keyboard.type(PARCEL);
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('快递公司')).toHaveValue('SF');
  await expect(page.getByRole('searchbox', { name: '收件人' })).toBeFocused();
  await page.keyboard.type('郑晓燕');
  const matches = page.getByRole('listbox', { name: '收件人' }).getByRole('option');
  await expect(matches.first()).toHaveText(/郑晓燕/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: '签收', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(statusWith(`已签收 ${PARCEL}`)).toBeVisible();

  await nav('钥匙借还').click();
  const scanKey = page.getByLabel('钥匙牌号');
  await expect(scanKey).toBeFocused();
  await scanKey.fill(keyCode);
  await scanKey.press('Enter');
  await expect(page.locator('.keys-card')).toContainText(KEY_NAME);
  const form = page.getByRole('form', { name: '借出' });
  await form.getByLabel('姓名').fill(BORROWER.name);
  await form.getByLabel('电话').fill(BORROWER.phone);
  await form.getByLabel('证件号后四位').fill(BORROWER.idTail);
  await form.getByLabel('单位').fill(BORROWER.company);
  await form.getByLabel('事由').fill('电梯机房例行维保');
  await form.getByLabel('预计归还时间').fill(dayjs().add(2, 'hour').format('YYYY-MM-DDTHH:mm'));
  await form.getByRole('button', { name: '借出' }).click();
  await expect(statusWith(`已借出 ${keyCode}`)).toBeVisible();
});

test('the home screen counts what is open, each tile opening its list', async ({ request }) => {
  await nav('首页').click();
  const counts = (await apiOk<HomeCounts>(request, 'home.counts', {}, hanxueToken)).counts;
  expect(counts.visitorsOnSite).toBeGreaterThanOrEqual(1);
  expect(counts.parcelsWaiting).toBeGreaterThanOrEqual(1);
  expect(counts.keysOut).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('count-keysOut')).toContainText(`借出钥匙${counts.keysOut}`);
  await expect(page.getByTestId('count-parcelsWaiting')).toContainText(`待取快递${counts.parcelsWaiting}`);
  await expect(page.getByTestId('count-handoverPending')).toContainText('交班报告待接班确认0');
  // A receptionist is not told about high-value alerts or archive approvals: not her lists.
  await expect(page.getByTestId('count-foundAlerts')).toHaveCount(0);
  await expect(page.getByTestId('count-archiveApprovals')).toHaveCount(0);
  await shot('shift-home.png');
  await page.getByTestId('count-keysOut').click();
  await expect(page).toHaveURL(/\/keys\/loans$/);
  await expect(page.locator('body')).toContainText(keyCode);
});

test('韩雪 hands over; 冯洁 counts, records a difference and confirms with her own password', async () => {
  await nav('交接班').click();
  const report = page.getByRole('form', { name: '交班报告' });
  await expect(report.getByRole('table', { name: '交班报告' })).toContainText(`${keyCode} ${KEY_NAME}（${BORROWER.name}`);
  await expect(report).toContainText(`${VISITOR.name}（8栋1单元0602）`);
  const keysReported = Number(await report.getByTestId('reported-keys_out').textContent());
  await report.getByLabel('待办事项（每行一项）').fill('8栋电梯异响，已报工程部\n郑晓燕 的快递明早来取');
  await report.getByLabel('交班说明').fill('夜班平稳');
  await report.getByRole('button', { name: '提交交班报告' }).click();
  await expect(statusWith(/交班报告 JB-\d{8}-\d{3} 已提交/)).toBeVisible();
  const pending = page.locator('.handover-pending');
  await expect(pending).toContainText('交班人 韩雪');
  await expect(pending).toContainText('8栋电梯异响，已报工程部；郑晓燕 的快递明早来取');

  await pending.getByRole('button', { name: '接班确认' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(`借出钥匙（交班数 ${keysReported}）`).fill(String(keysReported - 1));
  // Her own name on the handover is refused: it takes two people.
  await dialog.getByLabel('接班人账号').fill('hanxue');
  await dialog.getByLabel('接班人密码').fill(STAFF_PASSWORD);
  await dialog.getByRole('button', { name: '确认接班' }).click();
  await expect(dialog.getByText(`交班数 ${keysReported}，清点数 ${keysReported - 1}，请注明差异原因`)).toBeVisible();
  await dialog.getByLabel('借出钥匙 差异说明').fill(`${KEY_NAME} 已挂回柜内，未办归还`);
  await dialog.getByLabel('接班人密码').fill(STAFF_PASSWORD);
  await dialog.getByRole('button', { name: '确认接班' }).click();
  await expect(dialog.getByText('接班人不能是交班人本人')).toBeVisible();
  await dialog.getByLabel('接班人账号').fill('fengjie');
  await dialog.getByLabel('接班人密码').fill('wrong-password');
  await dialog.getByRole('button', { name: '确认接班' }).click();
  await expect(dialog.getByText('账号或密码不正确，或不是前台接待员')).toBeVisible();
  await dialog.getByLabel('接班人密码').fill(STAFF_PASSWORD);
  await shot('shift-handover-confirm.png');
  await dialog.getByRole('button', { name: '确认接班' }).click();
  await expect(statusWith(/JB-\d{8}-\d{3} 已由 冯洁 确认接班/)).toBeVisible();
  const row = page.locator('table tbody tr', { hasText: '冯洁' }).first();
  await expect(row).toContainText('已确认');
  await expect(row).toContainText(`借出钥匙 ${keysReported}→${keysReported - 1}（${KEY_NAME} 已挂回柜内，未办归还）`);
});

test('the duty log of the day prints the handover', async () => {
  await page.getByRole('link', { name: '打印值班日志' }).click();
  const sheet = page.locator('.register');
  await expect(sheet.locator('.register-title')).toHaveText('值班日志');
  const no = /JB-(\d{4})(\d{2})(\d{2})-\d{3}/.exec((await sheet.textContent()) ?? '');
  expect(no).not.toBeNull();
  // The period is the handover's day.
  await expect(sheet.locator('.register-meta')).toContainText(`${no?.[1]}-${no?.[2]}-${no?.[3]}`);
  await expect(sheet).toContainText('韩雪');
  await expect(sheet).toContainText('冯洁');
  await expect(sheet).toContainText(`${KEY_NAME} 已挂回柜内，未办归还`);
  await expect(sheet).toContainText('8栋电梯异响，已报工程部');
  await shot('shift-duty-log.png');
  const pdf = path.join(RESULTS, 'shift-duty-log.pdf');
  fs.writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));

  // The security manager reads the handovers too, but does not hand over.
  await loginAs(page, 'tianye');
  await nav('交接班').click();
  await expect(page.locator('table tbody tr', { hasText: '冯洁' }).first()).toContainText('已确认');
  await expect(page.getByRole('form', { name: '交班报告' })).toHaveCount(0);
});
