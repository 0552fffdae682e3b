import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { api, apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk, signOn } from './support';

const RESULTS = path.resolve('test-results');
const PICKUP_CODE = /[A-Z]{1,3}-\d-\d{4}/;

// Reruns against a kept desk must not meet their own numbers as duplicates: 7 digits of the clock make them unique.
const RUN = String(Date.now()).slice(-7);
const NO = {
  sf: `SF138562${RUN}`,
  yt: `YT896264${RUN}`,
  jt: `JT526198${RUN}`,
  zto: `7361055${RUN}`,
  unmatched: `SF100862${RUN}`,
  yto2: `YT555001${RUN}`,
  single: `JT700123${RUN}`,
};

const ZHAO = { building: '12栋', entrance: '1单元', room: '0901', name: '赵丽华', phone: '13600129901', consent: true };
const SUN = { building: '12栋', entrance: '1单元', room: '0902', name: '孙志强', phone: '13600129902', consent: false };
const HE = { building: '12栋', entrance: '2单元', room: '0305', name: '何静怡', phone: '13600122305', consent: true };

// One desk, one evening: the batch opened first is scanned, refused a duplicate, finished and printed.
test.describe.configure({ mode: 'serial' });

let page: Page;
const codes = new Map<string, string>();

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const desk = await ensureUser(request, 'wuxia', '吴霞', ['receptionist']);
  for (const o of [ZHAO, SUN, HE]) {
    const { unitId, occupantId } = await ensureOccupant(request, desk, o);
    // ensureOccupant cannot set consent; the directory's own save does (and resets a rerun's state).
    await apiOk(request, 'directory.occupants.save', { id: occupantId, unitId, name: o.name, kind: 'owner', phone: o.phone, parcelConsent: o.consent }, desk);
  }
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

const scanBox = () => page.getByRole('textbox', { name: '运单号', exact: true });
const recipientBox = () => page.getByRole('searchbox', { name: '收件人' });
const submitButton = () => page.getByRole('button', { name: '签收', exact: true });
const parcelRow = (trackingNo: string) => page.locator('.mail-signin-list tbody tr', { hasText: trackingNo });
const batchCount = () => page.getByTestId('batch-count');
/** The picker's matches (the page's selects have options too). */
const matches = () => page.getByRole('listbox', { name: '收件人' }).getByRole('option');

async function shot(name: string): Promise<void> {
  await fs.promises.mkdir(RESULTS, { recursive: true });
  await page.screenshot({ path: path.join(RESULTS, name), fullPage: true });
}

/** As a keyboard-wedge scanner does: the number and Enter, into whatever has focus. */
async function scan(trackingNo: string): Promise<void> {
  await expect(scanBox()).toBeFocused();
  await page.keyboard.type(trackingNo);
  await page.keyboard.press('Enter');
}

/** Types into the recipient box and waits until the wanted match is listed. */
async function typeRecipient(query: string, option: RegExp): Promise<void> {
  await expect(recipientBox()).toBeFocused();
  await page.keyboard.type(query);
  await expect(matches().filter({ hasText: option })).toBeVisible();
}

/** ↓ from the recipient box down to the wanted match, Enter takes it. */
async function arrowTo(option: RegExp): Promise<void> {
  const options = matches();
  const index = (await options.allTextContents()).findIndex((text) => option.test(text));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(index).getByRole('button')).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Enter takes the first match, which must be the wanted one. */
async function enterFirst(option: RegExp): Promise<void> {
  await expect(matches().first()).toHaveText(option);
  await page.keyboard.press('Enter');
}

/** Enter on the pick, Enter to sign in; the new parcel tops the list with its pickup code. */
async function confirmAndRead(trackingNo: string): Promise<string> {
  await expect(submitButton()).toBeFocused();
  await page.keyboard.press('Enter');
  const row = parcelRow(trackingNo);
  await expect(row).toHaveClass(/mail-signin-latest/);
  const code = ((await row.locator('.mail-signin-code').textContent()) ?? '').trim();
  expect(code).toMatch(PICKUP_CODE);
  await expect(page.getByRole('status').filter({ hasText: '已签收' })).toHaveText(`已签收 ${trackingNo} → 取件码 ${code}`);
  codes.set(trackingNo, code);
  return code;
}

