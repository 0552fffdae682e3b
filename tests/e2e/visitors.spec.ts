import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { checkDigit } from '../../src-shared/rules/id-number';
import { advanceDeskClock, apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk, STAFF_PASSWORD } from './support';

const RESULTS = path.resolve('test-results');
const VISIT_NO = /FK-\d{8}-\d{4}/;

const WANG = { name: '王建华', id: '110101199003078670', masked: '1101**********8670', phone: '13800138000', company: '华为技术有限公司', plate: '粤BD12345' };
const CHEN = { name: '陈静', id: '440308199901101513' };
const PASS_HOLDER = { name: '周建国', id: '440304199203052420', phone: '13512345678' };
const LIU = { name: '刘强', id: '440305198506123515', reason: '多次在小区内滋事' };
const SUN = { name: '孙悦', id: '440524188001010014' };

// One desk, one story: each step builds on the one before, in one browser tab (the session lives in it).
test.describe.configure({ mode: 'serial' });

let page: Page;
let wangVisitNo = '';
let passNumber = '';

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const desk = await ensureUser(request, 'qianmei', '钱梅', ['receptionist']);
  const manager = await ensureUser(request, 'zhaogang', '赵刚', ['security_manager']);
  await ensureOccupant(request, desk, { building: '3栋', entrance: '2单元', room: '1203', name: '张伟', phone: '13912341203' });
  const b5 = await ensureOccupant(request, desk, { building: '5栋', entrance: '1单元', room: '0801', name: '李娜', phone: '13712340801' });
  const today = new Date();
  const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const pass = await apiOk<{ number: string }>(
    request,
    'passes.issue',
    {
      holderName: PASS_HOLDER.name, idType: 'resident_id', idNumber: PASS_HOLDER.id, phone: PASS_HOLDER.phone, company: '光明乳业',
      category: 'milk', validFrom: iso(today), validTo: iso(new Date(today.getTime() + 30 * 86_400_000)), buildingIds: [b5.buildingId],
    },
    desk,
  );
  passNumber = pass.number;
  const listed = await apiOk<{ name: string }[]>(request, 'visitors.blocklist.list', { q: LIU.name }, manager);
  if (!listed.some((r) => r.name === LIU.name)) {
    await apiOk(request, 'visitors.blocklist.save', { name: LIU.name, idType: 'resident_id', idNumber: LIU.id, reason: LIU.reason }, manager);
  }
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });
const nameBox = () => page.getByRole('combobox', { name: '姓名' });
const submitButton = () => page.getByRole('button', { name: '登记', exact: true });
const statusWith = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

/** Picks the host through the directory picker: type, then the suggestion with the occupant's name. */
async function pickHost(query: string, option: RegExp): Promise<void> {
  await page.getByLabel('被访房号/住户').fill(query);
  await page.getByRole('option', { name: option }).click();
}

async function visitNoIn(locator: Locator): Promise<string> {
  const match = VISIT_NO.exec((await locator.textContent()) ?? '');
  if (!match) throw new Error('no visit number shown');
  return match[0];
}

test('the receptionist registers a visitor and the slip shows the barcode and a masked ID', async () => {
  await loginAs(page, 'qianmei');
  await nav('访客登记').click();
  await expect(nameBox()).toBeFocused();
  await expect(page.getByTestId('onsite-count')).toContainText('在场');

  await nameBox().fill(WANG.name);
  await page.getByLabel('证件类型').selectOption({ label: '居民身份证' });
  await page.getByLabel('证件号码').fill(WANG.id);
  await page.getByLabel('电话', { exact: true }).fill(WANG.phone);
  await page.getByLabel('单位', { exact: true }).fill(WANG.company);
  await page.getByLabel('车牌').fill(WANG.plate);
  await page.getByLabel('事由').fill('商务洽谈');
  await pickHost('3栋2单元1203', /^3栋2单元1203 张伟/);
  await expect(page.getByTestId('picked-host')).toContainText('3栋2单元1203 张伟');
  await page.getByLabel('打印访客单').check();
  await fs.promises.mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, 'visitors-checkin.png') });
  await submitButton().click();

  // Ticked 打印访客单: straight to the slip.
  const barcode = page.locator('[data-barcode^="FK-"]');
  await expect(barcode).toBeVisible();
  wangVisitNo = (await barcode.getAttribute('data-barcode')) ?? '';
  expect(wangVisitNo).toMatch(VISIT_NO);
  const slip = page.locator('.visit-slip');
  await expect(slip).toContainText('访客单');
  await expect(slip).toContainText(WANG.name);
  await expect(slip).toContainText(WANG.masked);
  await expect(slip).not.toContainText(WANG.id);
  await expect(slip).toContainText('3栋2单元1203 张伟');
  await expect(slip).toContainText('钱梅');
  await page.screenshot({ path: path.join(RESULTS, 'visitors-slip.png') });
  const slipPdf = path.join(RESULTS, 'visitors-slip.pdf');
  fs.writeFileSync(slipPdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const slipText = execFileSync('pdftotext', ['-layout', slipPdf, '-'], { encoding: 'utf8' });
  expect(slipText).toContain(WANG.name);
  // The slip is one small receipt page, not an A4 sheet.
  expect(slipText.split('\f').filter((p) => p.trim()).length).toBe(1);

  await page.getByRole('button', { name: '返回' }).click();
  await expect(nameBox()).toBeFocused();
});

