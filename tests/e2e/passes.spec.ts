import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');
const WANG_ID = '110101199003078670';
const WANG_MASKED = '1101**********8670';
const BAD_ID = '440308199901101513';
const REVOKE_REASON = '光明乳业更换送奶员';

// One desk, one story: the pass issued in the first step is searched, printed, used, revoked and registered later.
test.describe.configure({ mode: 'serial' });

let page: Page;
let deskToken: string;
let building3: number;
let passNumber = '';

/** A small real PNG (a grey head and shoulders on light blue), so the card shows a photo as the desk would. */
function portraitPng(width = 60, height = 75): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const head = (x - width / 2) ** 2 + (y - height * 0.38) ** 2 < (width * 0.2) ** 2;
      const body = y > height * 0.68 && Math.abs(x - width / 2) < width * 0.38;
      row.set(head || body ? [120, 128, 136] : [214, 232, 245], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Renders the current page as Electron's print does, and returns the PDF's page count, size and text. */
async function printToPdf(name: string): Promise<{ pages: number; size: string; text: string }> {
  fs.mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, name);
  fs.writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
  };
}

async function openPasses(): Promise<void> {
  await page.locator('.sidenav').getByRole('link', { name: '出入证' }).click();
  await expect(page.getByRole('heading', { name: '出入证' })).toBeVisible();
}

const passRow = () => page.locator('tbody tr', { hasText: passNumber });

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  deskToken = await ensureUser(request, 'zhoumin', '周敏', ['receptionist']);
  await ensureUser(request, 'zhaogang', '赵刚', ['security_manager']);
  building3 = (await ensureOccupant(request, deskToken, { building: '3栋', room: '101', name: '陈建国' })).buildingId;
  await ensureOccupant(request, deskToken, { building: '5栋', room: '202', name: '林晓燕' });
  page = await browser.newPage();
});

test.afterAll(async () => {
  await page.close();
});

test('the receptionist issues a pass for one building; a bad ID number is refused under its field', async ({ request }) => {
  await loginAs(page, 'zhoumin');
  await openPasses();
  await page.getByRole('button', { name: '办理出入证' }).click();
  const dialog = page.getByRole('dialog', { name: '办理出入证' });
  await expect(dialog.getByLabel('持证人姓名')).toBeFocused();
  await dialog.getByLabel('持证人姓名').fill('王师傅');
  await dialog.getByLabel('联系电话').fill('13912345678');
  await expect(dialog.getByLabel('证件类型')).toHaveValue('resident_id');
  await dialog.getByLabel('证件号码').fill(BAD_ID);
  await dialog.getByLabel('单位（可空）').fill('光明乳业');
  await dialog.getByLabel('类别').selectOption({ label: '送奶' });
  await dialog.getByLabel('3栋', { exact: true }).check();
  await dialog.getByLabel('照片（可选，PNG 或 JPEG，不超过 500 kB）').setInputFiles({ name: 'wang.png', mimeType: 'image/png', buffer: portraitPng() });
  await expect(dialog.getByRole('img', { name: '持证人照片预览' })).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();

  // Main's check-digit message lands under the ID field, and nothing is issued.
  await expect(dialog.getByLabel('证件号码')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('证件号码')).toHaveAccessibleDescription(/身份证号码校验不通过：校验位不正确/);
  await page.screenshot({ path: path.join(RESULTS, 'passes-issue-refused.png') });
  const none = await apiOk<{ rows: unknown[] }>(request, 'passes.list', { q: '王师傅' }, deskToken);
  expect(none.rows).toHaveLength(0);

  await dialog.getByLabel('证件号码').fill(WANG_ID);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const notice = page.getByRole('status').filter({ hasText: '已办理出入证' });
  await expect(notice).toContainText(/CR-\d{4}-\d{4}（王师傅）/);
  passNumber = /CR-\d{4}-\d{4}/.exec((await notice.textContent()) ?? '')?.[0] ?? '';

  const row = passRow();
  await expect(row).toHaveCount(1);
  for (const text of ['王师傅', '光明乳业', '送奶', '3栋', '有效', '周敏']) await expect(row).toContainText(text);
  await expect(row).not.toContainText('5栋');
  await page.screenshot({ path: path.join(RESULTS, 'passes-list.png') });
});