test('the receptionist opens a batch for the SF courier', async () => {
  await loginAs(page, 'wuxia');
  await page.locator('.sidenav').getByRole('link', { name: '快递签收', exact: true }).click();
  await expect(page.getByRole('heading', { name: '快递签收' })).toBeVisible();

  // Nothing chosen yet: refused beside the field.
  await page.getByRole('button', { name: '开始签收' }).click();
  await expect(page.locator('.field-invalid')).toContainText('必填');

  await page.getByLabel('快递公司').selectOption({ label: '顺丰速运' });
  await page.getByLabel('快递员姓名').fill('陈国栋');
  await page.getByLabel('快递员电话').fill('13811112222');
  await page.getByRole('button', { name: '开始签收' }).click();

  const bar = page.locator('.mail-signin-batch');
  await expect(bar).toContainText(/批次 QS-\d{8}-\d{3}/);
  await expect(bar).toContainText('顺丰速运 · 快递员 陈国栋 13811112222');
  await expect(bar).toContainText('由 吴霞 开始');
  await expect(batchCount()).toHaveText('本批 0 件');
  await expect(page).toHaveURL(/#\/mail\?batch=\d+/);
  await expect(scanBox()).toBeFocused();
});

test('five parcels are scanned and their recipients picked by keyboard alone', async () => {
  // 1. SF, the batch's own company; pinyin initials and Enter take the only match.
  await scan(NO.sf);
  await expect(page.getByLabel('快递公司')).toHaveValue('SF');
  await typeRecipient('zlh', /12栋1单元0901 赵丽华/);
  await enterFirst(/12栋1单元0901 赵丽华/);
  await expect(page.getByTestId('picked-host')).toContainText('12栋1单元0901 赵丽华');
  await confirmAndRead(NO.sf);
  await expect(parcelRow(NO.sf)).toContainText('顺丰速运');
  await expect(parcelRow(NO.sf).locator('.mail-signin-tag')).toHaveCount(0);

  // 2. YTO in an SF batch: detected as 圆通, with a note; the phone tail finds 孙志强, ↓ and Enter take him.
  await scan(NO.yt);
  await expect(page.getByLabel('快递公司')).toHaveValue('YTO');
  await expect(page.getByRole('note')).toHaveText('此单号不像 顺丰速运 的运单，请核对快递公司');
  await typeRecipient('9902', /孙志强/);
  await shot('mail-signin-recipient.png');
  await arrowTo(/孙志强/);
  await confirmAndRead(NO.yt);
  // He never agreed to collection at the desk: accepted, flagged orange with the rule.
  const sunRow = parcelRow(NO.yt);
  await expect(sunRow).toContainText('12栋1单元0902 孙志强');
  await expect(sunRow.locator('.mail-signin-tag-consent')).toHaveText('未同意代收');
  await expect(sunRow).toContainText('依《快递市场管理办法》，快递由前台代收须经收件人同意');
  await shot('mail-signin-no-consent.png');

  // 3. J&T: the unit lists both occupants and the unit itself; ↓ walks to 赵丽华.
  await scan(NO.jt);
  await expect(page.getByLabel('快递公司')).toHaveValue('JT');
  await typeRecipient('12栋1单元0901', /仅房号/);
  await arrowTo(/赵丽华/);
  await confirmAndRead(NO.jt);

  // 4. A 14-digit 73… number: 中通 without a letter prefix; the name finds 何静怡.
  await scan(NO.zto);
  await expect(page.getByLabel('快递公司')).toHaveValue('ZTO');
  await typeRecipient('何静怡', /12栋2单元0305 何静怡/);
  await enterFirst(/12栋2单元0305 何静怡/);
  await confirmAndRead(NO.zto);
  await expect(parcelRow(NO.zto)).toContainText('中通快递');

  // 5. Nobody of that name: the last stop under the matches takes the label's name as typed.
  await scan(NO.unmatched);
  await expect(recipientBox()).toBeFocused();
  await page.keyboard.type('钱多多');
  await expect(page.locator('.suggestions')).toContainText('名录中没有找到');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: '名录中没有：手填面单收件人' })).toBeFocused();
  await page.keyboard.press('Enter');
  const name = page.getByLabel('面单收件人姓名');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('钱多多');
  await shot('mail-signin-unmatched.png');
  await page.keyboard.press('Tab');
  // Main's refusal of a mistyped phone lands under that field; nothing is signed in.
  await page.keyboard.type('1395555');
  await page.keyboard.press('Enter');
  const phone = page.getByLabel('面单电话');
  await expect(phone).toHaveAccessibleDescription(/电话号码格式不正确/);
  await expect(batchCount()).toHaveText('本批 4 件');
  await phone.fill('13955556666');
  await phone.press('Enter');
  const row = parcelRow(NO.unmatched);
  await expect(row.locator('.mail-signin-code')).toHaveText(PICKUP_CODE);
  await expect(row.locator('.mail-signin-tag-unmatched')).toHaveText('未匹配');
  await expect(row).toContainText('钱多多');

  await expect(batchCount()).toHaveText('本批 5 件');
  await expect(page.locator('.mail-signin-list tbody tr')).toHaveCount(5);
  await expect(page.locator('.mail-signin-list tbody tr').first()).toContainText(NO.unmatched);
  await expect(scanBox()).toBeFocused();
  await shot('mail-signin-batch.png');
});

