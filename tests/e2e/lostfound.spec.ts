import path from 'node:path';
import dayjs from 'dayjs';
import { chromium, expect, test, type Locator, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src-main/harness/chromium';
import type { LfItemRow, LfPlaceRow } from '../../src-shared/modules/lostfound';
import { advanceDeskClock, apiOk, ensureUser, loginAs, prepareDesk, signOn, STAFF_PASSWORD } from './support';

const RESULTS = path.resolve('test-results');
const DESK = { username: 'yangfan', name: '杨帆' };
const SECURITY = { username: 'songjia', name: '宋佳' };
const SERVICE = { username: 'kongwei', name: '孔伟' };
const GM = { username: 'caoyu', name: '曹宇' };

/** Run-unique features: the desk database is shared by every spec of a run and by reruns. */
const run = String(1000 + (Date.now() % 8000));
/** A 1×1 PNG: main checks the magic bytes, not the picture. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test.describe.configure({ mode: 'serial' });

let page: Page;

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
  await ensureUser(request, SECURITY.username, SECURITY.name, ['security_manager']);
  await ensureUser(request, SERVICE.username, SERVICE.name, ['service_manager']);
  await ensureUser(request, GM.username, GM.name, ['general_manager']);
  page = await browser.newPage();
  await loginAs(page, DESK.username);
});

test.afterAll(async () => {
  await page.close();
});

/** After a clock jump the screen may be locked: leave the lock screen, then sign in as `username`. */
async function signInAgain(username: string): Promise<void> {
  await page.goto('/');
  const leave = page.getByRole('button', { name: '退出并换人登录' });
  await expect(leave.or(page.getByRole('heading', { name: '登录' })).or(page.locator('.topbar'))).toBeVisible();
  if (await leave.isVisible()) await leave.click();
  await loginAs(page, username);
}

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });

/** Fills the intake dialog's common fields; the caller adds what is particular and submits. */
async function fillIntake(dialog: Locator, v: { name: string; category: string; features: string; foundPlace: string; finder: string }) {
  await dialog.getByLabel('物品名称').fill(v.name);
  await dialog.getByLabel('类别').selectOption({ label: v.category });
  await dialog.getByLabel(/^特征/).fill(v.features);
  await dialog.getByLabel('拾得地点', { exact: true }).fill(v.foundPlace);
  await dialog.getByLabel('拾得人姓名').fill(v.finder);
}

/** The item number from the notice "SW-…：name 已登记…". */
async function registeredNo(): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: '已登记' });
  await expect(status).toBeVisible();
  const no = (await status.textContent())?.match(/SW-\d{8}-\d{3}/)?.[0];
  expect(no).toBeTruthy();
  return no ?? '';
}

let phoneNo = '';
let foundDay = '';

