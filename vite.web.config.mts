import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The renderer alone, for the browser harness (`npm run web`) and the end-to-end tests. */
export default defineConfig({
  root: 'src-renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../out/web', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
