import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { RegisterData } from '../../src-shared/modules/registers';

const RESULTS = path.resolve('test-results');

/** Enough rows for several A4 pages, so the repeated header and the page counter can be seen on page 2. */
function longRegister(): RegisterData {
  return {
    orgName: '深圳市华景物业服务有限公司',
    title: '文件、资料借阅登记表',
    formNo: 'QR-WD01-02-04',
    periodLabel: '2026-11-01 至 2026-11-30',
    orientation: 'portrait',
    generatedAt: '2026-11-23 09:30',
    columns: [
      { key: 'no', label: '序号', width: 6 },
      { key: 'doc', label: '文件名称', width: 30 },
      { key: 'who', label: '借阅人', width: 12 },
      { key: 'due', label: '归还日期', width: 14 },
    ],
    rows: Array.from({ length: 90 }, (_, i) => ({ no: String(i + 1), doc: `物业服务合同第${i + 1}号`, who: '王建华', due: '2026-12-15' })),
    signatures: ['起草人', '审核人', '审批人'],
    fileStem: 'borrowing',
  };
}

test('#/print renders a handed-over register on numbered A4 pages with the header on every page', async ({ page }) => {
  await page.goto('/#/print');
  await page.waitForFunction(() => typeof window.__deskPrint === 'function');
  // The print page needs no session and exposes nothing but the print hook.
  await expect(page.locator('.sidenav')).toHaveCount(0);
  await page.evaluate((d) => window.__deskPrint?.(d), longRegister());
  await page.waitForFunction(() => document.documentElement.dataset.printReady === '1');

  const file = path.join(RESULTS, 'print-route.pdf');
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
  expect(pages.length).toBeGreaterThan(1);
  const second = pages[1].replace(/\s+/g, '');
  expect(second).toContain('文件、资料借阅登记表');
  expect(second).toContain('QR-WD01-02-04');
  expect(second).toContain('借阅人');
  expect(second).toContain(`第2页/共${pages.length}页`);
  expect(pages[pages.length - 1].replace(/\s+/g, '')).toContain('审批人');
});