test('a phone is taken in, matched to a lost report, handed over against a signature and shows on the register', async () => {
  test.setTimeout(120_000);
  await nav('失物招领').click();
  await page.getByRole('button', { name: '登记拾得物品' }).click();
  const intake = page.getByRole('dialog', { name: '登记拾得物品' });
  await fillIntake(intake, {
    name: '华为 Mate 60 黑色手机',
    category: '手机及电子产品',
    features: `背面右上角有裂纹，贴蓝色卡通贴纸，锁屏为海边照片（${run}）`,
    foundPlace: '3栋大堂',
    finder: '保洁员刘芳',
  });
  // Phones are high-value by default: safe only, counted on the spot by a second person.
  await expect(intake.getByRole('note')).toContainText('须存入保险箱');
  await expect(intake.getByLabel('存放处').locator('option')).toHaveText(['贵重物品保险箱（保险箱）']);
  await intake.getByLabel('复核人账号').fill(SECURITY.username);
  await intake.getByLabel('复核人密码').fill(STAFF_PASSWORD);
  await intake.locator('input[type=file]').setInputFiles({ name: 'phone.png', mimeType: 'image/png', buffer: PNG });
  await expect(intake.getByRole('img', { name: '物品照片' })).toBeVisible();
  await intake.getByRole('button', { name: '登记', exact: true }).click();
  phoneNo = await registeredNo();

  // The detail opens on the new item: photo, the second person's count, the history.
  let detail = page.getByRole('dialog', { name: `${phoneNo} 华为 Mate 60 黑色手机` });
  await expect(detail.getByTestId('lf-photo')).toBeVisible();
  await expect(detail.getByTestId('lf-facts')).toContainText(`复核清点${SECURITY.name}`);
  await expect(detail.getByTestId('lf-facts')).toContainText('贵重物品保险箱');
  await expect(detail.getByTestId('lf-events')).toContainText(`${SECURITY.name} 现场复核清点`);
  const facts = (await detail.getByTestId('lf-facts').textContent()) ?? '';
  foundDay = facts.match(/拾得(\d{4}-\d{2}-\d{2})/)?.[1] ?? '';
  expect(foundDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await page.screenshot({ path: path.join(RESULTS, 'lostfound-intake-detail.png'), fullPage: true });

  // The label: number as a barcode, where it is kept; never the features.
  await detail.getByRole('link', { name: '打印标签' }).click();
  const label = page.getByTestId('lf-label');
  await expect(label.locator(`[data-barcode="${phoneNo}"] svg`)).toHaveCount(1);
  await expect(label).toContainText('华为 Mate 60 黑色手机（手机及电子产品）');
  await expect(label).toContainText('贵重物品保险箱');
  await expect(label).not.toContainText('贴纸');
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByTestId('lf-row').filter({ hasText: phoneNo })).toContainText('保管中');

  // The 招领启事 lists it by name, date and place, without what verifies a claim.
  await page.getByRole('link', { name: '招领启事' }).click();
  const board = page.getByTestId('lf-notice');
  await expect(board.getByRole('heading', { name: '招领启事' })).toBeVisible();
  await expect(board.locator('tr').filter({ hasText: phoneNo })).toContainText('3栋大堂');
  await expect(board).not.toContainText('贴纸');
  await expect(board).not.toContainText('保洁员刘芳');
  await page.getByRole('button', { name: '返回' }).click();

  // 王建华 reports the loss; the report is matched to the phone.
  await nav('报失登记').click();
  const report = page.getByRole('form', { name: '登记报失' });
  await report.getByLabel('报失人').fill('王建华');
  await report.getByLabel('联系电话').fill('13812345678');
  await report.getByLabel('遗失物品').fill('华为手机');
  await report.getByLabel('类别').selectOption({ label: '手机及电子产品' });
  await report.getByLabel('遗失地点').fill('3栋大堂');
  await report.getByLabel('遗失日期').fill(foundDay);
  await report.getByLabel('描述').fill('黑色华为 Mate 60，背面贴蓝色卡通贴纸');
  await report.getByRole('button', { name: '登记报失' }).click();
  const reportNo = (await page.getByRole('status').textContent())?.match(/YS-\d{8}-\d{3}/)?.[0] ?? '';
  expect(reportNo).not.toBe('');
  const match = page.getByTestId('lf-match').filter({ hasText: phoneNo });
  await expect(match).toContainText('类别相同');
  await match.getByRole('button', { name: '详情' }).click();

  // The match shows the other way too, from the item.
  detail = page.getByRole('dialog', { name: `${phoneNo} 华为 Mate 60 黑色手机` });
  await expect(detail.getByTestId('lf-matches')).toContainText(reportNo);
  await expect(detail.getByTestId('lf-matches')).toContainText('王建华');

  // Someone describing another phone is refused; the reason is kept and the phone stays.
  await detail.getByRole('button', { name: '认领' }).click();
  let claim = page.getByRole('dialog', { name: `认领 ${phoneNo} 华为 Mate 60 黑色手机` });
  await expect(claim.getByTestId('claim-features')).toContainText('蓝色卡通贴纸');
  await claim.getByLabel('认领人姓名').fill('李伟');
  await claim.getByLabel('认领人电话').fill('13900001111');
  await claim.getByLabel(/^证件号码/).fill('11010519491231002X');
  await claim.getByLabel('认领人描述的物品').fill('白色苹果手机，无贴纸');
  await claim.getByLabel('不符，不予认领').check();
  await claim.getByLabel('不予认领的理由').fill('描述的品牌和颜色与登记特征不符');
  await claim.getByRole('button', { name: '记录不予认领' }).click();
  detail = page.getByRole('dialog', { name: `${phoneNo} 华为 Mate 60 黑色手机` });
  await expect(detail.getByTestId('lf-claims')).toContainText('未通过：描述的品牌和颜色与登记特征不符');
  await expect(detail.getByTestId('lf-facts')).toContainText('保管中');

  // 王建华 describes it, shows ID and signs with the mouse.
  await detail.getByRole('button', { name: '认领' }).click();
  claim = page.getByRole('dialog', { name: `认领 ${phoneNo} 华为 Mate 60 黑色手机` });
  await claim.getByLabel('认领人姓名').fill('王建华');
  await claim.getByLabel('认领人电话').fill('13812345678');
  await claim.getByLabel(/^证件号码/).fill('11010519491231002X');
  await claim.getByLabel('认领人描述的物品').fill('黑色华为 Mate 60，背面右上角裂了，贴蓝色卡通贴纸，锁屏是海边照片');
  const submit = claim.getByRole('button', { name: '签名领回' });
  await submit.click();
  await expect(claim.locator('.field-error')).toContainText('请认领人在签名板上签名');
  await signOn(page, claim.locator('canvas'));
  await submit.click();
  detail = page.getByRole('dialog', { name: `${phoneNo} 华为 Mate 60 黑色手机` });
  await expect(detail.getByRole('status')).toContainText(`${phoneNo} 已由 王建华 认领领回`);
  await expect(detail.getByTestId('lf-facts')).toContainText('已认领');
  await expect(detail.getByTestId('lf-claims')).toContainText('1101**********002X');
  await expect(detail.getByRole('button', { name: '认领' })).toHaveCount(0);
  await detail.getByRole('button', { name: '查看签名' }).click();
  await expect(detail.getByTestId('lf-claims').getByRole('img')).toBeVisible();
  await page.screenshot({ path: path.join(RESULTS, 'lostfound-claimed.png'), fullPage: true });
  await detail.getByRole('button', { name: '关闭' }).click();

  // 撿拾物品記錄表: the row with the claimant (masked ID) and the signature image.
  await nav('失物招领').click();
  await page.getByRole('tab', { name: '已认领' }).click();
  await expect(page.getByTestId('lf-row').filter({ hasText: phoneNo })).toContainText('王建华');
  await page.locator('input[name=registerFrom]').fill(foundDay);
  await page.locator('input[name=registerTo]').fill(foundDay);
  await page.getByRole('link', { name: '撿拾物品記錄表' }).click();
  await expect(page.locator('.register-title')).toHaveText('撿拾物品記錄表');
  const row = page.locator('.register-table tbody tr').filter({ hasText: phoneNo });
  await expect(row).toContainText('王建华 1101**********002X');
  await expect(row).toContainText('华为 Mate 60 黑色手机（手机及电子产品）');
  await expect(row.locator('img.register-image')).toBeVisible();
  expect(await row.locator('img.register-image').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(RESULTS, 'lostfound-register.png'), fullPage: true });
});

