import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAIN_EXTERNALS, MAIN_OXC } from '../../electron.vite.config';
import type { Desk, DeskOptions } from '../../src-main/desk';

/**
 * The real main bundle imports `electron`, so it cannot run here. This builds `src-main/desk.ts` (everything the
 * main bundle contains except the shell) with the same oxc decorator settings and externals as
 * electron.vite.config.ts, as CommonJS, then opens a real desk with the built code: if the legacy-decorator
 * transform were wrong, TypeORM would find no entity metadata and these calls would fail.
 */
const ROOT = path.resolve(__dirname, '../..');
let outDir: string;
let dataDir: string;
let desk: Desk;

// Like electron-vite's externalizeDeps: node builtins, `dependencies` of package.json and MAIN_EXTERNALS stay
// require()s; everything else (our sources, the oxc decorator helpers) is bundled.
const PKG = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const EXTERNAL = [...Object.keys(PKG.dependencies), ...MAIN_EXTERNALS];
const isExternal = (id: string): boolean =>
  id.startsWith('node:') || builtinModules.includes(id) || EXTERNAL.some((name) => id === name || id.startsWith(`${name}/`));

beforeAll(async () => {
  // Inside the repo so the bundle's bare requires resolve from node_modules (out/ is ignored by git).
  fs.mkdirSync(path.join(ROOT, 'out'), { recursive: true });
  outDir = fs.mkdtempSync(path.join(ROOT, 'out', 'test-main-bundle-'));
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-bundle-data-'));
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    oxc: MAIN_OXC,
    build: {
      ssr: path.join(ROOT, 'src-main/desk.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rolldownOptions: { external: isExternal, output: { format: 'cjs', entryFileNames: 'desk.cjs' } },
    },
  });
  const req = createRequire(path.join(ROOT, 'package.json'));
  const mod = req(path.join(outDir, 'desk.cjs')) as { openDesk(opts: DeskOptions): Promise<Desk> };
  desk = await mod.openDesk({ dataDir });
}, 120_000);

afterAll(async () => {
  await desk?.close();
  for (const dir of [outDir, dataDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('main bundle: TypeORM entities with legacy decorators', () => {
  it('is CommonJS, keeps native deps external and has the decorators transformed', () => {
    const code = fs.readFileSync(path.join(outDir, 'desk.cjs'), 'utf8');
    expect(code).toMatch(/require\(["']better-sqlite3["']\)/);
    expect(code).toMatch(/require\(["']typeorm["']\)/);
    expect(code).toContain('__decorate(');
    expect(code).not.toMatch(/^\s*@(Entity|Column)\(/m);
  });

  it('runs first-run setup, login and entity repositories through the built code', async () => {
    const setup = await desk.dispatch('auth.setup', { orgName: '阳光花园物业服务中心', username: 'admin', displayName: '王建军', password: 'Admin2026' });
    expect(setup.ok).toBe(true);
    const login = await desk.dispatch('auth.login', { username: 'admin', password: 'Admin2026' });
    expect(login.ok).toBe(true);
    const token = login.ok ? (login.data as { token: string }).token : '';
    const users = await desk.dispatch('users.list', {}, { token });
    expect(users.ok && (users.data as { username: string }[]).map((u) => u.username)).toEqual(['admin']);
    const building = await desk.dispatch('directory.buildings.save', { name: '3号楼' }, { token });
    expect(building.ok).toBe(true);
    const buildingId = building.ok ? (building.data as { id: number }).id : 0;
    const unit = await desk.dispatch('directory.units.save', { buildingId, entrance: '2', room: '1201' }, { token });
    expect(unit.ok).toBe(true);
    const units = await desk.dispatch('directory.units.list', { buildingId }, { token });
    expect(units.ok && (units.data as unknown[]).length).toBe(1);
  });
});
