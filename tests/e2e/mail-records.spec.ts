import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { advanceDeskClock, apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');

// One desk, one story: parcels seeded through the API are matched, refused, returned, chased and registered here.
test.describe.configure({ mode: 'serial' });

interface Item {
  id: number;
  trackingNo: string;
  pickupCode: string;
  shelfCode: string;
}

// Reruns share the desk's database: every tracking number is new each run (13 digits from the clock).
const stamp = Date.now();
const digits = (offset: number) => String(stamp + offset).slice(-13).padStart(13, '0');
const NO = {
  zhou1: `JT${digits(0)}`,
  zhou2: `YT${digits(1)}`,
  refused: `SF${digits(2)}`,
  unmatched: `JT${digits(3)}`,
  picked: `SF${digits(4)}`,
};
const ZHOU = { building: '5栋', entrance: '1单元', room: '0801', name: '周晓梅', phone: '13812345678' };
const WU = { building: '5栋', entrance: '1单元', room: '0902', name: '吴建国', phone: '13700002222' };
const LIN = { building: '6栋', entrance: '2单元', room: '1502', name: '林志强', phone: '13912340000' };
const REFUSAL = '收件人称未网购此件，当面拒收';

let page: Page;
let desk: string;
let manager: string;
const items: Record<keyof typeof NO, Item> = {} as Record<keyof typeof NO, Item>;

/** A short pen stroke on white, as the signature pad would send it. */
function signaturePng(width = 160, height = 60): string {
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
    const row = Buffer.alloc(1 + width, 255);
    row[0] = 0;
    for (let x = 10; x < width - 10; x++) {
      if (Math.abs(y - (height / 2 + Math.sin(x / 9) * (height / 3))) < 2) row[1 + x] = 20;
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}

const signIn = (request: APIRequestContext, input: Record<string, unknown>) => apiOk<Item>(request, 'mail.parcels.signIn', input, desk);

test.beforeAll(async ({ browser, request }) => {
  await prepareDesk(request);
  desk = await ensureUser(request, 'tangli', '唐丽', ['receptionist']);
  manager = await ensureUser(request, 'zhenghao', '郑浩', ['general_manager']);
  // The call list below counts on the default rule; an earlier run's change is undone.
  await apiOk(request, 'mail.settings.update', { agingDays: 3 }, manager);
  const zhou = await ensureOccupant(request, desk, ZHOU);
  await ensureOccupant(request, desk, WU);
  const lin = await ensureOccupant(request, desk, LIN);
  items.zhou1 = await signIn(request, { trackingNo: NO.zhou1, carrier: 'JT', occupantId: zhou.occupantId });
  items.zhou2 = await signIn(request, { trackingNo: NO.zhou2, carrier: 'YTO', occupantId: zhou.occupantId });
  items.refused = await signIn(request, { trackingNo: NO.refused, carrier: 'SF', occupantId: lin.occupantId });
  items.unmatched = await signIn(request, { trackingNo: NO.unmatched, carrier: 'JT', recipientName: WU.name, recipientPhone: WU.phone });
  items.picked = await signIn(request, { trackingNo: NO.picked, carrier: 'SF', occupantId: lin.occupantId });
  await apiOk(
    request,
    'mail.pickup',
    { itemIds: [items.picked.id], collector: { kind: 'recipient', name: LIN.name }, signature: signaturePng() },
    desk,
  );
  page = await browser.newPage();
});

test.afterAll(async ({ request }) => {
  await page?.close();
  // Later specs on the same desk expect the default rule.
  await apiOk(request, 'mail.settings.update', { agingDays: 3 }, await ensureUser(request, 'zhenghao', '郑浩', ['general_manager']));
});

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });
const rowOf = (trackingNo: string) => page.locator('.mlist-table tbody tr', { hasText: trackingNo });
const detail = () => page.getByRole('dialog', { name: /^邮件详情/ });

async function openRecords(): Promise<void> {
  await nav('邮件记录').click();
  await expect(page.getByRole('heading', { name: '邮件记录', level: 1 })).toBeVisible();
}