test('cash is refused without the second person, accepted with the count, and the security manager is alerted', async () => {
  await nav('失物招领').click();
  await page.getByRole('button', { name: '登记拾得物品' }).click();
  const intake = page.getByRole('dialog', { name: '登记拾得物品' });
  await fillIntake(intake, {
    name: '现金（白色信封装）',
    category: '现金及贵重物品',
    features: `信封上写有"物业费"字样，内有百元钞（${run}）`,
    foundPlace: '地下车库B2电梯口',
    finder: '李娜',
  });
  await intake.getByLabel('拾得人', { exact: true }).selectOption({ label: '访客' });
  await intake.getByLabel('拾得人电话').fill('13698765432');
  await intake.getByLabel('清点现金金额（元）').fill('1200');
  const submit = intake.getByRole('button', { name: '登记', exact: true });
  await submit.click();
  await expect(intake.getByText('贵重物品须由另一位员工现场复核清点')).toBeVisible();
  await page.screenshot({ path: path.join(RESULTS, 'lostfound-intake-refused.png'), fullPage: true });
  await expect(page.getByRole('status').filter({ hasText: '已登记' })).toHaveCount(0);

  // Her own account does not count as the second person.
  await intake.getByLabel('复核人账号').fill(DESK.username);
  await intake.getByLabel('复核人密码').fill(STAFF_PASSWORD);
  await submit.click();
  await expect(intake.getByText('复核人不能是经办人本人')).toBeVisible();

  await intake.getByLabel('复核人账号').fill(SECURITY.username);
  await submit.click();
  const cashNo = await registeredNo();
  const detail = page.getByRole('dialog', { name: new RegExp(cashNo) });
  await expect(detail.getByTestId('lf-facts')).toContainText('¥1200.00');
  await expect(detail.getByTestId('lf-facts')).toContainText(SECURITY.name);
  await detail.getByRole('button', { name: '关闭' }).click();

  // The security manager sees the alert and acknowledges it.
  await loginAs(page, SECURITY.username);
  await nav('贵重失物通报').click();
  const alert = page.getByTestId('lf-alert').filter({ hasText: cashNo });
  await expect(alert).toContainText('现金（白色信封装）');
  await expect(alert).toContainText('现金 ¥1200.00');
  await page.screenshot({ path: path.join(RESULTS, 'lostfound-alert.png'), fullPage: true });
  await alert.getByRole('button', { name: '已知悉' }).click();
  await expect(alert).toHaveCount(0);
  // The security manager keeps the places: the valuables safe is one.
  await nav('失物招领设置').click();
  await expect(page.locator('.lf-table tr').filter({ hasText: '贵重物品保险箱' })).toContainText('保险箱');
  await expect(page.getByLabel('撿拾物品記錄表 表号（空则不印）')).toBeVisible();
  // The customer-service manager's copy is still there for him.
  await loginAs(page, SERVICE.username);
  await nav('贵重失物通报').click();
  await expect(page.getByTestId('lf-alert').filter({ hasText: cashNo })).toHaveCount(1);
});

