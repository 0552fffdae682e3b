import path from 'node:path';
import { expect, test, type APIRequestContext, type Locator, type Page, type Request, type Route } from '@playwright/test';
import type { BuildingRow, OccupantRow, UnitRow } from '../../src-shared/modules/directory';
import type { OnSite, VisitRow } from '../../src-shared/modules/visitors';
import { apiOk, ensureUser, loginAs, prepareDesk } from './support';

/**
 * The renderer at scale: a list of 10,000 rows draws only what is in view and scrolls to its end; a paged list that
 * grew past a few pages does the same; search-as-you-type sends one request per burst of keys, aborts a superseded
 * request (over HTTP) or drops its late answer (over IPC, which cannot cancel), and never shows an older answer.
 */
test.describe.configure({ mode: 'serial' });

const RESULTS = path.resolve('test-results');
const USER = 'guimo';
const BUILDING = '滚动测试楼';
const OCCUPANTS = 300;
const ON_SITE = 10_000;
const resident = (n: number) => `滚动住户${String(n).padStart(4, '0')}`;
const visitor = (n: number) => `规模访客${String(n).padStart(5, '0')}`;

/** The building's residents, created once (a rerun on the same desk finds them). */
async function seedResidents(request: APIRequestContext, token: string): Promise<void> {
  const buildings = await apiOk<BuildingRow[]>(request, 'directory.buildings.list', {}, token);
  const building = buildings.find((b) => b.name === BUILDING) ?? (await apiOk<BuildingRow>(request, 'directory.buildings.save', { name: BUILDING }, token));
  const buildingId = building.id;
  const units = await apiOk<UnitRow[]>(request, 'directory.units.list', { buildingId }, token);
  const unit = units[0] ?? (await apiOk<UnitRow>(request, 'directory.units.save', { buildingId, room: '0101' }, token));
  const have = await apiOk<{ rows: OccupantRow[] }>(request, 'directory.occupants.search', { q: '', buildingId, limit: 1 }, token);
  if (have.rows.length > 0) return;
  // In order, so "newest first" lists them from the last number down to 0001.
  for (let n = 1; n <= OCCUPANTS; n++) {
    await apiOk(request, 'directory.occupants.save', { unitId: unit.id, name: resident(n), kind: 'owner', phone: '' }, token);
  }
}

/** A visit as `visitors.onSite` returns it (typed by the contract); rows differ in height as real ones do. */
function visit(n: number): VisitRow {
  return {
    id: 900_000 + n, visitNo: `FK-20261123-${String(n).padStart(5, '0')}`, name: visitor(n), idType: 'resident_id',
    idNumberMasked: '4403**********0015', phone: '13800000000', company: n % 13 === 0 ? '深圳市南山区前海深港合作区现代服务业综合发展有限公司第一分公司' : '华为技术有限公司',
    purpose: '送货', unitId: 1, unitLabel: `${BUILDING}0101`, buildingId: 1, buildingName: BUILDING, occupantId: null, hostName: '',
    partySize: 1, plate: '', remarks: '', passNumber: n % 7 === 0 ? `TX-${n}` : null, checkedInAt: new Date(Date.now() - 3_600_000).toISOString(),
    checkedInBy: '钱梅', checkedOutAt: null, checkedOutBy: null, checkoutKind: null, idOverrideReason: null, blocklistOverride: null, purged: false,
  };
}

const crowd = (): OnSite => {
  const visits = Array.from({ length: ON_SITE }, (_, i) => visit(i + 1));
  return { total: ON_SITE, people: ON_SITE, buildings: [{ buildingId: 1, buildingName: BUILDING, visits, people: ON_SITE }] };
};

let page: Page;

test.beforeAll(async ({ browser, request }) => {
  test.setTimeout(180_000);
  await prepareDesk(request);
  const token = await ensureUser(request, USER, '规模测试', ['receptionist']);
  await seedResidents(request, token);
  page = await browser.newPage();
  await loginAs(page, USER);
});

test.afterAll(async () => {
  await page.close();
});

const nav = (name: string) => page.locator('.sidenav').getByRole('link', { name, exact: true });

/** Scrolls the box to its end until the row is in view: measured rows may make the list taller as it goes. */
async function scrollToEnd(box: Locator, last: Locator): Promise<void> {
  await expect(async () => {
    await box.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    // Whole, give or take a fraction of a pixel where the box's edge falls.
    await expect(last).toBeInViewport({ ratio: 0.95, timeout: 500 });
  }).toPass({ timeout: 15_000 });
}

