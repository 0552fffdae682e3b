import type { Channel, Contract } from '../../src-shared/contract';
import type { InputOf, OutputOf } from '../../src-shared/contract-kit';
import type { Envelope, ErrorCode } from '../../src-shared/errors';
import type { RegisterData } from '../../src-shared/modules/registers';
import { currentLanguage, i18n } from '../i18n';

export class DeskApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'NETWORK',
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DeskApiError';
  }
}

interface DeskBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
}

declare global {
  interface Window {
    desk?: DeskBridge;
    __deskPrint?: (data: RegisterData) => void;
  }
}

const TOKEN_KEY = 'frontdesk.token';
/** HTTP transport only: in Electron main keeps the session per window and the renderer never sees a token. */
let token: string | null = sessionStorage.getItem(TOKEN_KEY);

function keepToken(value: string | null): void {
  token = value;
  if (value) sessionStorage.setItem(TOKEN_KEY, value);
  else sessionStorage.removeItem(TOKEN_KEY);
}

type AuthProblem = 'SESSION_LOCKED' | 'UNAUTHENTICATED';
let authProblemHandler: ((problem: AuthProblem) => void) | null = null;

/** The session store registers here, so the client needs no import of it (and no import cycle). */
export function onAuthProblem(handler: (problem: AuthProblem) => void): void {
  authProblemHandler = handler;
}

export const usesBridge = (): boolean => typeof window.desk?.invoke === 'function';

/** What a caller may pass with a call: a signal aborted when the answer is no longer wanted (a newer search). */
export interface CallOptions {
  signal?: AbortSignal;
}

/**
 * IPC cannot take a call back once sent: main still does the work, but the caller is freed at once and the answer,
 * when it comes, goes nowhere.
 */
function unlessAborted<T>(work: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

async function transport(channel: Channel, input: unknown, signal?: AbortSignal): Promise<Envelope<unknown>> {
  if (window.desk && usesBridge()) return (await unlessAborted(window.desk.invoke(channel, input), signal)) as Envelope<unknown>;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Desk-Lang': currentLanguage() };
  if (token) headers.Authorization = `Bearer ${token}`;
  // Over HTTP an aborted call really stops: the browser drops the connection and the harness is spared the answer.
  const res = await fetch(`./api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}), signal });
  return (await res.json()) as Envelope<unknown>;
}

/** True when a call failed only because its caller aborted it: nothing went wrong, so nothing is shown. */
export function isAborted(err: unknown): boolean {
  return err instanceof DOMException && err.name === 'AbortError';
}

/**
 * Calls one contract channel; resolves with its output or throws a DeskApiError carrying the translated message.
 * With `options.signal`, an abort rejects with the signal's AbortError (see `isAborted`), never a DeskApiError.
 */
export async function invoke<C extends Channel>(channel: C, input: InputOf<Contract[C]>, options: CallOptions = {}): Promise<OutputOf<Contract[C]>> {
  const { signal } = options;
  signal?.throwIfAborted();
  let envelope: Envelope<unknown>;
  try {
    envelope = await transport(channel, input, signal);
  } catch (err) {
    if (signal?.aborted) throw isAborted(err) ? err : new DOMException('aborted', 'AbortError');
    throw new DeskApiError('NETWORK', i18n.t('app.networkError'));
  }
  if (!envelope.ok) {
    const { code, message, fields } = envelope.error;
    if (code === 'UNAUTHENTICATED') {
      keepToken(null);
      authProblemHandler?.(code);
    } else if (code === 'SESSION_LOCKED' && channel !== 'auth.unlock') {
      authProblemHandler?.(code);
    }
    throw new DeskApiError(code, message, fields ?? {});
  }
  const data = envelope.data;
  if ((channel === 'auth.login' || channel === 'auth.setup') && typeof data === 'object' && data !== null && 'token' in data) {
    keepToken(String((data as { token: unknown }).token));
  }
  if (channel === 'auth.logout') keepToken(null);
  return data as OutputOf<Contract[C]>;
}

/** The message to show for anything a call threw. */
export function errorMessage(err: unknown): string {
  if (err instanceof DeskApiError) return err.message;
  return i18n.t('errors.INTERNAL');
}
