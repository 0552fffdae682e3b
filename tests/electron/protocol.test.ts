import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (req: { url: string; method: string }) => Promise<Response>>(),
}));
vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
    handle: (scheme: string, fn: (req: { url: string; method: string }) => Promise<Response>) => electron.handlers.set(scheme, fn),
  },
}));

import { installAppProtocol, registerAppScheme, resolveAppPath } from '../../src-main/shell/protocol';
import { CSP } from '../../src-main/shell/security';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-renderer-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>FrontDesk</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1.js'), 'console.log(1)');
  fs.writeFileSync(path.join(os.tmpdir(), 'frontdesk-secret.txt'), 'secret');
});
afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(os.tmpdir(), 'frontdesk-secret.txt'), { force: true });
});

describe('resolveAppPath', () => {
  it('maps app://desk/… into the renderer root', () => {
    expect(resolveAppPath(root, 'app://desk/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://desk/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://desk')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://desk/assets/app-1.js?v=2#x')).toBe(path.join(root, 'assets', 'app-1.js'));
    expect(resolveAppPath(root, 'app://desk/assets/%E5%9B%BE.png')).toBe(path.join(root, 'assets', '图.png'));
  });

  it.each([
    ['dot-dot', 'app://desk/../../etc/passwd'],
    ['dot-dot inside', 'app://desk/assets/../../frontdesk-secret.txt'],
    ['encoded dot-dot', 'app://desk/%2e%2e/%2e%2e/etc/passwd'],
    ['encoded dot-dot (upper)', 'app://desk/%2E%2E/frontdesk-secret.txt'],
    ['double-encoded', 'app://desk/%252e%252e/etc/passwd'],
    ['encoded slash', 'app://desk/..%2f..%2fetc/passwd'],
    ['backslash', 'app://desk/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://desk/..%5c..%5cwindows%5cwin.ini'],
    ['absolute (double slash)', 'app://desk//etc/passwd'],
    ['absolute (encoded)', 'app://desk/%2Fetc%2Fpasswd'],
    ['drive letter', 'app://desk/C:/Windows/win.ini'],
    ['NUL', 'app://desk/index.html%00.png'],
    ['dot segment', 'app://desk/./index.html'],
    ['bad escape', 'app://desk/%E0%A4%A'],
    ['other host', 'app://evil/index.html'],
    ['host with port', 'app://desk:80/index.html'],
    ['other scheme', 'file:///etc/passwd'],
    ['http', 'http://desk/index.html'],
    ['plain path', '/etc/passwd'],
  ])('refuses %s: %s', (_name, url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('the app:// scheme', () => {
  it('is registered as standard and secure (before ready)', () => {
    registerAppScheme();
    expect(electron.schemes).toContainEqual(
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    );
  });

  it('serves renderer files with the CSP and nosniff, and 404s everything else', async () => {
    installAppProtocol(root);
    const handle = electron.handlers.get('app')!;
    const ok = await handle({ url: 'app://desk/index.html', method: 'GET' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ok.headers.get('content-security-policy')).toBe(CSP);
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.text()).toContain('<title>FrontDesk</title>');

    const js = await handle({ url: 'app://desk/assets/app-1.js', method: 'GET' });
    expect(js.headers.get('content-type')).toContain('text/javascript');

    for (const url of ['app://desk/../frontdesk-secret.txt', 'app://desk/%2e%2e/frontdesk-secret.txt', 'app://desk/missing.js']) {
      const res = await handle({ url, method: 'GET' });
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
    }
    expect((await handle({ url: 'app://desk/index.html', method: 'POST' })).status).toBe(405);
  });
});
