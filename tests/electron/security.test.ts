import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {} }));

import type { Session, WebContents } from 'electron';
import {
  APP_ENTRY_URL,
  CSP,
  devServerOrigin,
  installSessionSecurity,
  installWebContentsGuards,
  isAllowedNavigation,
  isTrustedSender,
  secureWebPreferences,
  withCsp,
} from '../../src-main/shell/security';
import { mainWindowOptions, WINDOW_TITLE } from '../../src-main/shell/window';
import { startupErrorMessage } from '../../src-main/shell/startup-error';
import { DeskError } from '../../src-shared/errors';

describe('webPreferences', () => {
  it('isolate, sandbox and keep Node out of every renderer', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.js');
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(secureWebPreferences()).not.toHaveProperty('preload');
  });

  it('the main window uses them, with the preload and the product title', () => {
    const opts = mainWindowOptions('/p.js');
    expect(opts.title).toBe(WINDOW_TITLE);
    expect(opts.show).toBe(false);
    expect(opts.webPreferences).toEqual(secureWebPreferences('/p.js'));
  });
});

describe('CSP', () => {
  const directives = new Map(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));

  it('is strict: self only, no eval, no plugins, no base or form targets, no framing', () => {
    expect(directives.get('default-src')).toBe("'self'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('form-action')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(CSP).not.toContain('unsafe-eval');
    expect(directives.get('script-src')).not.toContain('unsafe-inline');
    expect(CSP).not.toMatch(/\*|https?:/);
  });

  it('replaces any policy a response carried (any header case) and keeps other headers', () => {
    const out = withCsp({ 'content-security-policy': ["default-src *"], 'Content-Type': ['text/html'] });
    expect(out['Content-Security-Policy']).toEqual([CSP]);
    expect(out['content-security-policy']).toBeUndefined();
    expect(out['Content-Type']).toEqual(['text/html']);
  });
});

describe('trusted senders and navigation', () => {
  it('trusts only app://desk/…', () => {
    expect(isTrustedSender(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender('app://desk/index.html#/visitors')).toBe(true);
    for (const url of [
      'http://127.0.0.1:5173/',
      'http://localhost/',
      'https://example.com/',
      'file:///C:/app/index.html',
      'file:///opt/frontdesk/out/renderer/index.html',
      'app://evil/index.html',
      'app://desk.evil.com/',
      'app://desk:8080/',
      'app://user@desk/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      'data:text/html,hi',
      '',
      null,
      undefined,
    ]) {
      expect(isTrustedSender(url), String(url)).toBe(false);
    }
  });

  it('the dev server is trusted only when unpackaged, on loopback, when named', () => {
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false)).toBe('http://localhost:5173');
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true)).toBeNull();
    expect(devServerOrigin({ ELECTRON_RENDERER_URL: 'http://example.com:5173' }, false)).toBeNull();
    expect(devServerOrigin({}, false)).toBeNull();
    expect(isTrustedSender('http://127.0.0.1:5173/')).toBe(false);
    expect(isTrustedSender('http://localhost:5173/#/x', 'http://localhost:5173')).toBe(true);
  });

  it('navigation is allowed inside the app only', () => {
    expect(isAllowedNavigation('app://desk/index.html#/print')).toBe(true);
    expect(isAllowedNavigation('https://example.com')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
  });
});

type Listener = (...args: unknown[]) => void;

function fakeWebContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: unknown) => unknown) | null = null;
  const wc = {
    on(name: string, fn: Listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), fn]);
      return wc;
    },
    setWindowOpenHandler(fn: (details: unknown) => unknown) {
      openHandler = fn;
    },
  };
  const emit = (name: string, ...args: unknown[]) => {
    const fns = listeners.get(name) ?? [];
    expect(fns.length, `listener for ${name}`).toBeGreaterThan(0);
    for (const fn of fns) fn(...args);
  };
  return { wc: wc as unknown as WebContents, emit, open: (d: unknown) => openHandler?.(d) };
}

