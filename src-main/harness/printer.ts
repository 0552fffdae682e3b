import { chromium, type Browser } from 'playwright-core';
import type { RegisterData } from '../../src-shared/modules/registers';
import type { Host } from '../ipc/context';
import { chromiumLaunchOptions } from './chromium';

/**
 * The harness's Host: renders a register through the renderer's own print route in headless Chromium, exactly as
 * the Electron shell does in its hidden window. The browser starts on first use and is reused.
 */
export function chromiumPrinter(baseUrl: string): Host & { close(): Promise<void> } {
  let browser: Promise<Browser> | null = null;
  return {
    async renderPdf(data: RegisterData): Promise<Buffer> {
      browser ??= chromium.launch(chromiumLaunchOptions());
      const page = await (await browser).newPage();
      try {
        await page.goto(`${baseUrl}#/print`);
        await page.waitForFunction(() => typeof (window as unknown as { __deskPrint?: unknown }).__deskPrint === 'function');
        await page.evaluate((d) => (window as unknown as { __deskPrint: (x: unknown) => void }).__deskPrint(d), data);
        await page.waitForFunction(() => document.documentElement.dataset.printReady === '1', undefined, { timeout: 30_000 });
        return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      } finally {
        await page.close();
      }
    },
    async close() {
      if (browser) await (await browser).close();
    },
  };
}