test('10,000 visitors on site: only the rows in view are drawn, the end is reached and scrolling never stalls', async () => {
  // The real screen on a made-up crowd: the answer of `visitors.onSite` replaced by one of the contract's shape.
  const body = JSON.stringify({ ok: true, data: crowd() });
  await page.route('**/api/visitors.onSite', (route) => route.fulfill({ contentType: 'application/json', body }));
  await nav('在场访客').click();
  await expect(page.getByTestId('onsite-title')).toHaveText(`在场 ${ON_SITE} 批 ${ON_SITE} 人`);
  const box = page.locator('.visit-group .list-scroll');
  await expect(box.getByText(visitor(1), { exact: true })).toBeVisible();
  const drawn = () => box.locator('tr').count();
  expect(await drawn()).toBeLessThan(200);
  expect(await drawn()).toBeGreaterThan(5);

  // A programmatic scroll of 300 px a frame: the box is never blank where rows should be, and no frame stalls.
  const run = await box.evaluate(async (el) => {
    const gaps: number[] = [];
    let blank = 0;
    let last = performance.now();
    for (let i = 0; i < 120; i++) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      const r = el.getBoundingClientRect();
      for (const y of [r.top + 60, r.top + r.height / 2, r.bottom - 30]) {
        const hit = document.elementFromPoint(r.left + 20, y);
        if (!hit?.closest('td') || hit.closest('.list-spacer')) blank++;
      }
      el.scrollTop += 300;
    }
    return { gaps: gaps.slice(1), blank, top: el.scrollTop };
  });
  const worst = Math.max(...run.gaps);
  test.info().annotations.push({ type: 'frames', description: `worst ${worst.toFixed(0)} ms over ${run.gaps.length} frames` });
  expect(run.top).toBeGreaterThan(20_000);
  expect(run.blank).toBe(0);
  // Generous, for a busy 2-core machine: a list drawing all 10,000 rows per frame would take seconds.
  expect(worst).toBeLessThan(750);
  expect(await drawn()).toBeLessThan(200);
  await page.screenshot({ path: path.join(RESULTS, 'scale-onsite.png') });

  const lastRow = box.locator('tr', { hasText: visitor(ON_SITE) });
  await scrollToEnd(box, lastRow);
  await expect(lastRow).toContainText('签离');
  expect(await drawn()).toBeLessThan(200);

  // The row holding the focus stays drawn when scrolled out of view, so Tab carries on from it, not from the page top.
  const focusedButton = lastRow.getByRole('button', { name: '签离' });
  await focusedButton.focus();
  await box.evaluate((el) => el.scrollTo(0, 0));
  await expect(box.getByText(visitor(1), { exact: true })).toBeInViewport();
  await expect(focusedButton).toBeFocused();
  expect(await drawn()).toBeLessThan(200);
  await page.keyboard.press('Tab');
  await expect(lastRow.getByRole('link', { name: '访客单' })).toBeFocused();
  await page.unroute('**/api/visitors.onSite');
});

test('a paged list grown past a few pages by 加载更多 is drawn in part and scrolls to its last row', async () => {
  await nav('住户名录').click();
  await page.getByLabel('楼栋', { exact: true }).selectOption({ label: BUILDING });
  const box = page.locator('.list-scroll');
  await expect(box.locator('tbody tr').first()).toContainText(resident(OCCUPANTS));
  const more = page.getByRole('button', { name: '加载更多' });
  for (let shown = 50; shown < OCCUPANTS; shown += 50) {
    await more.click();
    await expect(page.getByText(`已显示 ${shown + 50} 条`)).toBeVisible();
  }
  // A full last page cannot know it was the last: one more look finds nothing further.
  if (await more.isVisible()) await more.click();
  await expect(more).toHaveCount(0);
  await expect(page.getByText(`已显示 ${OCCUPANTS} 条`)).toBeVisible();
  expect(await box.locator('tr').count()).toBeLessThan(OCCUPANTS / 2);
  const lastRow = box.locator('tr', { hasText: resident(1) });
  await scrollToEnd(box, lastRow);
  expect(await box.locator('tr').count()).toBeLessThan(OCCUPANTS / 2);
  await page.screenshot({ path: path.join(RESULTS, 'scale-directory.png') });
});

const SEARCH = '**/api/directory.occupants.search';
const SLOW_MS = 2_000;

interface Traffic {
  sent: string[];
  failed: string[];
  finished: string[];
  stop(): Promise<void>;
}

/**
 * Watches the directory search on `on`: every request is logged by its query (`+more` for a next page), and the
 * requests `hold` picks are answered only after SLOW_MS, so a newer one overtakes them.
 */
async function watchSearch(on: Page, hold: (q: string, more: boolean) => boolean): Promise<Traffic> {
  const label = (r: Request) => {
    const body = r.postDataJSON() as { q?: string; before?: number };
    return `${body.q ?? ''}${body.before ? '+more' : ''}`;
  };
  const ours = (r: Request) => r.url().includes('/api/directory.occupants.search');
  const traffic: Traffic = { sent: [], failed: [], finished: [], stop: async () => undefined };
  await on.route(SEARCH, async (route: Route) => {
    const body = route.request().postDataJSON() as { q?: string; before?: number };
    traffic.sent.push(label(route.request()));
    if (hold(body.q ?? '', Boolean(body.before))) await new Promise((r) => setTimeout(r, SLOW_MS));
    // A request the page aborted meanwhile can no longer be continued: that is the point.
    await route.continue().catch(() => undefined);
  });
  const failed = (r: Request) => {
    if (ours(r)) traffic.failed.push(`${label(r)} ${r.failure()?.errorText ?? ''}`);
  };
  const finished = (r: Request) => {
    if (ours(r)) traffic.finished.push(label(r));
  };
  on.on('requestfailed', failed);
  on.on('requestfinished', finished);
  traffic.stop = async () => {
    on.off('requestfailed', failed);
    on.off('requestfinished', finished);
    await on.unroute(SEARCH);
  };
  return traffic;
}

