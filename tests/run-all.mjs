// The one test command (`npm test`): builds the desk and the renderer, runs vitest (unit, db, ipc, electron) and Playwright (e2e
// in Chromium through the harness), then prints one line `N passed, N failed, N skipped` over both runners.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

fs.mkdirSync('test-results', { recursive: true });
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

// The desk's own build (main, preload, renderer for Electron) and the renderer alone for the harness.
if (run('npm', ['run', 'build']) !== 0) problems.push('electron-vite build failed');
if (run('npm', ['run', 'build:web']) !== 0) problems.push('renderer build failed');

for (const f of ['test-results/vitest.json', 'test-results/e2e.json']) fs.rmSync(f, { force: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
  if (vitestStatus !== 0 && vitest.numFailedTests === 0) problems.push('vitest exited with an error outside the tests');
} else problems.push('vitest wrote no report');

const e2eStatus = run('npx', ['playwright', 'test']);
const e2e = readJson('test-results/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
  if (e2eStatus !== 0 && e2e.stats.unexpected === 0) problems.push('playwright exited with an error outside the tests');
} else problems.push('playwright wrote no report');

for (const p of problems) console.log(`ERROR: ${p}`);
if (problems.length > 0) failed += problems.length;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
