import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { advanceDeskClock, apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk, signOn } from './support';

const RESULTS = path.resolve('test-results');

const DESK = { username: 'hexiu', name: '何秀' };
const LIN = { building: '11栋', entrance: '1单元', room: '2601', name: '林晓燕', phone: '13922222601' };
const GUO = { building: '11栋', entrance: '1单元', room: '2602', name: '郭志强', phone: '13922222602' };
const PROXY = { name: '林志刚', phone: '13800262601', idTail: '061X', relation: '丈夫' };

interface Item {
  id: number;
  pickupCode: string;
  trackingNo: string;
  status: string;
  collectorName: string | null;
}

/** Tracking numbers unique per run: the same desk database may see this spec more than once. */
const stamp = String(Date.now()).slice(-13);
const SF_NO = `SF${stamp}`;
const YT_NO = `YT${stamp}`;
const JT_NO = `JT${stamp}`;

/** A registered-letter number (UPU S10) with a correct check digit, from this run's stamp. */
function s10(prefix: string, serial: string): string {
  const weights = [8, 6, 4, 2, 3, 5, 9, 7];
  const sum = [...serial].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  const c = 11 - (sum % 11);
  return `${prefix}${serial}${c === 10 ? 0 : c === 11 ? 5 : c}CN`;
}
const REGISTERED_NO = s10('RB', stamp.slice(-8));

// One desk, one story, one tab: the session lives in it.
test.describe.configure({ mode: 'serial' });

let page: Page;
let linParcels: Item[] = [];
let guoParcel: Item;

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  const desk = await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
  const lin = await ensureOccupant(request, desk, LIN);
  const guo = await ensureOccupant(request, desk, GUO);
  const signIn = (trackingNo: string, carrier: string, occupantId: number) =>
    apiOk<Item>(request, 'mail.parcels.signIn', { trackingNo, carrier, occupantId }, desk);
  linParcels = [await signIn(SF_NO, 'SF', lin.occupantId), await signIn(YT_NO, 'YTO', lin.occupantId)];
  guoParcel = await signIn(JT_NO, 'JT', guo.occupantId);
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });
const scanBox = () => page.getByRole('searchbox', { name: '取件码、运单号或收件人' });
const groups = () => page.getByTestId('pickup-group');
const confirmButton = () => page.getByRole('button', { name: /确认交付/ });

async function scan(text: string): Promise<void> {
  await scanBox().fill(text);
  await scanBox().press('Enter');
}

test('a pickup code that does not exist is refused beside the box', async () => {
  await loginAs(page, DESK.username);
  await nav('快递取件').click();
  await expect(scanBox()).toBeFocused();
  await scan('Z-9-9999');
  await expect(page.getByRole('alert')).toHaveText('取件码 Z-9-9999 不存在，请核对后重新输入');
  await expect(scanBox()).toHaveAttribute('aria-invalid', 'true');
  await expect(groups()).toHaveCount(0);
});

test('a unit search lists each recipient apart, and one pickup never mixes two recipients', async () => {
  await scan('11栋1单元260');
  await expect(groups()).toHaveCount(2);
  await expect(page.getByText('找到 2 位收件人的待取快递')).toBeVisible();
  const linGroup = groups().filter({ hasText: LIN.name });
  const guoGroup = groups().filter({ hasText: GUO.name });
  await expect(linGroup.locator('tbody tr')).toHaveCount(2);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  await linGroup.getByRole('checkbox', { name: `领取 ${linParcels[0].pickupCode}` }).check();
  await expect(page.getByTestId('pickup-selected')).toContainText(linParcels[0].pickupCode);
  // Ticking the other recipient's parcel starts over with theirs alone.
  await guoGroup.getByRole('checkbox', { name: `领取 ${guoParcel.pickupCode}` }).check();
  await expect(linGroup.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.getByText(`收件人：${GUO.building}${GUO.entrance}${GUO.room} ${GUO.name}`)).toBeVisible();
  await expect(page.getByTestId('pickup-selected')).toHaveText(`已选 1 件：${guoParcel.pickupCode}`);
  await page.screenshot({ path: path.join(RESULTS, 'mail-pickup-groups.png') });
});