test('an ID number failing its check is registered with a written verification note', async () => {
  // An empty form marks everything missing at once.
  await submitButton().click();
  await expect(page.locator('.field-invalid')).toHaveCount(3);
  await expect(page.locator('.field-invalid').filter({ hasText: '请选择被访房号或住户' })).toHaveCount(1);

  await nameBox().fill(CHEN.name);
  await page.getByLabel('证件号码').fill(CHEN.id);
  await page.getByLabel('事由').fill('送货');
  await pickHost('李娜', /^5栋1单元0801 李娜/);
  await submitButton().click();

  await expect(page.getByRole('alert').filter({ hasText: '证件号码未通过校验' }).first()).toBeVisible();
  await expect(page.getByText('校验位不正确').first()).toBeVisible();
  const note = page.getByLabel('核实说明');
  await expect(note).toBeFocused();
  await page.getByRole('button', { name: '确认无误，登记' }).click();
  await expect(page.getByText('请写明核实说明')).toBeVisible();
  await note.fill('已查看身份证原件，与本人相符');
  await page.screenshot({ path: path.join(RESULTS, 'visitors-id-warning.png') });
  await page.getByRole('button', { name: '确认无误，登记' }).click();

  await expect(statusWith(new RegExp(`已登记 FK-\\d{8}-\\d{4} ${CHEN.name}`))).toBeVisible();
  // The form is empty again and ready for the next visitor.
  await expect(nameBox()).toBeFocused();
  await expect(nameBox()).toHaveValue('');
  await expect(page.getByLabel('证件号码')).toHaveValue('');
  await expect(page.getByLabel('核实说明')).toHaveCount(0);
});

test('a blocklisted visitor is refused; only a manager on the spot lets them in', async () => {
  await nameBox().fill(LIU.name);
  await page.getByLabel('证件号码').fill(LIU.id);
  await page.getByLabel('事由').fill('探亲访友');
  await pickHost('3栋2单元1203', /^3栋2单元1203 张伟/);
  await submitButton().click();

  let dialog = page.getByRole('dialog', { name: '黑名单访客：不得登记' });
  await expect(dialog).toContainText(`${LIU.name} 在访客黑名单中`);
  await expect(dialog).toContainText(LIU.reason);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusWith(LIU.name)).toHaveCount(0);

  await submitButton().click();
  dialog = page.getByRole('dialog', { name: '黑名单访客：不得登记' });
  await expect(dialog.getByLabel('经理用户名')).toBeFocused();
  await dialog.getByLabel('经理用户名').fill('zhaogang');
  await dialog.getByLabel('经理密码').fill('not-his-password1');
  await dialog.getByLabel('放行理由').fill('业主张伟到前台当面担保');
  await dialog.getByRole('button', { name: '经理授权放行' }).click();
  await expect(dialog).toContainText('经理账号或密码不正确');
  await page.screenshot({ path: path.join(RESULTS, 'visitors-blocked.png') });

  // The receptionist's own credential is not a manager's.
  await dialog.getByLabel('经理用户名').fill('qianmei');
  await dialog.getByLabel('经理密码').fill(STAFF_PASSWORD);
  await dialog.getByRole('button', { name: '经理授权放行' }).click();
  await expect(dialog.getByRole('alert').filter({ hasText: '未登记' })).toBeVisible();

  await dialog.getByLabel('经理用户名').fill('zhaogang');
  await dialog.getByLabel('经理密码').fill(STAFF_PASSWORD);
  await dialog.getByRole('button', { name: '经理授权放行' }).click();
  await expect(dialog).toBeHidden();
  await expect(statusWith(new RegExp(`已登记 FK-\\d{8}-\\d{4} ${LIU.name}`))).toBeVisible();
});

