import { beforeEach, describe, expect, it, vi } from 'vitest';

interface FakeWindow {
  options: { show?: boolean; webPreferences?: Record<string, unknown> };
  url: string | null;
  scripts: string[];
  destroyed: boolean;
  printOptions: unknown;
}
const electron = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  failLoad: false,
  printed: true,
}));
vi.mock('electron', () => {
  class BrowserWindow {
    state: FakeWindow;
    webContents: {
      executeJavaScript(code: string): Promise<unknown>;
      printToPDF(opts: unknown): Promise<Buffer>;
      print(opts: unknown, cb: (ok: boolean) => void): void;
    };
    constructor(options: FakeWindow['options']) {
      this.state = { options, url: null, scripts: [], destroyed: false, printOptions: null };
      electron.windows.push(this.state);
      const state = this.state;
      this.webContents = {
        executeJavaScript: async (code) => {
          state.scripts.push(code);
          return true;
        },
        printToPDF: async (opts) => {
          state.printOptions = opts;
          return Buffer.from('%PDF-1.7 fake');
        },
        print: (opts, cb) => {
          state.printOptions = opts;
          cb(electron.printed);
        },
      };
    }
    async loadURL(url: string) {
      this.state.url = url;
      if (electron.failLoad) throw new Error('ERR_FILE_NOT_FOUND');
    }
    isDestroyed() {
      return this.state.destroyed;
    }
    destroy() {
      this.state.destroyed = true;
    }
  }
  return { BrowserWindow };
});

import { createElectronHost, PRINT_URL, printCallScript, waitScript } from '../../src-main/shell/print';
import type { RegisterData } from '../../src-shared/modules/registers';

const DATA = { title: '访客登记表 "</script><script>alert(1)</script>', rows: [] } as unknown as RegisterData;

beforeEach(() => {
  electron.windows.length = 0;
  electron.failLoad = false;
  electron.printed = true;
});

describe('Electron print host', () => {
  it('renders the print route in a hidden secure window and returns the PDF; the window is destroyed', async () => {
    const pdf = await createElectronHost().renderPdf(DATA);
    expect(pdf.toString()).toContain('%PDF');
    const [win] = electron.windows;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(win.options.webPreferences).not.toHaveProperty('preload');
    expect(win.url).toBe('app://desk/index.html#/print');
    expect(win.scripts).toHaveLength(3);
    expect(win.scripts[0]).toContain("typeof window.__deskPrint === 'function'");
    expect(win.scripts[1]).toContain('window.__deskPrint(');
    expect(win.scripts[2]).toContain("document.documentElement.dataset.printReady === '1'");
    expect(win.printOptions).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(win.destroyed).toBe(true);
  });

  it('print() opens the system dialog and reports printed true/false', async () => {
    const host = createElectronHost();
    expect(await host.print!(DATA)).toBe(true);
    expect(electron.windows[0].printOptions).toMatchObject({ silent: false });
    electron.printed = false;
    expect(await host.print!(DATA)).toBe(false);
    expect(electron.windows.every((w) => w.destroyed)).toBe(true);
  });

  it('destroys the window when loading fails', async () => {
    electron.failLoad = true;
    await expect(createElectronHost().renderPdf(DATA)).rejects.toThrow('ERR_FILE_NOT_FOUND');
    expect(electron.windows[0].destroyed).toBe(true);
  });

  it('passes the data as a JSON literal that evaluates back to the same value', () => {
    const script = printCallScript(DATA);
    let received: unknown;
    const fn = new Function('window', `return ${script}`) as (w: { __deskPrint(d: unknown): void }) => unknown;
    fn({ __deskPrint: (d) => (received = d) });
    expect(received).toEqual(DATA);
    expect(PRINT_URL).toBe('app://desk/index.html#/print');
  });

  it('waitScript resolves when the condition holds and rejects on timeout', async () => {
    const g = globalThis as unknown as { __ready?: boolean };
    g.__ready = false;
    const ready = new Function(`return ${waitScript('globalThis.__ready === true', 2000)}`)() as Promise<boolean>;
    setTimeout(() => (g.__ready = true), 60);
    await expect(ready).resolves.toBe(true);
    const never = new Function(`return ${waitScript('false', 100)}`)() as Promise<boolean>;
    await expect(never).rejects.toThrow('print page not ready');
  });
});
