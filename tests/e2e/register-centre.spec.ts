import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import type { RegisterData } from '../../src-shared/modules/registers';
import { apiOk, ensureOccupant, ensureUser, loginAs, prepareDesk } from './support';

const RESULTS = path.resolve('test-results');

test.beforeAll(async ({ request }) => {
  await prepareDesk(request);
  await ensureUser(request, 'luyao', '卢瑶', ['admin']);
  const gm = await ensureUser(request, 'yuhai', '于海', ['general_manager']);
  await ensureOccupant(request, gm, { building: '3', entrance: '2', room: '1203', name: '王建华' });
});

test('the register centre lists every register the roles may read, grouped by module, and previews and exports one', async ({ page }) => {
  await loginAs(page, 'yuhai');
  await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '登记表中心' }).click();
  await expect(page.getByRole('heading', { name: '登记表中心', level: 1 })).toBeVisible();
  const list = page.getByRole('navigation', { name: '登记表中心' });
  for (const module of ['访客', '邮件快递', '钥匙管理', '失物招领']) await expect(list.getByRole('heading', { name: module })).toBeVisible();
  // Per-document slips (a handover of one batch) are not listed as registers of a period.
  await expect(list.getByRole('button', { name: '快递交接单' })).toHaveCount(0);

  await list.getByRole('button', { name: '访客登记表' }).click();
  await page.getByLabel('起始日期').fill('2026-01-01');
  await page.getByLabel('截止日期').fill('2026-12-31');
  await expect(page.getByLabel('楼栋')).toBeVisible();
  await page.getByLabel('楼栋').selectOption({ label: '3栋' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  await expect(page.getByRole('status')).toContainText('已导出');

  await page.getByRole('button', { name: '预览与打印' }).click();
  await expect(page.getByRole('heading', { name: '打印预览' })).toBeVisible();
  await expect(page.locator('.register-title')).toHaveText('访客登记表');
  await expect(page.locator('.register-meta')).toContainText('2026-01-01');
  await expect(page.getByRole('button', { name: '导出 PDF' })).toBeEnabled();
});

test('the administrator sees only the registers of the directory and the audit trail', async ({ page }) => {
  await loginAs(page, 'luyao');
  await page.goto('/#/registers');
  const list = page.getByRole('navigation', { name: '登记表中心' });
  await expect(list.getByRole('button')).toHaveText(['住户名录', '操作审计记录']);
  await list.getByRole('button', { name: '操作审计记录' }).click();
  await expect(page.getByText('期间可不填（全部）')).toBeVisible();
});

/** A register of 1,000 rows, as a busy month of the visitor register would give. */
function thousandRows(): RegisterData {
  return {
    orgName: '深圳市华景物业服务有限公司',
    title: '访客登记表',
    formNo: 'QR-BA01-01',
    periodLabel: '2026-11-01 至 2026-11-30',
    orientation: 'portrait',
    generatedAt: '2026-11-30 18:00',
    columns: [
      { key: 'no', label: '序号', width: 6 },
      { key: 'name', label: '访客姓名', width: 12 },
      { key: 'unit', label: '被访房号', width: 14 },
      { key: 'purpose', label: '来访事由', width: 20 },
    ],
    rows: Array.from({ length: 1000 }, (_, i) => ({ no: String(i + 1), name: '王建华', unit: '3栋2单元1203', purpose: `探亲访友 第${i + 1}位` })),
    signatures: ['制表人', '审核人'],
    fileStem: 'visitors-1000',
  };
}

test('a register of 1,000 rows prints on numbered A4 pages with the title and column header repeated on each', async ({ page }) => {
  await page.goto('/#/print');
  await page.waitForFunction(() => typeof window.__deskPrint === 'function');
  await page.evaluate((d) => window.__deskPrint?.(d), thousandRows());
  await page.waitForFunction(() => document.documentElement.dataset.printReady === '1', undefined, { timeout: 30_000 });
  const file = path.join(RESULTS, 'register-1000.pdf');
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));

  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages.length).toBe(count);
  // ~30–50 rows fit on a portrait A4 page: 1,000 rows need at least 20 pages and far fewer than 1,000.
  expect(count).toBeGreaterThanOrEqual(20);
  expect(count).toBeLessThanOrEqual(50);
  pages.forEach((p, i) => {
    const text = p.replace(/\s+/g, '');
    expect(text, `page ${i + 1}`).toContain('访客登记表');
    // pdftotext reads the table column by column: each header label once per page.
    for (const label of ['序号', '访客姓名', '被访房号', '来访事由']) expect(text.split(label).length - 1, `page ${i + 1} ${label}`).toBe(1);
    expect(text, `page ${i + 1}`).toContain(`第${i + 1}页/共${count}页`);
  });
  const all = pages.join('').replace(/\s+/g, '');
  for (const n of [1, 500, 999, 1000]) expect(all).toContain(`探亲访友第${n}位`);
  expect(pages[count - 1].replace(/\s+/g, '')).toContain('审核人');
});

