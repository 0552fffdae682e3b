import { defineConfig } from 'vitest/config';

// The desk's local time is China's: end-of-day jobs and daily numbers are tested at Beijing time wherever CI runs.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  test: {
    include: ['tests/{unit,db,ipc,electron}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
