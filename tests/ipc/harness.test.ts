import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../../src-main/harness/server';
import { tempDir } from '../support/desk';

/** Raw requests, so tests can send the Host and Origin headers a browser under DNS rebinding would. */
function request(h: Harness, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(h.url);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: url.port, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

let h: Harness;
let staticDir: string;
beforeAll(async () => {
  staticDir = tempDir('frontdesk-static-');
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>物业前台</title>');
  h = await startHarness({ port: 0, staticDir });
});
afterAll(async () => {
  await h.close();
  fs.rmSync(staticDir, { recursive: true, force: true });
  fs.rmSync(h.dataDir, { recursive: true, force: true });
});

describe('harness', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers the contract over POST /api/<channel> with the envelope', async () => {
    const res = await request(h, { path: '/api/auth.status', body: '{}' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, data: { needsSetup: true } });
  });

  it('refuses a foreign Host or Origin (DNS rebinding)', async () => {
    const port = new URL(h.url).port;
    expect((await request(h, { path: '/api/auth.status', headers: { Host: `evil.example:${port}` } })).status).toBe(403);
    expect((await request(h, { path: '/api/auth.status', headers: { Origin: 'http://evil.example' } })).status).toBe(403);
    expect((await request(h, { path: '/', method: 'GET', headers: { Host: 'attacker.test' } })).status).toBe(403);
    expect((await request(h, { path: '/api/auth.status', headers: { Origin: `http://localhost:${port}` } })).status).toBe(200);
  });

  it('refuses malformed JSON, unknown channels and a missing token with specific codes', async () => {
    expect(JSON.parse((await request(h, { path: '/api/auth.login', body: '{"username":' })).body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.parse((await request(h, { path: '/api/admin.shell', body: '{}' })).body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(JSON.parse((await request(h, { path: '/api/users.list', body: '{}' })).body)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('serves the renderer and never a file outside it', async () => {
    expect((await request(h, { method: 'GET', path: '/' })).body).toContain('物业前台');
    for (const p of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2f..%2fetc%2fpasswd', '/%00index.html']) {
      const res = await request(h, { method: 'GET', path: p });
      expect(res.body).not.toContain('"name": "frontdesk"');
      expect(res.body).not.toContain('root:');
    }
    expect((await request(h, { method: 'GET', path: '/api/auth.status' })).status).toBe(405);
  });

  it('has no clock control unless started for end-to-end tests with testClock', async () => {
    const before = h.desk.rt.clock().getTime();
    expect((await request(h, { path: '/__test/clock', body: '{"advanceMinutes":1440}' })).status).toBe(405);
    expect(Math.abs(h.desk.rt.clock().getTime() - before)).toBeLessThan(60_000);

    const clocked = await startHarness({ port: 0, staticDir, testClock: true, clock: () => new Date('2026-11-20T09:00:00+08:00') });
    try {
      const res = await request(clocked, { path: '/__test/clock', body: '{"advanceMinutes":1440}' });
      expect(JSON.parse(res.body)).toEqual({ now: new Date('2026-11-21T09:00:00+08:00').toISOString() });
      expect((await request(clocked, { path: '/__test/clock', body: '{"advanceMinutes":"x"}' })).status).toBe(400);
    } finally {
      await clocked.close();
      fs.rmSync(clocked.dataDir, { recursive: true, force: true });
    }
  });

  it('sends a strict CSP with every response', async () => {
    const url = new URL(h.url);
    const csp = await new Promise<string>((resolve) =>
      http.get({ host: '127.0.0.1', port: url.port, path: '/' }, (res) => {
        res.resume();
        resolve(String(res.headers['content-security-policy']));
      }),
    );
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