test('a real register of 1,000+ rows (the audit trail) exports through registers.pdf as numbered pages with the header repeated', async ({ request }) => {
  test.setTimeout(180_000);
  const token = await ensureUser(request, 'luyao', '卢瑶', ['admin']);
  for (let i = 1; i <= 1000; i++) await apiOk(request, 'settings.update', { idleMinutes: 30 + (i % 2) }, token);
  await apiOk(request, 'settings.update', { idleMinutes: 30 }, token);
  const me = (await apiOk<{ id: number; username: string }[]>(request, 'users.list', {}, token)).find((u) => u.username === 'luyao');
  const pdf = await apiOk<{ fileName: string; base64: string }>(request, 'registers.pdf', { channel: 'audit.register', params: { userId: me?.id, module: 'settings' } }, token);
  const file = path.join(RESULTS, 'audit-1000.pdf');
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages.length).toBe(count);
  expect(count).toBeGreaterThanOrEqual(15);
  pages.forEach((p, i) => {
    const text = p.replace(/\s+/g, '');
    expect(text, `page ${i + 1}`).toContain('操作审计记录');
    expect(text, `page ${i + 1}`).toContain('序号');
    expect(text, `page ${i + 1}`).toContain(`第${i + 1}页/共${count}页`);
  });
  expect(pages.join('').replace(/\s+/g, '')).toContain('1001');
});

test('the administrator backs up now, is refused a file that is not a backup, and restores the backup just made', async ({ page }) => {
  await loginAs(page, 'luyao');
  await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '数据备份' }).click();
  await expect(page.getByRole('heading', { name: '数据备份', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: '备份到本机备份文件夹' }).click();
  await expect(page.getByRole('status')).toContainText('已备份：');
  const history = page.getByRole('table', { name: '备份记录' });
  // The manual backup's rows, not simply the first ones: while another spec had moved the shared desk's clock days
  // ahead, the minute's job timer may have taken that day's automatic backup, which then sorts above anything made today.
  const manual = (rows: Locator) => rows.getByRole('row').filter({ hasText: '手动' }).first();
  await expect(manual(history)).toContainText('成功');
  await expect(page.getByText('最近一次成功备份：')).toBeVisible();

  const bogus = path.join(RESULTS, 'not-a-backup.sqlite');
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(bogus, '这不是数据库文件 3栋2单元1203 王建华');
  await page.getByLabel('备份文件路径').fill(bogus);
  await page.getByRole('button', { name: '恢复…' }).click();
  await page.getByRole('dialog', { name: '确认恢复数据' }).getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByRole('alert').first()).toHaveText(`${bogus} 已损坏或不是数据库文件（完整性检查未通过），不能用于恢复，当前数据未作任何更改`);

  // Restoring the backup made a moment ago leaves the shared store as it was (other specs run on it).
  await manual(page.getByRole('region', { name: '本机备份文件' })).getByRole('button', { name: '用此备份恢复' }).click();
  await expect(page.getByRole('dialog', { name: '确认恢复数据' })).toContainText('当前数据会先保存为安全副本');
  await page.getByRole('dialog', { name: '确认恢复数据' }).getByRole('button', { name: '确认恢复' }).click();
  await expect(page.getByRole('status')).toContainText('条操作日志校验通过');
  await expect(history.getByRole('row').filter({ hasText: '恢复' }).first()).toContainText('成功');
  // The session goes on working on the restored store.
  await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '审计日志' }).click();
  await expect(page.getByText('从备份').first()).toBeVisible();
});

test('the general manager may not open the backups page', async ({ page }) => {
  await loginAs(page, 'yuhai');
  await expect(page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '数据备份' })).toHaveCount(0);
  await page.goto('/#/backups');
  await expect(page.getByText('无权')).toBeVisible();
});

test('the settings hub sets the print logo shown in register headers and links to each module’s settings', async ({ page }) => {
  await loginAs(page, 'yuhai');
  await page.goto('/#/settings');
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  await page.getByLabel('选择图片…').setInputFiles({ name: '华景物业.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('status')).toHaveText('打印标志已更新');
  await expect(page.getByRole('img', { name: '当前标志' })).toBeVisible();
  const links = page.getByRole('region', { name: '各模块设置' });
  for (const name of ['登记表中心', '借用设置']) await expect(links.getByRole('link', { name })).toBeVisible();
  await expect(links.getByRole('link', { name: '数据备份' })).toHaveCount(0);

  await page.getByRole('navigation', { name: '功能导航' }).getByRole('link', { name: '登记表中心' }).click();
  await page.getByRole('navigation', { name: '登记表中心' }).getByRole('button', { name: '邮件收发登记表' }).click();
  await page.getByRole('button', { name: '预览与打印' }).click();
  await expect(page.locator('.register-org img.register-logo')).toBeVisible();
  await expect.poll(() => page.locator('.register-org img.register-logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  // Other specs print on the same desk: take the logo away again.
  await page.goto('/#/settings');
  await page.getByRole('button', { name: '删除标志' }).click();
  await expect(page.getByRole('status')).toHaveText('打印标志已删除');
});