test('an ID card is found by search, moved to the safe and handed to the police station with officer and unit', async () => {
  await loginAs(page, DESK.username);
  await nav('失物招领').click();
  await page.getByRole('button', { name: '登记拾得物品' }).click();
  const intake = page.getByRole('dialog', { name: '登记拾得物品' });
  await fillIntake(intake, { name: `居民身份证（陈志强）${run}`, category: '证件类', features: '证件号尾号 0018，照片为短发男性', foundPlace: '2栋电梯厅', finder: '保安员张强' });
  await expect(intake.getByRole('note')).toHaveCount(0);
  await intake.getByLabel('存放处').selectOption({ label: '保安部' });
  await intake.getByRole('button', { name: '登记', exact: true }).click();
  const cardNo = await registeredNo();
  await page.getByRole('dialog', { name: new RegExp(cardNo) }).getByRole('button', { name: '关闭' }).click();

  // Found again by the name on it; a search for something else does not list it.
  const row = page.getByTestId('lf-row').filter({ hasText: cardNo });
  await page.getByRole('searchbox').fill('雨伞');
  await expect(row).toHaveCount(0);
  await page.getByRole('searchbox').fill('陈志强');
  await expect(row).toContainText('证件类');
  await row.getByRole('button', { name: '详情' }).click();
  let detail = page.getByRole('dialog', { name: new RegExp(cardNo) });
  await expect(detail.getByTestId('lf-facts')).toContainText(/应于此前移交公安\d{4}-\d{2}-\d{2}/);

  await detail.getByRole('button', { name: '移库' }).click();
  const move = page.getByRole('dialog', { name: `移库 ${cardNo}` });
  await move.getByLabel('移至').selectOption({ label: '贵重物品保险箱（保险箱）' });
  await move.getByLabel('说明').fill('证件集中存放，待移交派出所');
  await move.getByRole('button', { name: '移库' }).click();
  detail = page.getByRole('dialog', { name: new RegExp(cardNo) });
  await expect(detail.getByTestId('lf-events')).toContainText('保安部 → 贵重物品保险箱（证件集中存放，待移交派出所）');

  await detail.getByRole('button', { name: '移交' }).click();
  const transfer = page.getByRole('dialog', { name: new RegExp(`移交 ${cardNo}`) });
  await transfer.getByRole('button', { name: '确认移交' }).click();
  await expect(transfer.locator('.field-error').first()).toBeVisible();
  await transfer.getByLabel('接收人', { exact: true }).fill('刘警官');
  await transfer.getByLabel(/^接收单位/).fill('华景派出所');
  await transfer.getByRole('button', { name: '确认移交' }).click();
  detail = page.getByRole('dialog', { name: new RegExp(cardNo) });
  await expect(detail.getByTestId('lf-facts')).toContainText('已移交');
  await expect(detail.getByTestId('lf-facts')).toContainText('华景派出所 刘警官');
  await expect(detail.getByRole('button', { name: '移交' })).toHaveCount(0);
  await detail.getByRole('button', { name: '关闭' }).click();
  await page.getByRole('tab', { name: '已移交' }).click();
  await expect(row).toContainText('已移交');
});