test('the pass is found by pinyin initials and filtered by status', async ({ request }) => {
  await apiOk(request, 'passes.issue', {
    holderName: '刘强', idType: 'resident_id', idNumber: '11010519491231002X', phone: '13800005678', company: '顺丰速运',
    category: 'courier', validFrom: '2026-01-01', validTo: '2099-12-31', buildingIds: null,
  }, deskToken);
  const search = page.getByRole('searchbox', { name: '搜索' });
  await search.fill('wsf');
  await expect(passRow()).toHaveCount(1);
  await expect(page.locator('tbody')).not.toContainText('刘强');
  await search.fill('顺丰');
  await expect(page.locator('tbody tr', { hasText: '刘强' })).toContainText('全部楼栋');
  await expect(passRow()).toHaveCount(0);
  await search.fill('wsf');
  await page.getByLabel('状态').selectOption({ label: '已注销' });
  await expect(page.locator('tbody')).toContainText('没有记录');
  await page.getByLabel('状态').selectOption({ label: '有效' });
  await expect(passRow()).toHaveCount(1);
});

test('the card shows the masked ID and a scannable barcode on one A4 page', async () => {
  await passRow().getByRole('link', { name: '打印出入证' }).click();
  await expect(page).toHaveURL(/#\/passes\/\d+\/card$/);
  const card = page.locator('.pass-card');
  await expect(card.locator(`[data-barcode="${passNumber}"]`)).toBeVisible();
  for (const text of ['出入证', '王师傅', '光明乳业', '送奶', `居民身份证 ${WANG_MASKED}`, '3栋', '有效']) await expect(card).toContainText(text);
  await expect(card.getByRole('img', { name: '王师傅' })).toBeVisible();
  await expect(page.locator('body')).not.toContainText(WANG_ID);
  await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
  await page.screenshot({ path: path.join(RESULTS, 'passes-card.png') });

  const pdf = await printToPdf('passes-card.pdf');
  expect(pdf.pages).toBe(1);
  expect(pdf.size).toContain('(A4)');
  expect(pdf.text).toContain(WANG_MASKED);
  expect(pdf.text).not.toContain('第 1 页');

  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByRole('heading', { name: '出入证' })).toBeVisible();
});

test('an entry at the desk shows in the pass\'s entry record', async ({ request }) => {
  await apiOk(request, 'passes.verify', { number: passNumber, buildingId: building3 }, deskToken);
  await page.getByRole('searchbox', { name: '搜索' }).press('Enter');
  await expect(passRow().locator('td').nth(7)).toHaveText('1');
  await passRow().getByRole('button', { name: '进出记录' }).click();
  const dialog = page.getByRole('dialog', { name: `进出记录：${passNumber}（王师傅）` });
  await expect(dialog.locator('tbody tr')).toHaveCount(1);
  await expect(dialog.locator('tbody tr')).toContainText('3栋');
  await expect(dialog.locator('tbody tr')).toContainText('周敏');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});

test('the security manager revokes the pass with a reason; its card says so', async () => {
  await loginAs(page, 'zhaogang');
  await openPasses();
  await expect(page.getByRole('button', { name: '办理出入证' })).toHaveCount(0);
  await page.getByRole('searchbox', { name: '搜索' }).fill(passNumber);
  await passRow().getByRole('button', { name: '注销' }).click();
  const dialog = page.getByRole('dialog', { name: `注销出入证 ${passNumber}（王师傅）` });
  await dialog.getByRole('button', { name: '确认注销' }).click();
  await expect(dialog.getByLabel('注销原因')).toHaveAccessibleDescription('必填');
  await dialog.getByLabel('注销原因').fill(REVOKE_REASON);
  await dialog.getByRole('button', { name: '确认注销' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '已注销出入证' })).toContainText(passNumber);
  await expect(passRow()).toContainText('已注销');
  await expect(passRow()).toContainText(`原因：${REVOKE_REASON}`);
  await expect(passRow()).toContainText('赵刚');
  await expect(passRow().getByRole('button', { name: '注销' })).toHaveCount(0);

  await passRow().getByRole('link', { name: '打印出入证' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '此证已注销' })).toBeVisible();
  await expect(page.locator('.pass-card-stamp')).toHaveText('已注销');
  await page.screenshot({ path: path.join(RESULTS, 'passes-card-revoked.png') });
  await printToPdf('passes-card-revoked.pdf');
  await page.getByRole('button', { name: '返回' }).click();
});

test('the register preview lists the pass with its state', async () => {
  await expect(page.getByRole('heading', { name: '出入证' })).toBeVisible();
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
  await page.getByLabel('登记表：发证日期从').fill(today);
  await page.getByRole('link', { name: '打印 / 导出登记表' }).click();
  await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible();
  const register = page.locator('.register');
  await expect(register).toContainText('出入证登记表');
  await expect(register).toContainText(`${today} 至`);
  const row = register.locator('tr', { hasText: passNumber });
  await expect(row).toContainText('王师傅');
  await expect(row).toContainText(`居民身份证 ${WANG_MASKED}`);
  await expect(row).toContainText(`已注销：${REVOKE_REASON}`);
  await expect(register).not.toContainText(WANG_ID);
});