async function searchFor(text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: '搜索' });
  await box.fill(text);
  await box.press('Enter');
}

test('a parcel signed in under a name only waits in 未匹配 until it is matched to an occupant', async () => {
  await loginAs(page, 'tangli');
  await openRecords();
  await page.getByRole('tab', { name: '未匹配' }).click();
  await expect(page.getByRole('tab', { name: '未匹配' })).toHaveAttribute('aria-selected', 'true');
  const row = rowOf(NO.unmatched);
  await expect(row).toContainText(WU.name);
  await expect(row).toContainText('未匹配');
  await expect(row).toContainText(items.unmatched.pickupCode);
  await expect(rowOf(NO.zhou1)).toHaveCount(0);
  await page.screenshot({ path: path.join(RESULTS, 'mail-records-unmatched.png') });

  await row.click();
  await expect(detail()).toContainText('签收入库');
  await expect(detail()).toContainText('唐丽');
  await detail().getByRole('button', { name: '匹配收件人' }).click();
  const assign = page.getByRole('dialog', { name: '匹配收件人' });
  await expect(assign).toContainText(`面单上的收件人：${WU.name}`);
  await assign.getByLabel('收件人（住户名录）').fill(WU.name);
  await assign.getByRole('button', { name: `5栋1单元0902 ${WU.name}` }).click();
  await assign.getByRole('button', { name: '匹配', exact: true }).click();

  // Back on the record: matched, with the step in its history; the unmatched list no longer has it.
  await expect(detail()).toContainText('匹配收件人');
  await expect(detail()).toContainText(`→ 5栋1单元0902 ${WU.name}`);
  await expect(detail().getByRole('button', { name: '匹配收件人' })).toHaveCount(0);
  await expect(page.getByRole('status')).toContainText(`已匹配到 5栋1单元0902 ${WU.name}`);
  await expect(row).toHaveCount(0);
  await detail().getByRole('button', { name: '关闭' }).click();
  await expect(detail()).toBeHidden();
});

test('a refused parcel shows under 异常 with its reason and goes back to the carrier on a handover sheet', async () => {
  await page.getByRole('tab', { name: '在库' }).click();
  await searchFor(NO.refused);
  await rowOf(NO.refused).click();
  await detail().getByRole('button', { name: '拒收', exact: true }).click();
  const refuse = page.getByRole('dialog', { name: /^拒收登记/ });
  await refuse.getByRole('button', { name: '登记拒收' }).click();
  await expect(refuse.locator('.field-error')).toContainText('必填');
  await refuse.getByLabel('拒收原因').fill(REFUSAL);
  await refuse.getByRole('button', { name: '登记拒收' }).click();

  await expect(detail()).toContainText('拒收待退');
  await expect(detail().locator('.mlist-event-refused')).toContainText(REFUSAL);
  await expect(detail().locator('.mlist-event-refused')).toContainText('唐丽');
  await page.screenshot({ path: path.join(RESULTS, 'mail-records-detail.png') });
  await detail().getByRole('button', { name: '关闭' }).click();

  await page.getByRole('tab', { name: '异常' }).click();
  const row = rowOf(NO.refused);
  await expect(row).toContainText('拒收待退');
  await expect(row).toContainText(REFUSAL);
  await row.getByRole('checkbox', { name: `选择 ${NO.refused}` }).check();
  await page.getByRole('button', { name: '退回快递公司（1 件）' }).click();
  const ret = page.getByRole('dialog', { name: '退回快递公司' });
  await expect(ret).toContainText(NO.refused);
  await expect(ret.getByLabel('快递公司')).toHaveValue('SF');
  await ret.getByLabel('快递员姓名').fill('刘师傅');
  await ret.getByLabel('快递员电话').fill('13700001111');
  await ret.getByRole('button', { name: '确认退回' }).click();
  await expect(ret.getByRole('status')).toContainText(/已生成退件单 TJ-\d{8}-\d{3}，共 1 件/);
  await expect(row).toContainText('已退回');

  await ret.getByRole('link', { name: '打印退件交接单' }).click();
  const paper = page.locator('.paper');
  await expect(paper.locator('.register-title')).toHaveText('退件交接单');
  await expect(paper).toContainText('刘师傅');
  const line = paper.locator('tr', { hasText: NO.refused });
  await expect(line).toContainText('顺丰速运');
  await expect(line).toContainText(REFUSAL);
  await page.getByRole('button', { name: '返回' }).click();
});