test('a proxy collects both parcels of one recipient by code against a drawn signature', async ({ request }) => {
  const [first, second] = linParcels;
  await scan(first.pickupCode);
  await expect(groups()).toHaveCount(1);
  const rows = groups().locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: SF_NO })).toContainText(first.pickupCode);
  await expect(rows.filter({ hasText: YT_NO })).toContainText(second.pickupCode);
  await expect(groups().locator('tbody').getByRole('checkbox', { checked: true })).toHaveCount(2);
  await expect(page.getByTestId('pickup-selected')).toContainText(`已选 2 件：${first.pickupCode}、${second.pickupCode}`);
  await expect(page.getByText(`收件人本人：${LIN.name}`)).toBeVisible();

  // 代领 without a phone: main refuses and says which field.
  await page.getByRole('radio', { name: '代领' }).check();
  await page.getByLabel('代领人姓名').fill(PROXY.name);
  await page.getByLabel('证件号后 4 位').fill(PROXY.idTail.toLowerCase());
  await page.getByLabel('与收件人关系').fill(PROXY.relation);
  await expect(confirmButton()).toBeDisabled();
  await expect(page.getByText('领取人签名后方可确认')).toBeVisible();
  const pad = page.getByRole('img', { name: '领取人签名' });
  await signOn(page, pad);
  await expect(confirmButton()).toBeEnabled();
  await expect(confirmButton()).toHaveText('确认交付（2 件）');
  await page.screenshot({ path: path.join(RESULTS, 'mail-pickup-signed.png'), fullPage: true });
  await confirmButton().click();
  const phoneField = page.locator('.field', { has: page.getByLabel('代领人电话') });
  await expect(phoneField.locator('.field-error')).toHaveText('代领须登记代领人电话');

  await page.getByLabel('代领人电话').fill(PROXY.phone);
  await confirmButton().click();
  await expect(page.getByRole('status')).toHaveText(`已交付 ${first.pickupCode}、${second.pickupCode}，领取人 ${PROXY.name}`);
  // Ready for the next resident: the box is empty and has the focus, the list is gone.
  await expect(scanBox()).toBeFocused();
  await expect(scanBox()).toHaveValue('');
  await expect(groups()).toHaveCount(0);

  const desk = await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
  for (const p of linParcels) {
    const { item } = await apiOk<{ item: Item }>(request, 'mail.items.get', { id: p.id }, desk);
    expect(item.status).toBe('picked_up');
    expect(item.collectorName).toBe(PROXY.name);
  }

  // The same code again: it is gone, and the desk is told when and by whom.
  await scan(first.pickupCode);
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText(`${first.pickupCode} 已于`);
  await expect(refusal).toContainText(`由 ${PROXY.name} 取走`);
  await page.screenshot({ path: path.join(RESULTS, 'mail-pickup-refused.png') });
});