test('an expired cake: the general manager decides, the desk carries it out', async ({ request }) => {
  const token = await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
  const places = await apiOk<LfPlaceRow[]>(request, 'lostfound.places.list', {}, token);
  const office = places.find((p) => p.kind === 'ordinary' && p.active) as LfPlaceRow;
  const cake = await apiOk<LfItemRow>(
    request,
    'lostfound.intake',
    { name: '生日蛋糕', category: 'food', features: `蓝色礼盒，卡片写"祝妈妈生日快乐"（${run}）`, foundPlace: '5栋电梯厅', finderKind: 'staff', finderName: '保安员张强', placeId: office.id },
    token,
  );
  // Food is kept one day: 25 hours on it is past its keeping period.
  await advanceDeskClock(request, 25 * 60);
  try {
    await signInAgain(GM.username);
    await nav('失物期满处置').click();
    const row = page.getByTestId('lf-expired-row').filter({ hasText: cake.itemNo });
    await expect(row).toContainText('待总经理决定');
    await expect(row.getByRole('button', { name: '执行' })).toHaveCount(0);
    await row.getByRole('button', { name: '决定处置' }).click();
    const decide = page.getByRole('dialog', { name: `决定处置 ${cake.itemNo} 生日蛋糕` });
    await decide.getByLabel('处置方式').selectOption({ label: '销毁' });
    await decide.getByLabel('决定说明').fill('食品已过保管期，变质不宜食用，按规定销毁');
    await decide.getByRole('button', { name: '决定', exact: true }).click();
    await expect(row).toContainText(`销毁（${GM.name}`);
    await expect(row.getByRole('button', { name: '决定处置' })).toHaveCount(0);

    await loginAs(page, DESK.username);
    await nav('失物期满处置').click();
    await expect(row).toContainText('食品已过保管期');
    await expect(row.getByRole('button', { name: '决定处置' })).toHaveCount(0);
    await row.getByRole('button', { name: '执行' }).click();
    const execute = page.getByRole('dialog', { name: `执行处置 ${cake.itemNo} 生日蛋糕：销毁` });
    await execute.getByLabel('接收人', { exact: true }).fill('保洁员刘芳');
    await execute.getByLabel('说明', { exact: true }).fill('与保安员张强共同销毁');
    await signOn(page, execute.locator('canvas'));
    await execute.getByRole('button', { name: '确认已执行' }).click();
    await expect(page.getByRole('status')).toContainText(`${cake.itemNo} 已处理`);
    await expect(row).toHaveCount(0);
    await page.screenshot({ path: path.join(RESULTS, 'lostfound-expired.png'), fullPage: true });

    const after = await apiOk<{ item: LfItemRow }>(request, 'lostfound.get', { id: cake.id }, await ensureUser(request, DESK.username, DESK.name, ['receptionist']));
    expect(after.item).toMatchObject({ status: 'disposed', decision: { method: 'destroy', decidedBy: GM.name, executedBy: DESK.name }, handover: { receiverName: '保洁员刘芳', hasSignature: true } });
    expect(dayjs(after.item.decision?.executedAt).isAfter(dayjs(cake.expiresAt))).toBe(true);
  } finally {
    await advanceDeskClock(request, -25 * 60);
  }
  await signInAgain(DESK.username);
});

test('where the machine has a camera, the photo is taken with it', async ({ baseURL }) => {
  // A browser of its own with Chromium's fake camera (a test pattern), the permission granted.
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...options, args: [...(options.args ?? []), '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'] });
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', permissions: ['camera'] });
    const cam = await context.newPage();
    await loginAs(cam, DESK.username);
    await cam.locator('.sidenav').getByRole('link', { name: '失物招领', exact: true }).click();
    await cam.getByRole('button', { name: '登记拾得物品' }).click();
    const intake = cam.getByRole('dialog', { name: '登记拾得物品' });
    await fillIntake(intake, { name: '黑色双肩包', category: '箱包', features: `侧袋有水杯，拉链挂小熊挂件（${run}）`, foundPlace: '1栋会议室', finder: '保洁员刘芳' });
    await intake.getByRole('button', { name: '拍照' }).click();
    const video = intake.locator('video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBeGreaterThan(0);
    await intake.getByRole('button', { name: '拍下' }).click();
    await expect(intake.locator('video')).toHaveCount(0);
    await expect(intake.getByRole('img', { name: '物品照片' })).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
    await intake.getByRole('button', { name: '登记', exact: true }).click();
    const status = cam.getByRole('status').filter({ hasText: '已登记' });
    await expect(status).toBeVisible();
    const no = (await status.textContent())?.match(/SW-\d{8}-\d{3}/)?.[0] ?? '';
    const detail = cam.getByRole('dialog', { name: new RegExp(no) });
    await expect(detail.getByTestId('lf-photo')).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
    await cam.screenshot({ path: path.join(RESULTS, 'lostfound-camera.png'), fullPage: true });
    await context.close();
  } finally {
    await browser.close();
  }
});