test('a picked-up parcel shows its signature, after saying the view is audited', async () => {
  await openRecords();
  await page.getByRole('tab', { name: '全部' }).click();
  await searchFor(NO.picked);
  await rowOf(NO.picked).click();
  await expect(detail()).toContainText('已取件');
  await expect(detail()).toContainText('查看签名会记入审计日志。');
  await expect(detail().getByRole('img', { name: '领取人签名' })).toHaveCount(0);
  await detail().getByRole('button', { name: '查看签名' }).click();
  const img = detail().getByRole('img', { name: '领取人签名' });
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(160);
  // A closed parcel takes no more exceptions.
  await expect(detail().getByRole('button', { name: '拒收', exact: true })).toHaveCount(0);
  await detail().getByRole('button', { name: '关闭' }).click();
});

test('days later the call list shows the recipient with the phone; a call and a notice slip are recorded', async ({ request }) => {
  await advanceDeskClock(request, 5 * 24 * 60);
  try {
    // The page's session ended with the jump.
    await loginAs(page, 'tangli');
    await nav('催领名单').click();
    await expect(page.getByRole('heading', { name: '催领名单' })).toBeVisible();
    await expect(page.locator('.mlist-rule')).toContainText('超过 3 天');
    const entry = page.locator('.mlist-calls tbody tr', { hasText: ZHOU.name });
    await expect(entry).toContainText('5栋1单元0801');
    await expect(entry.getByRole('link', { name: ZHOU.phone })).toHaveAttribute('href', `tel:${ZHOU.phone}`);
    await expect(entry).toContainText(`${items.zhou1.pickupCode} 极兔速递 · 已等 5 天`);
    await expect(entry).toContainText(`${items.zhou2.pickupCode} 圆通速递 · 已等 5 天`);
    await expect(entry).toContainText('未通知');
    // Refused and returned parcels are not chased.
    await expect(page.locator('.mlist-calls')).not.toContainText(items.refused.pickupCode);
    await page.screenshot({ path: path.join(RESULTS, 'mail-records-calls.png') });

    await entry.getByRole('button', { name: '已电话通知' }).click();
    await expect(page.getByRole('status')).toHaveText(`已记录电话通知：5栋1单元0801 ${ZHOU.name}`);
    await expect(entry).not.toContainText('未通知');
    await expect(entry).toContainText(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);

    await entry.getByRole('button', { name: '打印取件通知单' }).click();
    await expect(page).toHaveURL(new RegExp(`#/mail/notice\\?ids=${items.zhou1.id}(%2C|,)${items.zhou2.id}$`));
    const slip = page.getByRole('article', { name: '取件通知单' });
    await expect(slip).toContainText(`5栋1单元0801 ${ZHOU.name}：`);
    await expect(slip).toContainText('您有 2 件快递');
    await expect(slip.locator('.mlist-notice-code')).toHaveText([items.zhou1.pickupCode, items.zhou2.pickupCode]);
    await expect(slip).toContainText(NO.zhou1.slice(-4));
    await expect(slip).not.toContainText(NO.zhou1);
    await expect(page.getByRole('button', { name: '打印', exact: true })).toBeFocused();

    fs.mkdirSync(RESULTS, { recursive: true });
    const file = path.join(RESULTS, 'mail-notice.pdf');
    fs.writeFileSync(file, await page.pdf({ printBackground: true, preferCSSPageSize: true }));
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(1);
    // A6 is 297.6 x 419.5 pt; Chromium rounds to whole device pixels.
    const [w, h] = (/^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info) ?? []).slice(1).map(Number);
    expect(Math.abs(w - 297.6)).toBeLessThan(1.5);
    expect(Math.abs(h - 419.5)).toBeLessThan(1.5);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(text).toContain(items.zhou1.pickupCode);
    expect(text).not.toContain('退出登录');

    // Both notifications are in the parcel's history.
    await page.getByRole('button', { name: '返回' }).click();
    await openRecords();
    await searchFor(NO.zhou1);
    await rowOf(NO.zhou1).click();
    await expect(detail().locator('.mlist-event-notified')).toHaveText([/电话通知/, /投放取件通知单/]);
    await expect(detail()).toContainText('逾期');
    await detail().getByRole('button', { name: '关闭' }).click();
  } finally {
    await advanceDeskClock(request, -5 * 24 * 60);
  }
});

