import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src-main/harness/chromium';

/**
 * One serial run against a fresh desk (the harness starts on an empty temporary data directory every time).
 * E2E_SLOT=n runs a second copy beside the first (its own port, renderer build and artifacts), e.g. while developing.
 */
const slot = Number(process.env.E2E_SLOT ?? 0);
const port = 4317 + slot;
const webOut = slot ? `out/web-${slot}` : 'out/web';
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: slot ? `test-results/e2e-${slot}.json` : 'test-results/e2e.json' }]],
  outputDir: slot ? `test-results/artifacts-${slot}` : 'test-results/artifacts',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: true,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `npx vite build --config vite.web.config.mts --outDir ../${webOut} --emptyOutDir && npx tsx src-main/harness/cli.ts --port ${port} --static ${webOut} --test-clock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
