import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME, CSP } from './security';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function contentType(file: string): string {
  return TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Must run before `app` is ready: `app:` behaves like https (standard, secure, fetch, CSP-bound). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

const URL_RE = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i;

/**
 * The file inside `rootDir` that an `app://desk/…` URL names, or null. Refuses other schemes and hosts, `..` and `.`
 * segments (raw or percent-encoded, once or twice), backslashes, NUL, drive letters and absolute paths, and anything
 * that would still resolve outside the root. Chromium already normalises standard URLs; this is the second lock.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  const m = URL_RE.exec(requestUrl);
  if (!m) return null;
  const [, scheme, authority, rawPath] = m;
  if (scheme.toLowerCase() !== APP_SCHEME || authority.toLowerCase() !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\0\\]/.test(decoded) || /%(2e|2f|5c|00)/i.test(decoded)) return null;
  const rel = decoded.replace(/^\//, '');
  if (rel.startsWith('/') || /^[a-z]:/i.test(rel) || path.isAbsolute(rel)) return null;
  const segments = rel.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, rel === '' ? 'index.html' : rel);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

function respond(status: number, body: BodyInit | null, type: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    },
  });
}

/** Serves the built renderer (`out/renderer`) on `app://desk/`. Call after `app` is ready. */
export function installAppProtocol(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain; charset=utf-8');
    const file = resolveAppPath(rootDir, request.url);
    if (!file) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    try {
      const body = await fs.readFile(file);
      return respond(200, request.method === 'HEAD' ? null : new Uint8Array(body), contentType(file));
    } catch {
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
  });
}
