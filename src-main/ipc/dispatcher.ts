import type { EntityManager } from 'typeorm';
import { channelDef, isChannel, type Channel } from '../../src-shared/contract';
import { DeskError, type Envelope } from '../../src-shared/errors';
import { translate } from '../../src-shared/i18n';
import type { Language } from '../../src-shared/modules/settings';
import { ROLES, type Role } from '../../src-shared/roles';
import { cached } from '../db/statements';
import { storageError } from '../db/storage-errors';
import { appendAudit } from '../modules/audit/chain';
import { readSettings } from '../modules/settings/store';
import type { Caller, Change, Ctx, Runtime } from './context';
import type { HandlerMap } from './handler';
import { SerialQueue } from './serial';
import { fieldErrors } from './validation';

/** How a transport identifies the caller: the session token it holds for them, and their UI language if known. */
export interface CallMeta {
  token?: string | null;
  lang?: Language;
}

/** Channels a locked session may still use. */
const WHILE_LOCKED = new Set<string>(['auth.status', 'auth.unlock', 'auth.logout']);

interface UserRow {
  id: number;
  username: string;
  display_name: string;
  roles: string;
  disabled: number;
}

export type Dispatch = (channel: string, input: unknown, meta?: CallMeta) => Promise<Envelope<unknown>>;

/**
 * The one way into the services: resolve the caller, check their roles against the contract, validate the payload,
 * run the handler (mutating calls in one transaction with their audit record) and wrap the result in an envelope.
 */
export function createDispatcher(rt: Runtime, handlers: HandlerMap, queue = new SerialQueue()): Dispatch {
  return (channel, input, meta = {}) => queue.run(() => dispatchOne(rt, handlers, channel, input, meta));
}

async function dispatchOne(
  rt: Runtime,
  handlers: HandlerMap,
  channel: string,
  input: unknown,
  meta: CallMeta,
): Promise<Envelope<unknown>> {
  const settings = readSettings(rt.db);
  const lang = meta.lang ?? settings.language;
  const fail = (err: DeskError): Envelope<unknown> => ({
    ok: false,
    error: { code: err.code, message: translate(lang, `errors.${err.code}`, err.params), ...(err.fields ? { fields: err.fields } : {}) },
  });
  try {
    if (!isChannel(channel)) return fail(new DeskError('UNKNOWN_CHANNEL', { channel: String(channel).slice(0, 80) }));
    const def = channelDef(channel);
    let caller: Caller | null = null;
    const session = rt.sessions.get(meta.token, settings.idleMinutes);
    if (session) {
      const user = cached(rt.db, 'SELECT id, username, display_name, roles, disabled FROM users WHERE id = ?').get(session.userId) as UserRow | undefined;
      if (!user || user.disabled) {
        rt.sessions.destroy(session.token);
      } else {
        caller = { userId: user.id, username: user.username, displayName: user.display_name, roles: parseRoles(user.roles), token: session.token };
      }
    }
    if (def.access !== 'public') {
      if (!caller || !session) return fail(new DeskError('UNAUTHENTICATED'));
      if (session.locked && !WHILE_LOCKED.has(channel)) return fail(new DeskError('SESSION_LOCKED'));
      if (def.access !== 'any' && !def.access.some((r) => caller!.roles.includes(r))) return fail(new DeskError('FORBIDDEN'));
    }
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) return fail(new DeskError('VALIDATION', {}, fieldErrors(parsed.error, lang)));
    const data = await run(rt, handlers, channel, parsed.data, caller, lang, def.mutates);
    if (session && !session.locked) rt.sessions.touch(session);
    return { ok: true, data };
  } catch (err) {
    if (err instanceof DeskError) return fail(err);
    const storage = storageError(err);
    if (storage) return fail(storage);
    // The payload may hold a password: log the channel and the error only.
    console.error(`[dispatch] ${String(channel).slice(0, 80)} failed:`, err instanceof Error ? err.stack : err);
    return fail(new DeskError('INTERNAL'));
  }
}

async function run(
  rt: Runtime,
  handlers: HandlerMap,
  channel: Channel,
  input: unknown,
  caller: Caller | null,
  lang: Language,
  mutates: boolean,
): Promise<unknown> {
  const handler = handlers[channel] as (input: unknown, ctx: Ctx) => Promise<unknown>;
  const now = rt.clock();
  const changes: Change[] = [];
  const makeCtx = (em: EntityManager): Ctx => ({
    rt, em, db: rt.db, caller, now, lang, channel, note: (c) => changes.push(c),
  });
  if (!mutates) return handler(input, makeCtx(rt.ds.manager));

  let kept: DeskError | null = null;
  const data = await rt.ds.transaction(async (em) => {
    let result: unknown;
    try {
      result = await handler(input, makeCtx(em));
    } catch (err) {
      if (!(err instanceof DeskError && err.keepChanges)) throw err;
      kept = err;
    }
    writeAudit(rt, channel, caller, now, changes);
    return result;
  });
  rt.upkeep.afterWrite();
  if (kept) throw kept;
  return data;
}

/** One record per mutating call; several changes of one call are summarised together. */
function writeAudit(rt: Runtime, channel: Channel, caller: Caller | null, now: Date, changes: Change[]): void {
  const first = changes[0];
  const actor = changes.find((c) => c.actor)?.actor;
  appendAudit(rt.db, {
    at: now.toISOString(),
    userId: caller?.userId ?? actor?.userId ?? null,
    username: caller?.username ?? actor?.username ?? null,
    channel,
    module: channel.split('.')[0],
    entity: first?.entity ?? null,
    entityId: first?.entityId == null ? null : String(first.entityId),
    summary: changes.map((c) => c.summary).join('；') || channel,
  });
}

function parseRoles(value: string): Role[] {
  return value.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));
}
