import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../src-shared/errors';
import { CSP } from '../csp';
import { LANGUAGES, type Language } from '../../src-shared/modules/settings';
import { openDesk, type Desk } from '../desk';
import { chromiumPrinter } from './printer';
import { staticFile } from './static-files';

export interface HarnessOptions {
  /** A fresh temporary directory when absent. */
  dataDir?: string;
  /** 0 picks a free port. */
  port?: number;
  staticDir?: string;
  clock?: () => Date;
  /**
   * End-to-end tests only: `POST /__test/clock {"advanceMinutes": n}` moves the desk's clock, so time-driven work
   * (end-of-day check-out, expiry) can be seen in the real UI. Off unless asked for; never in the Electron desk.
   */
  testClock?: boolean;
  /** Back the store up when the harness closes, as the desk does when it quits (issue 8). */
  backupOnClose?: boolean;
}

export interface Harness {
  url: string;
  dataDir: string;
  desk: Desk;
  close(): Promise<void>;
}

const MAX_BODY = 16 * 1024 * 1024;

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': CSP });
  res.end(body);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The same dispatcher as the desk, over HTTP on 127.0.0.1 only, for trying the app in a browser and for tests.
 * Requests whose Host or Origin is not this server are refused (DNS rebinding). Never packaged.
 */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'frontdesk-'));
  const staticDir = path.resolve(opts.staticDir ?? 'out/web');
  let offsetMs = 0;
  const baseClock = opts.clock ?? (() => new Date());
  const desk = await openDesk({
    dataDir,
    clock: opts.testClock ? () => new Date(baseClock().getTime() + offsetMs) : baseClock,
    backupOnClose: opts.backupOnClose,
    // The same app as the shell's, also in how its store starts.
    preallocateWal: true,
  });
  let allowedHosts = new Set<string>();

  const server = http.createServer(async (req, res) => {
    try {
      const host = req.headers.host ?? '';
      const origin = req.headers.origin;
      if (!allowedHosts.has(host) || (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))) {
        return send(res, 403, JSON.stringify({ error: 'forbidden host or origin' }));
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (opts.testClock && url.pathname === '/__test/clock' && req.method === 'POST') {
        const body = JSON.parse((await readBody(req)) ?? '{}') as { advanceMinutes?: unknown };
        if (typeof body.advanceMinutes !== 'number' || !Number.isFinite(body.advanceMinutes)) return send(res, 400, JSON.stringify({ error: 'advanceMinutes' }));
        offsetMs += body.advanceMinutes * 60_000;
        return send(res, 200, JSON.stringify({ now: desk.rt.clock().toISOString() }));
      }
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, JSON.stringify({ error: 'POST only' }));
        const channel = decodeURIComponent(url.pathname.slice('/api/'.length));
        const raw = await readBody(req);
        let input: unknown;
        try {
          input = raw === null ? Symbol('too large') : raw.trim() === '' ? {} : JSON.parse(raw);
        } catch {
          input = Symbol('malformed JSON');
        }
        const auth = req.headers.authorization;
        const token = auth?.startsWith('Bearer ') ? auth.slice(7) : null;
        const langHeader = req.headers['x-desk-lang'];
        const lang = (LANGUAGES as readonly string[]).includes(String(langHeader)) ? (langHeader as Language) : undefined;
        // A payload that is not JSON reaches the dispatcher as a value no schema accepts, so it is refused there.
        const envelope: Envelope<unknown> = await desk.dispatch(channel, input, { token, lang });
        return send(res, 200, JSON.stringify(envelope));
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, JSON.stringify({ error: 'GET only' }));
      const found = staticFile(staticDir, url.pathname) ?? staticFile(staticDir, '/');
      if (!found) return send(res, 404, 'renderer not built: run npm run build:web', 'text/plain; charset=utf-8');
      return send(res, 200, fs.readFileSync(found.file), found.type);
    } catch (err) {
      console.error('[harness]', err instanceof Error ? err.message : err);
      if (!res.headersSent) send(res, 500, JSON.stringify({ error: 'internal' }));
    }
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const url = `http://127.0.0.1:${port}/`;
  const printer = chromiumPrinter(url);
  desk.rt.host = printer;
  return {
    url,
    dataDir,
    desk,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await printer.close();
      await desk.close();
    },
  };
}
