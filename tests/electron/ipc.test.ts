import { describe, expect, it, vi } from 'vitest';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
const electron = vi.hoisted(() => ({ handlers: new Map<string, Handler>() }));
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Handler) => electron.handlers.set(channel, fn) },
}));

import { createIpcBridge, INVOKE_CHANNEL, installIpc } from '../../src-main/shell/ipc';
import type { CallMeta, Dispatch } from '../../src-main/ipc/dispatcher';
import type { Envelope } from '../../src-shared/errors';

const APP = 'app://desk/index.html#/login';
const TOKEN = 'tok-secret-123';

function fakeDispatch() {
  const calls: { channel: string; input: unknown; meta: CallMeta | undefined }[] = [];
  const dispatch: Dispatch = async (channel, input, meta) => {
    calls.push({ channel, input, meta });
    if (channel === 'auth.login' || channel === 'auth.setup') {
      return { ok: true, data: { token: TOKEN, user: { id: 1, username: 'admin' }, idleMinutes: 15 } };
    }
    return { ok: true, data: { channel } };
  };
  return { dispatch, calls };
}

describe('IPC bridge', () => {
  it('refuses an untrusted sender without calling the dispatcher', async () => {
    const { dispatch, calls } = fakeDispatch();
    const bridge = createIpcBridge(dispatch);
    for (const url of ['http://127.0.0.1:5173/', 'https://example.com/', 'file:///x/index.html', 'app://evil/', null, undefined]) {
      const res = await bridge.handle(1, url, 'auth.status', {});
      expect(res.ok, String(url)).toBe(false);
      expect(!res.ok && res.error.code).toBe('FORBIDDEN');
    }
    expect(calls).toHaveLength(0);
  });

  it('refuses unknown channels and non-string channels without calling the dispatcher', async () => {
    const { dispatch, calls } = fakeDispatch();
    const bridge = createIpcBridge(dispatch);
    for (const channel of ['fs.readFile', 'constructor', '__proto__', 'toString', 42, null, { a: 1 }]) {
      const res = await bridge.handle(1, APP, channel, {});
      expect(!res.ok && res.error.code, String(channel)).toBe('UNKNOWN_CHANNEL');
    }
    expect(calls).toHaveLength(0);
  });

  it('keeps the token in main: blanked on login, passed on later calls, per sender', async () => {
    const { dispatch, calls } = fakeDispatch();
    const bridge = createIpcBridge(dispatch);
    const login = (await bridge.handle(7, APP, 'auth.login', { username: 'admin', password: 'x' })) as Envelope<{ token: string; idleMinutes: number }>;
    expect(login.ok && login.data.token).toBe('');
    expect(login.ok && login.data.idleMinutes).toBe(15);
    expect(JSON.stringify(login)).not.toContain(TOKEN);
    expect(calls[0].meta?.token).toBeNull();

    await bridge.handle(7, 'app://desk/index.html#/visitors', 'users.list', {});
    expect(calls[1]).toMatchObject({ channel: 'users.list', meta: { token: TOKEN } });

    // Another window (webContents) has no session.
    await bridge.handle(8, APP, 'users.list', {});
    expect(calls[2].meta?.token).toBeNull();
  });

  it('first-run setup opens a session the same way', async () => {
    const { dispatch, calls } = fakeDispatch();
    const bridge = createIpcBridge(dispatch);
    const res = (await bridge.handle(3, APP, 'auth.setup', {})) as Envelope<{ token: string }>;
    expect(res.ok && res.data.token).toBe('');
    expect(bridge.hasSession(3)).toBe(true);
    await bridge.handle(3, APP, 'auth.status', {});
    expect(calls[1].meta?.token).toBe(TOKEN);
  });

  it('a failed login stores nothing', async () => {
    const calls: (string | null | undefined)[] = [];
    const dispatch: Dispatch = async (_channel, _input, meta) => {
      calls.push(meta?.token);
      return { ok: false, error: { code: 'BAD_CREDENTIALS', message: '用户名或密码错误' } };
    };
    const bridge = createIpcBridge(dispatch);
    const res = await bridge.handle(1, APP, 'auth.login', { username: 'a', password: 'b' });
    expect(!res.ok && res.error.code).toBe('BAD_CREDENTIALS');
    expect(bridge.hasSession(1)).toBe(false);
  });

  it('logout forgets the token; so does forget()', async () => {
    const { dispatch, calls } = fakeDispatch();
    const bridge = createIpcBridge(dispatch);
    await bridge.handle(5, APP, 'auth.login', {});
    await bridge.handle(5, APP, 'auth.logout', {});
    expect(calls[1].meta?.token).toBe(TOKEN);
    expect(bridge.hasSession(5)).toBe(false);
    await bridge.handle(5, APP, 'auth.status', {});
    expect(calls[2].meta?.token).toBeNull();

    await bridge.handle(6, APP, 'auth.login', {});
    bridge.forget(6);
    expect(bridge.hasSession(6)).toBe(false);
  });

  it('installIpc: one handler on desk:invoke, checks event.senderFrame, forgets a destroyed webContents', async () => {
    const { dispatch, calls } = fakeDispatch();
    const bridge = createIpcBridge(dispatch);
    installIpc(bridge);
    expect([...electron.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    const handler = electron.handlers.get(INVOKE_CHANNEL)!;
    let onDestroyed: (() => void) | undefined;
    const sender = { id: 11, once: (name: string, fn: () => void) => name === 'destroyed' && (onDestroyed = fn) };

    const refused = (await handler({ sender, senderFrame: { url: 'https://example.com/' } }, 'auth.status', {})) as Envelope<unknown>;
    expect(!refused.ok && refused.error.code).toBe('FORBIDDEN');
    const noFrame = (await handler({ sender, senderFrame: null }, 'auth.status', {})) as Envelope<unknown>;
    expect(!noFrame.ok && noFrame.error.code).toBe('FORBIDDEN');

    await handler({ sender, senderFrame: { url: APP } }, 'auth.login', {});
    expect(bridge.hasSession(11)).toBe(true);
    onDestroyed!();
    expect(bridge.hasSession(11)).toBe(false);
    expect(calls.map((c) => c.channel)).toEqual(['auth.login']);
  });
});