test("the general manager prints the month's register and changes the overdue rule", async ({ request }) => {
  await loginAs(page, 'zhenghao');
  await openRecords();
  // Readers see the records but do not act on them.
  await expect(page.getByRole('button', { name: /退回快递公司/ })).toHaveCount(0);
  await page.getByRole('link', { name: '打印月度登记表' }).click();
  const paper = page.locator('.paper');
  await expect(paper.locator('.register-title')).toHaveText('邮件收发登记表');
  const line = paper.locator('tr', { hasText: NO.zhou1 });
  await expect(line).toContainText(`5栋1单元0801 ${ZHOU.name}`);
  await expect(line).toContainText(items.zhou1.pickupCode);
  await expect(line).toContainText('唐丽');
  await expect(paper.locator('tr', { hasText: NO.picked })).toContainText(LIN.name);
  await page.screenshot({ path: path.join(RESULTS, 'mail-records-register.png') });
  await page.getByRole('button', { name: '返回' }).click();

  await nav('货架与邮件设置').click();
  const aging = page.getByLabel('快递逾期天数');
  await expect(aging).toHaveValue('3');
  await aging.fill('5');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存邮件设置');
  expect((await apiOk<{ agingDays: number }>(request, 'mail.settings.get', {}, manager)).agingDays).toBe(5);
});

test('shelves: a new shelf D with 4 levels; a shelf with parcels on it keeps its code', async ({ request }) => {
  const shelves = await apiOk<{ code: string }[]>(request, 'mail.shelves.list', {}, desk);
  await loginAs(page, 'tangli');
  await nav('货架与邮件设置').click();
  // Receptionists see the rule but not the form.
  await expect(page.getByLabel('快递逾期天数')).toHaveCount(0);
  await expect(page.locator('.mlist-rule')).toContainText('快递存放超过 5 天标为逾期');

  const rowD = page.locator('.mlist-shelves tbody tr', { has: page.getByRole('cell', { name: 'D', exact: true }) });
  if (shelves.some((s) => s.code === 'D')) {
    await rowD.getByRole('button', { name: '修改' }).click();
  } else {
    await page.getByRole('button', { name: '新增货架' }).click();
  }
  const dialog = page.getByRole('dialog', { name: /新增货架|修改货架 D/ });
  await dialog.getByLabel('货架编号').fill('D');
  await dialog.getByLabel('名称').fill('D 架（文件袋）');
  await dialog.getByLabel('层数').selectOption('4');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('status')).toHaveText('已保存货架 D');
  await expect(rowD).toContainText('D 架（文件袋）');
  await expect(rowD.locator('td').nth(2)).toHaveText('4');

  // The shelf 周晓梅's parcels sit on cannot change its letters while they are there: main says why.
  const code = items.zhou1.shelfCode;
  const row = page.locator('.mlist-shelves tbody tr', { has: page.getByRole('cell', { name: code, exact: true }) });
  await expect(row.locator('td').nth(4)).not.toHaveText('0');
  await row.getByRole('button', { name: '修改' }).click();
  const edit = page.getByRole('dialog', { name: `修改货架 ${code}` });
  await edit.getByLabel('货架编号').fill('QX');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit.locator('.field-error')).toContainText(`货架 ${code} 上还有`);
  await page.screenshot({ path: path.join(RESULTS, 'mail-records-shelves.png') });
  await edit.getByRole('button', { name: '取消' }).click();
  await expect(row).toBeVisible();
});