/** The directory screen freshly opened, showing the seeded residents newest first. */
async function openDirectory(on: Page) {
  await on.goto('/#/directory');
  await on.reload();
  const rows = on.locator('.list-scroll tbody tr');
  await expect(rows.first()).toContainText(resident(OCCUPANTS));
  return { searchBox: on.getByRole('searchbox', { name: '搜索' }), rows };
}

const SLOW = resident(2).slice(0, -2); // 滚动住户00: the first 99 residents
const FAST = resident(OCCUPANTS);

test('search as you type: one request per burst of keys; a newer query aborts the older request, whose answer never shows', async () => {
  const { searchBox, rows } = await openDirectory(page);
  const traffic = await watchSearch(page, (q) => q === SLOW);

  // Keys typed faster than the debounce make one request, for the whole text.
  await searchBox.pressSequentially(SLOW, { delay: 30 });
  await expect.poll(() => traffic.sent).toEqual([SLOW]);

  // The older request is still being answered when the newer query is typed: it is aborted, not waited for.
  await searchBox.fill(FAST);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(FAST);
  await expect.poll(() => traffic.failed).toEqual([`${SLOW} net::ERR_ABORTED`]);
  await page.waitForTimeout(SLOW_MS + 500);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(FAST);
  await expect(page.locator('.error-banner')).toHaveCount(0);
  expect(traffic.sent).toEqual([SLOW, FAST]);
  expect(traffic.finished).toEqual([FAST]);

  // Enter (a scanner ends its number with it) searches at once, in place of the pending debounced search, not as well.
  const scanned = resident(150);
  await searchBox.fill(scanned);
  await searchBox.press('Enter');
  await expect(rows.first()).toContainText(scanned);
  await page.waitForTimeout(500);
  expect(traffic.sent).toEqual([SLOW, FAST, scanned]);
  await traffic.stop();
});

test('"load more" of an older list is aborted by a newer search and never lands in the newer list', async () => {
  const { searchBox, rows } = await openDirectory(page);
  const traffic = await watchSearch(page, (_q, more) => more);
  await page.getByRole('button', { name: '加载更多' }).click();
  await expect.poll(() => traffic.sent).toEqual(['+more']);
  await searchBox.fill(FAST);
  await expect(rows).toHaveCount(1);
  await expect.poll(() => traffic.failed).toEqual(['+more net::ERR_ABORTED']);
  await page.waitForTimeout(SLOW_MS + 500);
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('已显示 1 条')).toBeVisible();
  await expect(page.locator('.error-banner')).toHaveCount(0);
  await traffic.stop();
});

/**
 * Electron's preload bridge, played by a script: IPC cannot cancel a call, so this bridge ignores aborts, keeps the
 * session itself (main does, in Electron) and lets every answer arrive, late ones included.
 */
function fakeBridge(): void {
  const KEY = 'fake-bridge-token';
  window.desk = {
    async invoke(channel: string, input: unknown) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const token = sessionStorage.getItem(KEY);
      if (token) headers.Authorization = `Bearer ${token}`;
      const res = await fetch(`./api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
      const envelope = (await res.json()) as { ok: boolean; data?: { token?: string } };
      if ((channel === 'auth.login' || channel === 'auth.setup') && envelope.ok && envelope.data?.token) sessionStorage.setItem(KEY, envelope.data.token);
      return envelope;
    },
  };
}

test('over IPC, where a call cannot be cancelled, the older answer arriving last is dropped', async ({ browser }) => {
  const electronLike = await browser.newPage();
  await electronLike.addInitScript(fakeBridge);
  await loginAs(electronLike, USER);
  const { searchBox, rows } = await openDirectory(electronLike);
  const traffic = await watchSearch(electronLike, (q) => q === SLOW);
  await searchBox.fill(SLOW);
  await expect.poll(() => traffic.sent).toEqual([SLOW]);
  await searchBox.fill(FAST);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(FAST);
  // The older answer does arrive, after the newer one, and changes nothing on screen.
  await expect.poll(() => traffic.finished, { timeout: SLOW_MS * 3 }).toEqual([FAST, SLOW]);
  await electronLike.waitForTimeout(300);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(FAST);
  await expect(electronLike.locator('.error-banner')).toHaveCount(0);
  expect(traffic.failed).toEqual([]);
  await traffic.stop();
  await electronLike.close();
});