test('who is on site is listed by building, and the evacuation list prints to a one-page PDF', async () => {
  await page.getByTestId('onsite-count').click();
  const scan = page.getByRole('searchbox', { name: '扫描访客单条码或输入访客编号' });
  await expect(scan).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^在场 \d+ 批 \d+ 人$/);
  const b3 = page.getByRole('region', { name: /^3栋：/ });
  const b5 = page.getByRole('region', { name: /^5栋：/ });
  await expect(b3.locator('tr', { hasText: WANG.name })).toContainText(wangVisitNo);
  await expect(b3.locator('tr', { hasText: WANG.name })).toContainText(WANG.plate);
  await expect(b3).toContainText(LIU.name);
  await expect(b5).toContainText(CHEN.name);
  await page.screenshot({ path: path.join(RESULTS, 'visitors-onsite.png'), fullPage: true });

  await page.getByRole('link', { name: '打印疏散清点表' }).click();
  await expect(page.locator('.paper .register-title')).toHaveText('在场人员疏散清点表');
  await expect(page.locator('.paper')).toContainText(WANG.name);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 PDF' }).click()]);
  const file = path.join(RESULTS, 'visitors-evacuation.pdf');
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain('在场人员疏散清点表');
  expect(flat).toContain(WANG.name);
  expect(flat).toContain(CHEN.name);
  expect(flat).toContain('第1页/共1页');
  await page.getByRole('button', { name: '返回' }).click();
  await expect(scan).toBeFocused();
});

test('visitors sign out by the scanned visit number and by the 签离 button', async () => {
  const scan = page.getByRole('searchbox', { name: '扫描访客单条码或输入访客编号' });
  const b3 = page.getByRole('region', { name: /^3栋：/ });
  // A keyboard-wedge scanner types the number and Enter.
  await scan.pressSequentially(wangVisitNo, { delay: 5 });
  await scan.press('Enter');
  await expect(statusWith(`已签离 ${wangVisitNo} ${WANG.name}`)).toBeVisible();
  await expect(scan).toHaveValue('');
  await expect(scan).toBeFocused();
  await expect(b3).not.toContainText(WANG.name);

  // Scanning the same slip again is refused, prominently.
  await scan.fill(wangVisitNo);
  await scan.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '不能重复签离' })).toBeVisible();
  await scan.fill('');

  const chenRow = page.getByRole('region', { name: /^5栋：/ }).locator('tr', { hasText: CHEN.name });
  const chenNo = await visitNoIn(chenRow);
  await chenRow.getByRole('button', { name: '签离' }).click();
  await expect(statusWith(`已签离 ${chenNo} ${CHEN.name}`)).toBeVisible();
  await expect(page.locator('.visit-group').getByText(CHEN.name)).toHaveCount(0);
});

test('a returning visitor is checked in in at most five actions', async () => {
  await nav('访客登记').click();
  await expect(nameBox()).toBeFocused();

  let actions = 0;
  await nameBox().fill('wjh');
  actions++;
  await page.getByRole('option', { name: new RegExp(`^${WANG.name}`) }).click();
  actions++;
  // Filled from the last visit: the ID stays on file (masked), the host and purpose come back.
  await expect(nameBox()).toHaveValue(WANG.name);
  await expect(page.getByLabel('证件号码')).toHaveValue('');
  await expect(page.getByText(`已存档 ${WANG.masked}，留空即沿用`)).toBeVisible();
  await expect(page.getByLabel('电话', { exact: true })).toHaveValue(WANG.phone);
  await expect(page.getByLabel('单位', { exact: true })).toHaveValue(WANG.company);
  await expect(page.getByLabel('车牌')).toHaveValue(WANG.plate);
  await expect(page.getByLabel('事由')).toHaveValue('商务洽谈');
  await expect(page.getByTestId('picked-host')).toContainText('3栋2单元1203 张伟');
  await page.screenshot({ path: path.join(RESULTS, 'visitors-returning.png') });
  await submitButton().click();
  actions++;

  await expect(statusWith(new RegExp(`已登记 FK-\\d{8}-\\d{4} ${WANG.name}`))).toBeVisible();
  expect(actions).toBeLessThanOrEqual(5);
  expect(actions).toBe(3);
});

