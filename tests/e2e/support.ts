import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { normalizeBuilding, normalizeEntrance, normalizeRoom } from '../../src-main/modules/directory/labels';
import type { Role } from '../../src-shared/roles';

/**
 * Shared by the spec files that run after `00-front-desk.spec.ts` on the same harness: the same administrator, and a
 * way to get staff and directory entries through the API whether or not an earlier spec made them already.
 */
export const ADMIN = { username: 'admin', password: 'Admin2026desk', orgName: '深圳市华景物业服务有限公司' };
export const STAFF_PASSWORD = 'Qiantai2026';

interface Envelope<T> {
  ok: boolean;
  data: T;
  error?: { code: string; message: string };
}

export async function api<T>(request: APIRequestContext, channel: string, input: unknown, token?: string): Promise<Envelope<T>> {
  const res = await request.post(`/api/${channel}`, {
    data: input,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return (await res.json()) as Envelope<T>;
}

export async function apiOk<T>(request: APIRequestContext, channel: string, input: unknown, token?: string): Promise<T> {
  const env = await api<T>(request, channel, input, token);
  if (!env.ok) throw new Error(`${channel}: ${env.error?.code} ${env.error?.message}`);
  return env.data;
}

/** The administrator's token; does the first-run setup when the desk is still fresh (this spec run alone). */
export async function adminToken(request: APIRequestContext): Promise<string> {
  const status = await apiOk<{ needsSetup: boolean }>(request, 'auth.status', {});
  if (status.needsSetup) {
    return (
      await apiOk<{ token: string }>(request, 'auth.setup', {
        orgName: ADMIN.orgName, username: ADMIN.username, displayName: '系统管理员', password: ADMIN.password,
      })
    ).token;
  }
  return (await apiOk<{ token: string }>(request, 'auth.login', { username: ADMIN.username, password: ADMIN.password })).token;
}

/**
 * Call in each spec's beforeAll: sets the desk up if needed and undoes what earlier specs changed on purpose (the
 * idle test leaves the lock at 1 minute, which would lock a later spec mid-step).
 */
export async function prepareDesk(request: APIRequestContext): Promise<string> {
  const admin = await adminToken(request);
  await apiOk(request, 'settings.update', { idleMinutes: 30, language: 'zh-CN' }, admin);
  return admin;
}

/** Creates the user unless they exist; returns their token. */
export async function ensureUser(request: APIRequestContext, username: string, displayName: string, roles: Role[]): Promise<string> {
  const admin = await adminToken(request);
  const users = await apiOk<{ username: string }[]>(request, 'users.list', {}, admin);
  if (!users.some((u) => u.username === username)) {
    await apiOk(request, 'users.create', { username, displayName, roles, password: STAFF_PASSWORD }, admin);
  }
  return (await apiOk<{ token: string }>(request, 'auth.login', { username, password: STAFF_PASSWORD })).token;
}

/** A building, a unit in it and an occupant, found again by label and name when they exist already. */
export async function ensureOccupant(
  request: APIRequestContext,
  token: string,
  o: { building: string; entrance?: string; room: string; name: string; kind?: 'owner' | 'tenant' | 'company'; phone?: string },
): Promise<{ buildingId: number; unitId: number; occupantId: number; unitLabel: string }> {
  const buildings = await apiOk<{ id: number; name: string }[]>(request, 'directory.buildings.list', {}, token);
  const building = buildings.find((b) => b.name === normalizeBuilding(o.building)) ?? (await apiOk<{ id: number; name: string }>(request, 'directory.buildings.save', { name: o.building }, token));
  const units = await apiOk<{ id: number; room: string; entrance: string; label: string }[]>(request, 'directory.units.list', { buildingId: building.id }, token);
  const unit =
    units.find((u) => u.room === normalizeRoom(o.room) && u.entrance === normalizeEntrance(o.entrance ?? '')) ??
    (await apiOk<{ id: number; label: string }>(request, 'directory.units.save', { buildingId: building.id, entrance: o.entrance ?? '', room: o.room }, token));
  const found = await apiOk<{ rows: { id: number; name: string }[] }>(request, 'directory.occupants.search', { q: '', unitId: unit.id, limit: 200 }, token);
  const occupant =
    found.rows.find((r) => r.name === o.name) ??
    (await apiOk<{ id: number }>(request, 'directory.occupants.save', { unitId: unit.id, name: o.name, kind: o.kind ?? 'owner', phone: o.phone ?? '' }, token));
  return { buildingId: building.id, unitId: unit.id, occupantId: occupant.id, unitLabel: unit.label };
}

/** Moves the harness's clock (started with --test-clock); sessions older than the jump end, so log in again after. */
export async function advanceDeskClock(request: APIRequestContext, minutes: number): Promise<void> {
  const res = await request.post('/__test/clock', { data: { advanceMinutes: minutes } });
  if (!res.ok()) throw new Error(`clock: ${res.status()}`);
}

/** Signs whoever is in out (if anyone) and signs `username` in through the login screen. */
export async function loginAs(page: Page, username: string, password = STAFF_PASSWORD): Promise<void> {
  await page.goto('/');
  const logout = page.getByRole('button', { name: '退出登录' });
  const heading = page.getByRole('heading', { name: '登录' });
  await expect(logout.or(heading)).toBeVisible();
  if (await logout.isVisible()) await logout.click();
  await expect(heading).toBeVisible();
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByLabel('密码', { exact: true }).press('Enter');
  await expect(page.locator('.topbar')).toBeVisible();
}

/** Signs like a hand would: two strokes of several segments across the pad. */
export async function signOn(page: Page, pad: Locator): Promise<void> {
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error('signature pad not visible');
  const at = (fx: number, fy: number) => [box.x + box.width * fx, box.y + box.height * fy] as const;
  await page.mouse.move(...at(0.15, 0.6));
  await page.mouse.down();
  for (const [fx, fy] of [[0.25, 0.3], [0.35, 0.7], [0.45, 0.35], [0.55, 0.65]] as const) await page.mouse.move(...at(fx, fy), { steps: 6 });
  await page.mouse.up();
  await page.mouse.move(...at(0.6, 0.5));
  await page.mouse.down();
  await page.mouse.move(...at(0.85, 0.45), { steps: 8 });
  await page.mouse.up();
}
