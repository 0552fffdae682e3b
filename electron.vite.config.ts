import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * Native and server-side packages the main process requires at run time from node_modules (never bundled).
 * electron-vite already externalizes every `dependencies` entry; this list makes the important ones explicit and is
 * checked by tests/electron/build-config.test.ts.
 */
export const MAIN_EXTERNALS = [
  'better-sqlite3',
  'typeorm',
  'exceljs',
  'reflect-metadata',
  'pinyin-pro',
  'csv-parse',
  'csv-parse/sync',
  'dayjs',
  'zod',
];

/**
 * TypeORM entities use legacy (experimental) decorators. Vite 8 transforms TypeScript with oxc, which reads
 * `experimentalDecorators` / `emitDecoratorMetadata` from tsconfig.json; we pin the same settings here so the main
 * bundle does not silently change if tsconfig lookup does. Vitest uses the same oxc transform with tsconfig.
 */
export const MAIN_OXC = { decorator: { legacy: true, emitDecoratorMetadata: false } };

export default defineConfig({
  main: {
    oxc: MAIN_OXC,
    build: {
      outDir: 'out/main',
      externalizeDeps: { include: MAIN_EXTERNALS },
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/shell/main.ts') },
        external: MAIN_EXTERNALS,
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Sandboxed preloads cannot require anything but `electron`: bundle everything into one CommonJS file.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-main/shell/preload.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
  },
});
