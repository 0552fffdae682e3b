import { ipcMain, type WebContents } from 'electron';
import { isChannel } from '../../src-shared/contract';
import type { Envelope, ErrorCode } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n';
import type { Dispatch } from '../ipc/dispatcher';
import { isTrustedSender } from './security';

/** The one IPC channel. The preload's `desk.invoke(channel, input)` sends on it; nothing else is handled. */
export const INVOKE_CHANNEL = 'desk:invoke';

/** Calls that open a session: the token they return stays in main, the renderer gets it blanked. */
const OPENS_SESSION = new Set<string>(['auth.login', 'auth.setup']);
const CLOSES_SESSION = 'auth.logout';

export interface IpcBridge {
  /** One call from a renderer: who sent it (webContents id and frame URL), the channel and the payload. */
  handle(senderId: number, frameUrl: string | null | undefined, channel: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** The sender is gone (window closed, renderer crashed): drop its session token. */
  forget(senderId: number): void;
  hasSession(senderId: number): boolean;
}

function refuse(code: ErrorCode, params: Record<string, string> = {}): Envelope<unknown> {
  return { ok: false, error: { code, message: translate('zh-CN', `errors.${code}`, params) } };
}

function tokenOf(data: unknown): string | null {
  if (data === null || typeof data !== 'object') return null;
  const token = (data as { token?: unknown }).token;
  return typeof token === 'string' && token.length > 0 ? token : null;
}

/**
 * The IPC side of the dispatcher, without Electron: checks the sender frame and the channel, and keeps each
 * window's session token in the main process so the renderer never holds it.
 */
export function createIpcBridge(
  dispatch: Dispatch,
  opts: { devOrigin?: string | null } = {},
): IpcBridge {
  const tokens = new Map<number, string>();
  return {
    async handle(senderId, frameUrl, channel, input) {
      if (!isTrustedSender(frameUrl, opts.devOrigin ?? null)) return refuse('FORBIDDEN');
      if (!isChannel(channel)) return refuse('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 80) });
      const env = await dispatch(channel, input, { token: tokens.get(senderId) ?? null });
      if (channel === CLOSES_SESSION) tokens.delete(senderId);
      if (env.ok && OPENS_SESSION.has(channel)) {
        const token = tokenOf(env.data);
        if (token) {
          tokens.set(senderId, token);
          return { ok: true, data: { ...(env.data as object), token: '' } };
        }
      }
      return env;
    },
    forget(senderId) {
      tokens.delete(senderId);
    },
    hasSession(senderId) {
      return tokens.has(senderId);
    },
  };
}

/** Registers the handler. Each sender's token is forgotten when its webContents is destroyed. */
export function installIpc(bridge: IpcBridge): void {
  const watched = new WeakSet<WebContents>();
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) => {
    const sender = event.sender;
    if (!watched.has(sender)) {
      watched.add(sender);
      const id = sender.id;
      sender.once('destroyed', () => bridge.forget(id));
    }
    return bridge.handle(sender.id, event.senderFrame?.url, channel, input);
  });
}