test('a parcel scanned twice is refused with a warning, and a mistyped S10 number under the field', async () => {
  await scan(NO.sf);
  const warning = page.locator('.mail-signin-duplicate');
  await expect(warning).toContainText('重复扫描，不能签收');
  await expect(warning).toContainText(`运单号 ${NO.sf} 已于`);
  await expect(warning).toContainText(codes.get(NO.sf) ?? 'missing');
  await expect(warning).toContainText('不能重复签收');
  // It does not go on to the recipient, and the count stays.
  await expect(recipientBox()).toHaveCount(0);
  await expect(batchCount()).toHaveText('本批 5 件');
  await shot('mail-signin-duplicate.png');

  // The refused number stays selected: the next scan replaces it.
  await scan('EA123456789CN');
  await expect(scanBox()).toHaveValue('EA123456789CN');
  await expect(page.locator('.mail-signin-scan .field-error')).toHaveText('国际邮件号校验位不符，请重新扫描');
  await expect(warning).toHaveCount(0);
  await expect(recipientBox()).toHaveCount(0);

  // Esc drops a scanned parcel before it is signed in.
  await scan(NO.yto2);
  await expect(recipientBox()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(recipientBox()).toHaveCount(0);
  await expect(scanBox()).toBeFocused();
  await expect(batchCount()).toHaveText('本批 5 件');

  // A click on the page takes focus away; the scanner's next number still lands in the box, replacing the old one.
  await page.getByRole('heading', { name: '快递签收' }).click();
  await expect(scanBox()).not.toBeFocused();
  await page.keyboard.type(NO.yto2);
  await page.keyboard.press('Enter');
  await expect(recipientBox()).toBeFocused();
  await expect(scanBox()).toHaveValue(NO.yto2);
  await page.keyboard.press('Escape');
  await expect(scanBox()).toBeFocused();
});

test('the finished batch prints a handover sheet with the five numbers', async () => {
  await page.getByRole('button', { name: '完成批次' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('本批共 5 件');
  await dialog.getByRole('button', { name: '完成批次' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '完成，共 5 件' })).toBeVisible();
  await expect(scanBox()).toHaveCount(0);
  const handover = page.getByRole('link', { name: '打印交接单' });
  await expect(handover).toBeFocused();
  await shot('mail-signin-finished.png');
  await handover.click();

  await expect(page.locator('.paper .register-title')).toHaveText('快递交接单');
  const rows = page.locator('.paper .register-table tbody tr:not(.register-signrow)');
  await expect(rows).toHaveCount(5);
  for (const no of Object.values(NO).slice(0, 5)) await expect(rows.filter({ hasText: no })).toHaveCount(1);
  await expect(rows.filter({ hasText: NO.unmatched })).toContainText('钱多多（未匹配）');
  await expect(page.locator('.paper')).toContainText('快递员 陈国栋');
  await expect(page.locator('.paper')).toContainText('前台签收（吴霞）');

  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, 'mail-handover.pdf');
  fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(text).toContain('快递交接单');
  for (const no of Object.values(NO).slice(0, 5)) expect(text).toContain(no);

  await page.getByRole('button', { name: '返回' }).click();
  await expect(batchCount()).toHaveText('本批 5 件');
});

test('a parcel label carries the pickup code as a barcode on a 60 × 40 mm page', async () => {
  const code = codes.get(NO.sf) ?? '';
  await parcelRow(NO.sf).getByRole('link', { name: '打印标签' }).click();
  const label = page.locator('.mail-label');
  await expect(label.locator('[data-barcode]')).toHaveAttribute('data-barcode', code);
  await expect(label.locator('.mail-label-code')).toHaveText(code);
  await expect(label).toContainText('12栋1单元0901 赵**');
  await expect(label).toContainText('顺丰速运');
  await expect(label).toContainText(NO.sf);
  await expect(label).not.toContainText('赵丽华');
  await expect(page.getByRole('button', { name: '打印标签' })).toBeFocused();
  await shot('mail-label.png');

  const file = path.join(RESULTS, 'mail-label.pdf');
  fs.writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(1);
  // 60 × 40 mm is 170.08 × 113.39 pt.
  const [w, h] = (/^Page size:\s+([\d.]+) x ([\d.]+)/m.exec(info) ?? []).slice(1).map(Number);
  expect(Math.round(w)).toBe(170);
  expect(Math.round(h)).toBe(113);
  expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain(code);

  await page.getByRole('button', { name: '返回' }).click();
  await expect(parcelRow(NO.sf)).toBeVisible();
});

test('two parcels of the batch are picked up by their recipient against a drawn signature', async ({ request }) => {
  const sfCode = codes.get(NO.sf) ?? 'missing';
  const jtCode = codes.get(NO.jt) ?? 'missing';
  await page.getByRole('link', { name: '快递取件' }).click();
  const box = page.getByRole('searchbox', { name: '取件码、运单号或收件人' });
  await box.fill(sfCode);
  await box.press('Enter');
  // Found by one code, both of 赵丽华's parcels come up selected.
  const rows = page.getByTestId('pickup-group').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('pickup-selected')).toContainText(`${sfCode}、${jtCode}`);
  await signOn(page, page.getByRole('img', { name: '领取人签名' }));
  await page.getByRole('button', { name: '确认交付（2 件）' }).click();
  await expect(page.getByRole('status')).toHaveText(`已交付 ${sfCode}、${jtCode}，领取人 ${ZHAO.name}`);

  const desk = await ensureUser(request, 'wuxia', '吴霞', ['receptionist']);
  const again = await api(request, 'mail.pickup.find', { q: NO.sf }, desk);
  expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_PICKED_UP' } });
  // Back to the finished batch, where the next story starts.
  await page.goBack();
  await expect(page.getByRole('button', { name: '新建批次' })).toBeVisible();
});

