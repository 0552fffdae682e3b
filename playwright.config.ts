import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src-main/harness/chromium';

/** One serial run against a fresh desk (the harness starts on an empty temporary data directory every time). */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    baseURL: 'http://127.0.0.1:4317/',
    viewport: { width: 1280, height: 800 },
    locale: 'zh-CN',
    acceptDownloads: true,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: 'npm run build:web && npx tsx src-main/harness/cli.ts --port 4317',
    url: 'http://127.0.0.1:4317/',
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'pipe',
  },
});
