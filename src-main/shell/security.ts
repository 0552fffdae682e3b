import type { Session, WebContents, WebPreferences } from 'electron';
import { CSP } from '../csp';

/** The renderer is served from `app://desk/…` (see protocol.ts); nothing else is ever trusted. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export { CSP } from '../csp';

/** webPreferences for every window the shell opens (the main window and the hidden print window). */
export function secureWebPreferences(preload?: string): WebPreferences {
  return {
    ...(preload ? { preload } : {}),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for `app://desk/…` — not another host of the scheme, not http(s), not file:. */
export function isAppUrl(url: unknown): boolean {
  const u = parse(url);
  return !!u && u.protocol === `${APP_SCHEME}:` && u.hostname === APP_HOST && !u.port && !u.username && !u.password;
}

/**
 * The origin of electron-vite's dev server, only for an unpackaged app started by `electron-vite dev`, and only on
 * loopback. Null in every packaged build, so production trusts `app://desk` alone.
 */
export function devServerOrigin(env: NodeJS.ProcessEnv, isPackaged: boolean): string | null {
  if (isPackaged) return null;
  const u = parse(env.ELECTRON_RENDERER_URL);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null;
  if (u.hostname !== 'localhost' && u.hostname !== '127.0.0.1') return null;
  return u.origin;
}

/** Is this frame allowed to talk to the main process? `devOrigin` is null in production (see devServerOrigin). */
export function isTrustedSender(frameUrl: string | null | undefined, devOrigin: string | null = null): boolean {
  if (isAppUrl(frameUrl)) return true;
  if (!devOrigin) return false;
  const u = parse(frameUrl);
  return !!u && u.origin === devOrigin;
}

/** May a window navigate (or be redirected) to this URL? Only within the app itself. */
export function isAllowedNavigation(url: string, devOrigin: string | null = null): boolean {
  return isTrustedSender(url, devOrigin);
}

/** Response headers with our CSP replacing any the response carried. */
export function withCsp(headers: Record<string, string | string[]> | undefined): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') out[name] = value;
  }
  out['Content-Security-Policy'] = [CSP];
  return out;
}

export const denyWindowOpen = (): { action: 'deny' } => ({ action: 'deny' });
/**
 * The camera alone is allowed, to the app itself: lost-property intake takes a photo (issue 6). Microphone, screen,
 * location, notifications and every other permission stay refused, and nothing is allowed to any other origin.
 */
export const permissionRequest = (
  _wc: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: { requestingUrl?: string; mediaTypes?: string[] },
): void => callback(permission === 'media' && isTrustedSender(details?.requestingUrl) && videoOnly(details?.mediaTypes));
export const permissionCheck = (_wc: unknown, permission?: string, origin?: string, details?: { mediaType?: string }): boolean =>
  permission === 'media' && origin === APP_ORIGIN && details?.mediaType === 'video';
const videoOnly = (types: string[] | undefined): boolean => Array.isArray(types) && types.length > 0 && types.every((t) => t === 'video');

/** Session-wide: CSP on every response, every permission refused but the app's own camera. */
export function installSessionSecurity(ses: Session, devOrigin: string | null = null): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    // The dev server needs inline scripts for hot reload; it never exists in a packaged app.
    if (devOrigin && details.url.startsWith(devOrigin)) return callback({});
    callback({ responseHeaders: withCsp(details.responseHeaders) });
  });
  ses.setPermissionRequestHandler(permissionRequest);
  ses.setPermissionCheckHandler(permissionCheck);
}

/** Per webContents: no navigation away from the app, no new windows, no <webview>. */
export function installWebContentsGuards(wc: WebContents, devOrigin: string | null = null): void {
  const guard = (event: { preventDefault(): void }, url: string): void => {
    if (!isAllowedNavigation(url, devOrigin)) event.preventDefault();
  };
  wc.on('will-navigate', guard);
  wc.on('will-frame-navigate', (event) => guard(event, event.url));
  wc.on('will-redirect', guard);
  wc.on('will-attach-webview', (event) => event.preventDefault());
  wc.setWindowOpenHandler(denyWindowOpen);
}
