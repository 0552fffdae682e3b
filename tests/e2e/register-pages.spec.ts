import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { contract } from '../../src-shared/contract';
import { REGISTER_CHANNELS, type RegisterData } from '../../src-shared/modules/registers';
import { ROLES } from '../../src-shared/roles';
import { describeRegister, registerParams } from '../../src-renderer/features/registers/describe';
import { apiOk, ensureUser, prepareDesk } from './support';

/**
 * Every register of the register centre, in its own real layout (columns, widths, orientation, form number, signature
 * lines — fetched from its channel), printed with 1,000 rows: numbered A4 pages, the title and the header on every
 * page, every row printed once, the signature lines at the end. Rows are the register's own rows repeated, or made up
 * for its columns where this store has none for the period.
 */
const RESULTS = path.resolve('test-results');
const FORM = { from: '2026-01-01', to: '2026-12-31', day: new Date().toISOString().slice(0, 10), buildingId: '' };
const CENTRE = REGISTER_CHANNELS.filter((c) => !describeRegister(c).perDocument);

let tokens: { staff: string; admin: string };

test.beforeAll(async ({ request }) => {
  const admin = await prepareDesk(request);
  const staff = await ensureUser(request, 'quanzhi', '全职测试', ROLES.filter((r) => r !== 'admin'));
  tokens = { staff, admin };
});

/** The widest column carries each row's marker (R0001…R1000) and its label is looked for on every page: it never wraps. */
const widest = (data: RegisterData) => data.columns.reduce((a, b) => (b.width > a.width ? b : a));
const marker = (n: number) => `R${String(n).padStart(4, '0')}`;

function thousand(data: RegisterData, channel: string): RegisterData {
  const sample = data.rows.length > 0 ? data.rows : [Object.fromEntries(data.columns.map((c) => [c.key, `${c.label}样例`]))];
  const key = widest(data).key;
  const rows = Array.from({ length: 1000 }, (_, i) => ({ ...sample[i % sample.length], [key]: marker(i + 1) }));
  return { ...data, rows, fileStem: `${channel}-1000` };
}

for (const channel of CENTRE) {
  test(`${channel}: 1,000 rows on numbered A4 pages with title and header on each`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const access = contract[channel].access;
    const token = access !== 'any' && access !== 'public' && !access.some((r) => r !== 'admin') ? tokens.admin : tokens.staff;
    const data = thousand(await apiOk<RegisterData>(request, channel, registerParams(describeRegister(channel), FORM), token), channel);

    await page.goto('/#/print');
    await page.waitForFunction(() => typeof window.__deskPrint === 'function');
    await page.evaluate((d) => window.__deskPrint?.(d), data);
    await page.waitForFunction(() => document.documentElement.dataset.printReady === '1', undefined, { timeout: 60_000 });
    const file = path.join(RESULTS, 'registers-1000', `${channel}.pdf`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));

    const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    const pages = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).split('\f').filter((p) => p.trim());
    expect(pages.length).toBe(count);
    // However tall a row, 1,000 of them take more than 10 pages, and never a page each.
    expect(count).toBeGreaterThan(10);
    expect(count).toBeLessThan(500);
    const title = data.title.replace(/\s+/g, '');
    const label = widest(data).label.replace(/\s+/g, '');
    pages.forEach((p, i) => {
      const text = p.replace(/\s+/g, '');
      expect(text, `${channel} page ${i + 1}`).toContain(title);
      expect(text, `${channel} page ${i + 1}`).toContain(label);
      if (data.formNo) expect(text, `${channel} page ${i + 1}`).toContain(data.formNo);
      expect(text, `${channel} page ${i + 1}`).toContain(`第${i + 1}页/共${count}页`);
    });
    const all = pages.join('').replace(/\s+/g, '');
    // pdftotext's reading order across a page's columns is its own: compare the set, each marker once.
    const printed = (all.match(/R\d{4}/g) ?? []).sort();
    expect(printed, `${channel}: every row printed once`).toEqual(Array.from({ length: 1000 }, (_, i) => marker(i + 1)));
    for (const s of data.signatures) expect(pages[count - 1].replace(/\s+/g, ''), `${channel} signature ${s}`).toContain(s.replace(/\s+/g, ''));
  });
}
