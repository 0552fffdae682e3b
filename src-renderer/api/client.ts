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

async function transport(channel: Channel, input: unknown): Promise<Envelope<unknown>> {
  if (window.desk && usesBridge()) return (await window.desk.invoke(channel, input)) as Envelope<unknown>;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Desk-Lang': currentLanguage() };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(`./api/${channel}`, { method: 'POST', headers, body: JSON.stringify(input ?? {}) });
  return (await res.json()) as Envelope<unknown>;
}

/** Calls one contract channel; resolves with its output or throws a DeskApiError carrying the translated message. */
export async function invoke<C extends Channel>(channel: C, input: InputOf<Contract[C]>): Promise<OutputOf<Contract[C]>> {
  let envelope: Envelope<unknown>;
  try {
    envelope = await transport(channel, input);
  } catch {
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