test('an interrupted batch is continued from the list, and a single parcel needs no batch', async () => {
  await page.getByRole('button', { name: '新建批次' }).click();
  await page.getByLabel('快递公司').selectOption({ label: '圆通速递' });
  await page.getByLabel('快递员姓名').fill('周海涛');
  await page.getByRole('button', { name: '开始签收' }).click();
  await scan(NO.yto2);
  await expect(page.getByLabel('快递公司')).toHaveValue('YTO');
  await typeRecipient('zlh', /赵丽华/);
  await enterFirst(/赵丽华/);
  await confirmAndRead(NO.yto2);

  // Called away: the batch stays open and is listed on the start screen.
  await page.getByRole('button', { name: '暂离此批次' }).click();
  const open = page.locator('.mail-signin-open-batches tbody tr', { hasText: '周海涛' });
  await expect(open).toContainText('圆通速递');
  await expect(open.locator('td').nth(4)).toHaveText('1');
  await expect(page.locator('.mail-signin-open-batches')).not.toContainText('陈国栋');
  await shot('mail-signin-start.png');
  await open.getByRole('link', { name: '继续签收' }).click();
  await expect(batchCount()).toHaveText('本批 1 件');
  await expect(parcelRow(NO.yto2)).toContainText(codes.get(NO.yto2) ?? 'missing');
  await expect(scanBox()).toBeFocused();
  await page.getByRole('button', { name: '暂离此批次' }).click();

  await page.getByRole('button', { name: '单件签收（不建批次）' }).click();
  await expect(page.getByRole('heading', { name: '单件签收' })).toBeVisible();
  await scan(NO.single);
  await expect(page.getByLabel('快递公司')).toHaveValue('JT');
  await typeRecipient('何静怡', /何静怡/);
  await enterFirst(/何静怡/);
  await confirmAndRead(NO.single);
  await expect(batchCount()).toHaveCount(0);
});