test('letters are registered, turn red past their deadline, and a registered one goes out against a signature', async ({ request }) => {
  await nav('信件投递').click();
  const form = page.getByRole('form', { name: '登记来信' });
  const picker = form.getByLabel('收件房号 / 住户');
  await expect(picker).toBeFocused();

  // 挂号信: the number is required.
  await form.getByRole('radio', { name: '挂号信' }).check();
  await picker.fill(GUO.name);
  await form.getByRole('option', { name: new RegExp(`${GUO.room} ${GUO.name}`) }).click();
  await form.getByLabel('寄件人 / 单位').fill('深圳市社会保险基金管理局');
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await expect(form.locator('.field', { has: page.getByLabel('挂号信号码') }).locator('.field-error')).toHaveText('挂号信须登记邮件号码');
  await page.screenshot({ path: path.join(RESULTS, 'mail-letters-form.png') });
  await form.getByLabel('挂号信号码').fill(REGISTERED_NO.toLowerCase());
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`已登记挂号信 ${REGISTERED_NO}：${GUO.building}${GUO.entrance}${GUO.room} ${GUO.name}，应于`);

  // An ordinary letter, two pieces, for the neighbour.
  await form.getByLabel('收件房号 / 住户').fill(LIN.name);
  await form.getByRole('option', { name: new RegExp(`${LIN.room} ${LIN.name}`) }).click();
  await form.getByLabel('件数').fill('2');
  await form.getByLabel('寄件人 / 单位').fill('招商银行信用卡中心');
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('status')).toContainText(`已登记信件：${LIN.building}${LIN.entrance}${LIN.room} ${LIN.name}`);

  const registeredRow = () => page.getByTestId('letter-row').filter({ hasText: REGISTERED_NO });
  const ordinaryRow = () => page.getByTestId('letter-row').filter({ hasText: '招商银行信用卡中心' });
  await expect(registeredRow()).toContainText('挂号信');
  await expect(registeredRow()).not.toContainText('逾期');
  await expect(ordinaryRow()).toContainText('信件');

  let desk = await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
  const found = await apiOk<{ rows: Item[] }>(request, 'mail.items.search', { q: REGISTERED_NO, kind: 'letters' }, desk);
  expect(found.rows).toHaveLength(1);
  const registeredId = found.rows[0].id;

  await advanceDeskClock(request, 2 * 24 * 60);
  try {
    // The jump ended the session; she signs in again and the letters are now late.
    await loginAs(page, DESK.username);
    await nav('信件投递').click();
    await expect(registeredRow()).toContainText('逾期');
    await expect(registeredRow()).toHaveClass(/letter-row-overdue/);
    await expect(ordinaryRow()).toContainText('逾期');
    await page.screenshot({ path: path.join(RESULTS, 'mail-letters-overdue.png'), fullPage: true });

    // The ordinary letter goes into its mailbox without a signature.
    await ordinaryRow().getByRole('checkbox').check();
    await page.getByRole('button', { name: '投递入信箱（1）' }).click();
    await expect(page.getByRole('status')).toHaveText('已投递 1 件');
    await expect(ordinaryRow()).toHaveCount(0);

    // The registered one only against the recipient's signature.
    await registeredRow().getByRole('checkbox').check();
    await page.getByRole('button', { name: '投递入信箱（1）' }).click();
    const dialog = page.getByRole('dialog', { name: '挂号信签收' });
    await expect(dialog).toContainText(REGISTERED_NO);
    const submit = dialog.getByRole('button', { name: '签收并投递' });
    await expect(submit).toBeDisabled();
    await signOn(page, dialog.getByRole('img', { name: '收件人签名' }));
    await expect(submit).toBeEnabled();
    await page.screenshot({ path: path.join(RESULTS, 'mail-letters-sign.png') });
    await submit.click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText('已投递 1 件');
    await expect(registeredRow()).toHaveCount(0);

    desk = await ensureUser(request, DESK.username, DESK.name, ['receptionist']);
    const { item } = await apiOk<{ item: Item }>(request, 'mail.items.get', { id: registeredId }, desk);
    expect(item.status).toBe('delivered');
    // Main kept the drawn signature with the letter.
    const { png } = await apiOk<{ png: string }>(request, 'mail.signature', { itemId: registeredId }, desk);
    expect(png).toMatch(/^data:image\/png;base64,/);
    // Cropped and scaled on the pad: a few kilobytes, far from main's 200 kB limit.
    expect(Buffer.from(png.split(',')[1], 'base64').length).toBeLessThan(50 * 1024);
  } finally {
    await advanceDeskClock(request, -2 * 24 * 60);
  }
  await loginAs(page, DESK.username);
});