test('the same returning visitor is picked by keyboard alone, and a second open visit is refused', async () => {
  await nameBox().fill('wjh');
  await expect(page.getByRole('option', { name: new RegExp(`^${WANG.name}`) })).toBeVisible();
  await nameBox().press('ArrowDown');
  await nameBox().press('Enter');
  await expect(page.getByTestId('picked-host')).toContainText('3栋2单元1203 张伟');
  await submitButton().click();
  await expect(page.getByRole('alert').filter({ hasText: '尚未签离' })).toContainText(WANG.name);
  await expect(page.getByRole('link', { name: '去签离' })).toBeVisible();
});

test('a pass holder scans the access pass: refusals are shown prominently, a good pass checks in', async () => {
  const pass = page.getByLabel('出入证号');
  const refusal = page.locator('.visit-refusal');
  await pass.fill('CR-2099-9999');
  await pass.press('Enter');
  await expect(refusal).toContainText('找不到');
  await expect(pass).toBeFocused();

  // The milkman's pass is good for 5栋 only.
  await page.getByLabel('前往楼栋').selectOption({ label: '3栋' });
  await pass.fill(passNumber);
  await pass.press('Enter');
  await expect(refusal).toContainText(`出入证 ${passNumber}（${PASS_HOLDER.name}）不能进入 3栋`);
  await page.screenshot({ path: path.join(RESULTS, 'visitors-pass-refused.png') });

  await page.getByLabel('前往楼栋').selectOption({ label: '5栋' });
  await pass.fill(passNumber);
  await pass.press('Enter');
  await expect(statusWith(new RegExp(`已登记 FK-\\d{8}-\\d{4} ${PASS_HOLDER.name}（出入证 ${passNumber}）`))).toBeVisible();
  await expect(refusal).toHaveCount(0);
  await expect(pass).toHaveValue('');
  await expect(pass).toBeFocused();
});

test('the manager searches the records, sees full numbers only with a reason, and prints the register', async () => {
  await loginAs(page, 'zhaogang');
  await nav('访客记录').click();
  const search = page.getByRole('searchbox', { name: '搜索' });
  await expect(search).toBeFocused();
  await search.fill('wjh');
  const rows = page.locator('.visit-table tbody tr.visit-row:not(.visit-row-notes)');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText(WANG.masked);
  await expect(rows.nth(1)).toContainText(wangVisitNo);

  await search.fill(CHEN.name);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(CHEN.name);
  await expect(page.locator('.visit-table tbody')).toContainText('核实说明：已查看身份证原件，与本人相符');

  await search.fill(LIU.name);
  await expect(rows.first()).toContainText(LIU.name);
  await expect(page.locator('.visit-table tbody')).toContainText('黑名单放行（赵刚）：业主张伟到前台当面担保');

  await search.fill(wangVisitNo);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(wangVisitNo);
  await rows.first().getByRole('button', { name: '查看完整证件号' }).click();
  const dialog = page.getByRole('dialog', { name: '查看完整证件号' });
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(dialog.locator('.field-error')).toContainText('必填');
  await dialog.getByLabel('查看原因').fill('派出所来电核查访客身份');
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(dialog.getByRole('status')).toHaveText(WANG.id);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: '打印 / 导出访客登记表' }).click();
  await expect(page.locator('.paper .register-title')).toHaveText('访客登记表');
  await expect(page.locator('.paper')).toContainText(WANG.masked);
  await page.getByRole('button', { name: '返回' }).click();
});

