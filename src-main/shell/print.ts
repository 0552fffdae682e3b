import { BrowserWindow, dialog, type WebContents } from 'electron';
import type { RegisterData } from '../../src-shared/modules/registers';
import type { Host } from '../ipc/context';
import { APP_ENTRY_URL, secureWebPreferences } from './security';

export const PRINT_URL = `${APP_ENTRY_URL}#/print`;
const READY_TIMEOUT_MS = 30_000;

export const PDF_OPTIONS = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true } as const;

/** A script that resolves once `expr` is true in the page, or rejects after `timeoutMs`. */
export function waitScript(expr: string, timeoutMs: number): string {
  return `new Promise((resolve, reject) => {
  const t0 = Date.now();
  const tick = () => {
    let ok = false;
    try { ok = !!(${expr}); } catch (e) { ok = false; }
    if (ok) return resolve(true);
    if (Date.now() - t0 > ${Math.max(0, Math.floor(timeoutMs))}) return reject(new Error('print page not ready'));
    setTimeout(tick, 50);
  };
  tick();
})`;
}

/** The call that hands a register to the print route. The data goes in as a JSON literal, never as code. */
export function printCallScript(data: RegisterData): string {
  const json = JSON.stringify(data).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `(() => { window.__deskPrint(${json}); return true; })()`;
}

export const HAS_PRINT_HOOK = "typeof window.__deskPrint === 'function'";
export const PRINT_READY = "document.documentElement.dataset.printReady === '1'";

/** Loads the print route in a hidden, sandboxed window with no preload, renders `data`, runs `use`, destroys it. */
async function withPrintPage<T>(data: RegisterData, use: (wc: WebContents) => Promise<T>): Promise<T> {
  const win = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: secureWebPreferences() });
  try {
    await win.loadURL(PRINT_URL);
    const wc = win.webContents;
    await wc.executeJavaScript(waitScript(HAS_PRINT_HOOK, READY_TIMEOUT_MS));
    await wc.executeJavaScript(printCallScript(data));
    await wc.executeJavaScript(waitScript(PRINT_READY, READY_TIMEOUT_MS));
    return await use(wc);
  } finally {
    if (!win.isDestroyed()) win.destroy();
  }
}

/** The Electron Host: registers to PDF (`printToPDF`) or to the system print dialog. */
export function createElectronHost(): Host {
  return {
    renderPdf: (data) => withPrintPage(data, (wc) => wc.printToPDF({ ...PDF_OPTIONS })),
    print: (data) =>
      withPrintPage(
        data,
        (wc) => new Promise<boolean>((resolve) => wc.print({ silent: false, printBackground: true }, (printed) => resolve(printed))),
      ),
    // Backups to a chosen folder (issue 8): the folder dialog is the shell's, the backup itself is main's.
    chooseFolder: async () => {
      const win = BrowserWindow.getFocusedWindow();
      const options = { title: '选择备份文件夹', properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[] };
      const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
    },
  };
}
