import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron } from 'playwright';
import { describe, expect, it } from 'vitest';

/**
 * Launches the built app in real Electron, where the binary exists. `require('electron')` would try to download the
 * binary when it is missing, so we read the package's own path.txt first and only require it when the file is there.
 */
const ROOT = path.resolve(__dirname, '../..');
const req = createRequire(path.join(ROOT, 'package.json'));

function electronBinary(): string | null {
  try {
    const pkgDir = path.dirname(req.resolve('electron/package.json'));
    const pathFile = path.join(pkgDir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const rel = fs.readFileSync(pathFile, 'utf8').trim();
    const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkgDir, 'dist');
    if (!fs.existsSync(path.join(dist, rel))) return null;
    const bin = req('electron') as unknown;
    return typeof bin === 'string' && fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

const BINARY = electronBinary();
const BUILT = fs.existsSync(path.join(ROOT, 'out/main/index.js')) && fs.existsSync(path.join(ROOT, 'out/renderer/index.html'));
const SKIP_REASON = !BINARY
  ? 'SKIPPED: Electron binary not available on this machine (cannot be downloaded here)'
  : !BUILT
    ? 'SKIPPED: the app is not built (run `npm run build` first)'
    : null;
if (SKIP_REASON) console.log(SKIP_REASON);

describe('Electron smoke', () => {
  it.skipIf(SKIP_REASON !== null)(
    'launches on a fresh data directory and shows the first-run screen',
    async () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-electron-'));
      const app = await _electron.launch({
        executablePath: BINARY!,
        args: [ROOT, '--data-dir', dataDir],
        cwd: ROOT,
        env: { ...process.env, ELECTRON_RENDERER_URL: '' },
      });
      try {
        const win = await app.firstWindow();
        await win.waitForLoadState('domcontentloaded');
        expect(win.url()).toMatch(/^app:\/\/desk\//);
        expect(await win.title()).toMatch(/FrontDesk|物业前台/);
        // The renderer has the bridge and nothing of Node.
        const env = await win.evaluate(() => {
          const w = window as unknown as { desk?: { invoke?: unknown }; require?: unknown; process?: unknown };
          return { invoke: typeof w.desk?.invoke, keys: Object.keys(w.desk ?? {}), require: typeof w.require, process: typeof w.process };
        });
        expect(env).toEqual({ invoke: 'function', keys: ['invoke'], require: 'undefined', process: 'undefined' });
        const status = await win.evaluate(() =>
          (window as unknown as { desk: { invoke(c: string, i: unknown): Promise<unknown> } }).desk.invoke('auth.status', {}),
        );
        expect(status).toMatchObject({ ok: true, data: { needsSetup: true } });
        await expect
          .poll(async () => (await win.textContent('body')) ?? '', { timeout: 15_000 })
          .toMatch(/首次|初始化|管理员|设置/);
        expect(fs.existsSync(path.join(dataDir, 'frontdesk.sqlite'))).toBe(true);
      } finally {
        await app.close();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