test('a visit closed by the end-of-day job stands out as never signed out', async ({ request }) => {
  // A visitor who never signs out; then the desk's clock moves past the end-of-day time and the job runs.
  let desk = await ensureUser(request, 'qianmei', '钱梅', ['receptionist']);
  const unit = await ensureOccupant(request, desk, { building: '3栋', entrance: '2单元', room: '1203', name: '张伟' });
  await apiOk(request, 'visitors.checkIn', { name: SUN.name, idType: 'resident_id', idNumber: SUN.id, purpose: '探亲访友', unitId: unit.unitId }, desk);
  await advanceDeskClock(request, 24 * 60);
  try {
    desk = await ensureUser(request, 'qianmei', '钱梅', ['receptionist']);
    const { closed } = await apiOk<{ closed: number }>(request, 'visitors.autoCheckOut', {}, desk);
    expect(closed).toBeGreaterThan(0);

    // The page's session ended with the jump; she signs in again and looks the visit up.
    await loginAs(page, 'qianmei');
    await nav('访客记录').click();
    const search = page.getByRole('searchbox', { name: '搜索' });
    await search.fill(SUN.name);
    await search.press('Enter');
    const row = page.locator('.visit-table tbody tr.visit-row', { hasText: SUN.name });
    await expect(row).toContainText('自动签离（未签离）');
    await page.screenshot({ path: path.join(RESULTS, 'visitors-history.png') });
  } finally {
    await advanceDeskClock(request, -24 * 60);
  }
  await loginAs(page, 'zhaogang');
});

test('the manager keeps the blocklist: add by name and phone, then remove with a reason', async () => {
  await nav('访客黑名单').click();
  await expect(page.locator('.data-table tbody')).toContainText(LIU.name);
  await page.getByRole('button', { name: '加入黑名单' }).click();
  let dialog = page.getByRole('dialog', { name: '加入黑名单' });
  await dialog.getByLabel('姓名').fill('孙浩');
  await dialog.getByLabel('原因').fill('冒充快递员');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.locator('.field-invalid').first()).toContainText('证件号码');
  await dialog.getByLabel('电话').fill('13600001111');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const row = page.locator('.data-table tbody tr', { hasText: '孙浩' });
  await expect(row).toContainText('冒充快递员');
  await row.getByRole('button', { name: '移除' }).click();
  dialog = page.getByRole('dialog', { name: '将 孙浩 移出黑名单' });
  await dialog.getByLabel('移除原因').fill('核实为误报');
  await dialog.getByRole('button', { name: '移除' }).click();
  await expect(statusWith('已将 孙浩 移出黑名单')).toBeVisible();
  await expect(page.locator('.data-table tbody')).not.toContainText('孙浩');
});

test('a long day pages: the records show 50 visits, then the rest on 加载更多', async ({ request }) => {
  const desk = await ensureUser(request, 'qianmei', '钱梅', ['receptionist']);
  const unit = await ensureOccupant(request, desk, { building: '5栋', entrance: '1单元', room: '0801', name: '李娜' });
  for (let i = 0; i < 55; i++) {
    const first17 = `44030319900101${String(100 + i).padStart(3, '0')}`;
    await apiOk(request, 'visitors.checkIn', {
      name: `培训学员${i + 1}`, idType: 'resident_id', idNumber: first17 + checkDigit(first17), company: '南山职业培训学校', purpose: '培训', unitId: unit.unitId,
    }, desk);
  }
  // One later visitor, so the unfiltered list and the trainees' list differ at the top.
  await apiOk(request, 'visitors.checkIn', { name: '郑凯', idType: 'resident_id', idNumber: '11010519491231002X', purpose: '送货', unitId: unit.unitId }, desk);
  await nav('访客记录').click();
  const search = page.getByRole('searchbox', { name: '搜索' });
  const rows = page.locator('.visit-table tbody tr.visit-row:not(.visit-row-notes)');
  await expect(rows.first()).toContainText('郑凯');
  await search.fill('南山职业培训');
  await expect(rows.first()).toContainText('培训学员55');
  await expect(rows).toHaveCount(50);
  await page.getByRole('button', { name: '加载更多' }).click();
  await expect(rows).toHaveCount(55);
  await expect(rows.last()).toContainText(/培训学员1(?!\d)/);
  await expect(page.getByRole('button', { name: '加载更多' })).toHaveCount(0);
});