describe('webContents guards', () => {
  it('will-navigate: refuses https://example.com, allows the app origin', () => {
    const { wc, emit } = fakeWebContents();
    installWebContentsGuards(wc);
    const outside = { preventDefault: vi.fn() };
    emit('will-navigate', outside, 'https://example.com');
    expect(outside.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    emit('will-navigate', inside, 'app://desk/index.html#/login');
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('will-frame-navigate and will-redirect are guarded too; <webview> is refused', () => {
    const { wc, emit } = fakeWebContents();
    installWebContentsGuards(wc);
    const frame = { url: 'http://127.0.0.1:8080/', preventDefault: vi.fn() };
    emit('will-frame-navigate', frame);
    expect(frame.preventDefault).toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    emit('will-redirect', redirect, 'https://evil.example/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('window.open is denied, whatever the URL', () => {
    const { wc, open } = fakeWebContents();
    installWebContentsGuards(wc);
    expect(open({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(open({ url: 'app://desk/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('session security', () => {
  function fakeSession() {
    const state: {
      onHeaders?: (details: { url: string; responseHeaders?: Record<string, string[]> }, cb: (r: unknown) => void) => void;
      request?: (wc: unknown, permission: string, cb: (granted: boolean) => void, details?: { requestingUrl?: string; mediaTypes?: string[] }) => void;
      check?: (...args: unknown[]) => boolean;
    } = {};
    const ses = {
      webRequest: { onHeadersReceived: (fn: typeof state.onHeaders) => (state.onHeaders = fn) },
      setPermissionRequestHandler: (fn: typeof state.request) => (state.request = fn),
      setPermissionCheckHandler: (fn: typeof state.check) => (state.check = fn),
    };
    return { ses: ses as unknown as Session, state };
  }

  it('puts the CSP on every response', () => {
    const { ses, state } = fakeSession();
    installSessionSecurity(ses);
    const cb = vi.fn();
    state.onHeaders!({ url: 'app://desk/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, cb);
    expect(cb).toHaveBeenCalledWith({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [CSP] } });
  });

  it('denies every permission request and check but the app\'s own camera (video only)', () => {
    const { ses, state } = fakeSession();
    installSessionSecurity(ses);
    const request = (permission: string, details: { requestingUrl?: string; mediaTypes?: string[] }) => {
      const cb = vi.fn();
      state.request!({}, permission, cb, details);
      return cb.mock.calls[0]?.[0] as boolean;
    };
    for (const permission of ['geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'display-capture']) {
      expect(request(permission, { requestingUrl: 'app://desk/index.html' }), permission).toBe(false);
      expect(state.check!({}, permission, 'app://desk', {}), permission).toBe(false);
    }
    expect(request('media', { requestingUrl: 'app://desk/index.html#/lostfound', mediaTypes: ['video'] })).toBe(true);
    expect(request('media', { requestingUrl: 'app://desk/index.html', mediaTypes: ['video', 'audio'] })).toBe(false);
    expect(request('media', { requestingUrl: 'app://desk/index.html', mediaTypes: ['audio'] })).toBe(false);
    expect(request('media', { requestingUrl: 'app://desk/index.html', mediaTypes: [] })).toBe(false);
    expect(request('media', { requestingUrl: 'https://evil.example/', mediaTypes: ['video'] })).toBe(false);
    expect(request('media', {})).toBe(false);
    expect(state.check!({}, 'media', 'app://desk', { mediaType: 'video' })).toBe(true);
    expect(state.check!({}, 'media', 'app://desk', { mediaType: 'audio' })).toBe(false);
    expect(state.check!({}, 'media', 'https://evil.example', { mediaType: 'video' })).toBe(false);
  });
});

describe('startup errors', () => {
  it('a database from a newer version gets a clear Chinese message with the data directory', () => {
    const msg = startupErrorMessage(new DeskError('DB_TOO_NEW', { found: 5, known: 1 }), '/data/desk');
    expect(msg).toContain('更新版本');
    expect(msg).toContain('5');
    expect(msg).toContain('数据目录：/data/desk');
  });

  it('any other failure says the app will quit and shows the cause', () => {
    const msg = startupErrorMessage(new Error('SQLITE_CANTOPEN: unable to open database file'), 'D:\\desk');
    expect(msg).toContain('无法打开数据文件');
    expect(msg).toContain('SQLITE_CANTOPEN');
  });
});
