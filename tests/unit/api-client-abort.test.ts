import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The renderer's API client with an AbortSignal, on both transports: over HTTP the signal goes to `fetch` (the
 * request is cancelled); over IPC, which cannot cancel, the caller is released at once and the late answer ignored.
 * Either way an abort is an AbortError (`isAborted`), never a DeskApiError that a screen would show.
 */

type Client = typeof import('../../src-renderer/api/client');
let client: Client;

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, v),
  };
}

/** A `fetch` that answers after `ms`, or rejects as the browser does when its signal is aborted first. */
function slowFetch(ms: number, data: unknown) {
  return vi.fn((_url: string, init?: RequestInit) => {
    return new Promise<Response>((resolve, reject) => {
      const timer = setTimeout(() => resolve(new Response(JSON.stringify({ ok: true, data }))), ms);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The user aborted a request.', 'AbortError'));
      });
    });
  });
}

const input = { q: '', limit: 5 } as const;
const page = { rows: [], nextBefore: null };

beforeAll(async () => {
  vi.stubGlobal('window', {});
  vi.stubGlobal('sessionStorage', memoryStorage());
  vi.stubGlobal('localStorage', memoryStorage());
  client = await import('../../src-renderer/api/client');
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.stubGlobal('window', {});
  vi.stubGlobal('sessionStorage', memoryStorage());
  vi.stubGlobal('localStorage', memoryStorage());
});

describe('over HTTP (the harness)', () => {
  it('hands the signal to fetch, and an abort rejects with an AbortError, not a network error', async () => {
    const fetch = slowFetch(1_000, page);
    vi.stubGlobal('fetch', fetch);
    const controller = new AbortController();
    const call = client.invoke('directory.occupants.search', input, { signal: controller.signal });
    controller.abort();
    const err: unknown = await call.catch((e: unknown) => e);
    expect(client.isAborted(err)).toBe(true);
    expect(err).not.toBeInstanceOf(client.DeskApiError);
    expect(fetch.mock.calls[0][1]?.signal).toBe(controller.signal);
  });

  it('does not send a call whose signal is already aborted', async () => {
    const fetch = slowFetch(10, page);
    vi.stubGlobal('fetch', fetch);
    const controller = new AbortController();
    controller.abort();
    const err: unknown = await client.invoke('directory.occupants.search', input, { signal: controller.signal }).catch((e: unknown) => e);
    expect(client.isAborted(err)).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('still reports a real failure as the translated network error', async () => {
    vi.stubGlobal('fetch', vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))));
    const err: unknown = await client.invoke('directory.occupants.search', input, { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(client.DeskApiError);
    expect((err as InstanceType<Client['DeskApiError']>).code).toBe('NETWORK');
    expect(client.isAborted(err)).toBe(false);
  });

  it('answers as before when nothing aborts', async () => {
    vi.stubGlobal('fetch', slowFetch(5, page));
    await expect(client.invoke('directory.occupants.search', input, { signal: new AbortController().signal })).resolves.toEqual(page);
  });
});

describe('over IPC (the Electron preload)', () => {
  it('releases the caller at once on abort; the answer arriving later goes nowhere', async () => {
    let answer: (v: unknown) => void = () => undefined;
    const bridgeCall = vi.fn(() => new Promise<unknown>((resolve) => (answer = resolve)));
    vi.stubGlobal('window', { desk: { invoke: bridgeCall } });
    const controller = new AbortController();
    const call = client.invoke('directory.occupants.search', input, { signal: controller.signal });
    controller.abort();
    const err: unknown = await call.catch((e: unknown) => e);
    expect(client.isAborted(err)).toBe(true);
    expect(bridgeCall).toHaveBeenCalledTimes(1);
    // Main answers after all: nothing is thrown or unhandled.
    answer({ ok: true, data: page });
    await new Promise((r) => setTimeout(r, 10));
  });

  it('resolves normally when the signal is never aborted', async () => {
    vi.stubGlobal('window', { desk: { invoke: vi.fn(() => Promise.resolve({ ok: true, data: page })) } });
    await expect(client.invoke('directory.occupants.search', input, { signal: new AbortController().signal })).resolves.toEqual(page);
  });
});
