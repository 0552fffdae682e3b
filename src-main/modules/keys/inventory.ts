import { DeskError } from '../../../src-shared/errors';
import { translate } from '../../../src-shared/i18n';
import type { Contract } from '../../../src-shared/contract';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import type { KeyRow } from '../../../src-shared/modules/keys';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';
import { addEvent, keysWhere, membersOf, mustFindKey, keyTitle } from './queries';
import { keySearch } from './search';
import { categoryName, checkedCategory } from './categories';
import { sqlLimit } from '../../db/statements';
import type { MatchFragment } from '../../search/query';

type SaveInput = ParsedInputOf<Contract['keys.save']>;
type SearchInput = ParsedInputOf<Contract['keys.search']>;

/** Kept here for the modules that import it from the inventory: the name comes from `key_categories`. */
export { categoryName };
export const statusName = (ctx: Ctx, s: string): string => translate(ctx.lang, `keys.status.${s}`);

/** Refuses an operation the key's state does not allow, naming the state. */
export function wrongState(ctx: Ctx, k: KeyRow): DeskError {
  return new DeskError('KEY_WRONG_STATE', { what: keyTitle(k), status: statusName(ctx, k.status) });
}

function opensOf(ctx: Ctx, input: SaveInput): { unitId: number | null; opens: string } {
  if (!input.unitId) {
    if (input.kind === 'key' && !input.place) throw new DeskError('VALIDATION', {}, { place: msg(ctx, 'opensRequired') });
    return { unitId: null, opens: input.place };
  }
  const label = ctx.db.prepare('SELECT label FROM units WHERE id = ?').pluck().get(input.unitId) as string | undefined;
  if (!label) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityUnit') }, { unitId: msg(ctx, 'chooseUnit') });
  return { unitId: input.unitId, opens: [label, input.place].filter(Boolean).join(' ') };
}

function checkedRing(ctx: Ctx, input: SaveInput, existing: KeyRow | null): number | null {
  const ringId = input.ringId ?? null;
  if (ringId === null && (existing?.ringId ?? null) === null) return null;
  if (input.kind === 'ring' && ringId !== null) throw new DeskError('VALIDATION', {}, { ringId: msg(ctx, 'ringInRing') });
  if (ringId === (existing?.ringId ?? null)) return ringId;
  // Moving a key on or off a ring happens at the cabinet, with the key and the ring both on their hooks.
  if (existing && existing.status !== 'in') throw wrongState(ctx, existing);
  if (ringId !== null) {
    const ring = mustFindKey(ctx, ringId);
    if (ring.kind !== 'ring') throw new DeskError('VALIDATION', {}, { ringId: msg(ctx, 'notARing', { code: ring.code }) });
    if (ring.status !== 'in') throw wrongState(ctx, ring);
  }
  if (existing?.ringId) {
    const old = mustFindKey(ctx, existing.ringId);
    if (old.status !== 'in') throw wrongState(ctx, old);
  }
  return ringId;
}

function checkedUsers(ctx: Ctx, ids: number[]): number[] {
  const unique = [...new Set(ids)];
  const found = ctx.db.prepare('SELECT id FROM users WHERE id = ? AND disabled = 0').pluck();
  for (const id of unique) {
    if (found.get(id) === undefined) throw new DeskError('VALIDATION', {}, { allowedUserIds: msg(ctx, 'userUnknown') });
  }
  return unique;
}

/** Registers or edits a key or a ring. The tag code is `K-` and a running number: it says nothing of the door. */
export function saveKey(ctx: Ctx, input: SaveInput): number {
  const caller = callerOf(ctx);
  const existing = input.id ? mustFindKey(ctx, input.id) : null;
  if (existing && existing.kind !== input.kind) throw new DeskError('VALIDATION', {}, { kind: msg(ctx, 'kindFixed') });
  if (existing?.status === 'retired') throw wrongState(ctx, existing);
  const category = checkedCategory(ctx, input.category, existing?.category ?? null);
  const { unitId, opens } = opensOf(ctx, input);
  const ringId = checkedRing(ctx, input, existing);
  const restricted = input.restricted ?? existing?.restricted ?? category.restrictedDefault;
  const allowed = checkedUsers(ctx, input.allowedUserIds);
  const now = ctx.now.toISOString();
  const values = {
    kind: input.kind,
    name: input.name,
    category: input.category,
    unitId,
    place: input.place,
    opens,
    copies: input.copies,
    cabinet: input.cabinet,
    hook: input.hook,
    ringId,
    restricted: restricted ? 1 : 0,
    allowOutside: input.allowOutside ? 1 : 0,
    note: input.note,
    now,
  };

  let id: number;
  let code: string;
  if (existing) {
    id = existing.id;
    code = existing.code;
    ctx.db
      .prepare(
        `UPDATE keys SET name = @name, category = @category, unit_id = @unitId, place = @place, opens_label = @opens, copies = @copies,
           cabinet = @cabinet, hook = @hook, ring_id = @ringId, restricted = @restricted, allow_outside = @allowOutside, note = @note,
           updated_at = @now WHERE id = @id`,
      )
      .run({ ...values, id });
    ctx.db.prepare('DELETE FROM key_allowed_users WHERE key_id = ?').run(id);
  } else {
    const seq = ctx.db.prepare('SELECT coalesce(max(seq), 0) + 1 FROM keys').pluck().get() as number;
    code = `K-${String(seq).padStart(6, '0')}`;
    id = Number(
      ctx.db
        .prepare(
          `INSERT INTO keys(seq, code, kind, name, category, unit_id, place, opens_label, copies, cabinet, hook, status, ring_id,
             restricted, allow_outside, note, created_at, created_by, updated_at)
           VALUES (@seq, @code, @kind, @name, @category, @unitId, @place, @opens, @copies, @cabinet, @hook, 'in', @ringId,
             @restricted, @allowOutside, @note, @now, @by, @now)`,
        )
        .run({ ...values, seq, code, by: caller.userId }).lastInsertRowid,
    );
  }
  const addAllowed = ctx.db.prepare('INSERT INTO key_allowed_users(key_id, user_id) VALUES (?, ?)');
  for (const u of allowed) addAllowed.run(id, u);
  keySearch.put(ctx.db, id, { code, name: input.name, opens, cabinet: input.cabinet, categoryName: category.name });

  const ringCode = ringId ? mustFindKey(ctx, ringId).code : null;
  const what = [
    category.name,
    opens ? `开启 ${opens}` : '',
    input.kind === 'key' ? `${input.copies} 把` : '',
    input.cabinet || input.hook ? `存放 ${input.cabinet} ${input.hook}`.trim() : '',
    ringCode ? `挂于钥匙串 ${ringCode}` : '',
    restricted ? `受控（授权借用人 ${allowed.length} 人${input.allowOutside ? '，可借外来人员' : ''}）` : '',
  ]
    .filter(Boolean)
    .join('，');
  const noun = input.kind === 'ring' ? '钥匙串' : '钥匙';
  addEvent(ctx.db, id, existing ? 'updated' : 'created', ctx.now, caller.userId, what);
  ctx.note({ entity: 'key', entityId: id, summary: `${existing ? '修改' : '登记'}${noun} ${keyTitle({ code, name: input.name })}：${what}` });
  return id;
}

/** Takes a key or ring out of use for good: not while it (or its ring) is out. A ring's keys come off it. */
export function retireKey(ctx: Ctx, k: KeyRow, reason: string): void {
  const caller = callerOf(ctx);
  if (k.status === 'out' || k.status === 'retired') throw wrongState(ctx, k);
  const now = ctx.now.toISOString();
  ctx.db.prepare(`UPDATE keys SET status = 'retired', retired_at = ?, retired_reason = ?, ring_id = NULL, updated_at = ? WHERE id = ?`).run(now, reason, now, k.id);
  const freed = k.kind === 'ring' ? membersOf(ctx, k.id) : [];
  for (const m of freed) {
    ctx.db.prepare('UPDATE keys SET ring_id = NULL, cabinet = ?, hook = ?, updated_at = ? WHERE id = ?').run(k.cabinet, k.hook, now, m.id);
    addEvent(ctx.db, m.id, 'off_ring', ctx.now, caller.userId, `钥匙串 ${k.code} 停用`);
  }
  addEvent(ctx.db, k.id, 'retired', ctx.now, caller.userId, reason);
  const off = freed.length ? `，${freed.length} 把钥匙已取下：${freed.map((m) => m.code).join('、')}` : '';
  ctx.note({ entity: 'key', entityId: k.id, summary: `停用${k.kind === 'ring' ? '钥匙串' : '钥匙'} ${keyTitle(k)}，原因：${reason}${off}` });
}

/** Newest first, keyset-paged by id. Retired keys only when their status is asked for. */
export function searchKeys(ctx: Ctx, query: SearchInput): KeyRow[] {
  const run = (match: MatchFragment | null, limit: number) => {
    const where = `${match ? `k.id IN (${match.sql}) AND` : ''}
        (@status IS NULL AND k.status <> 'retired' OR k.status = @status)
        AND (@category IS NULL OR k.category = @category) AND (@kind IS NULL OR k.kind = @kind)
        AND (@attention = 0 OR k.lock_attention = 1) AND (@before IS NULL OR k.id < @before)
      ORDER BY k.id DESC ${sqlLimit(limit)}`;
    return keysWhere(ctx, where, ...(match?.params ?? []), {
      status: query.status ?? null,
      category: query.category ?? null,
      kind: query.kind ?? null,
      attention: query.attention ? 1 : 0,
      before: query.before ?? null,
    });
  };
  return keySearch.page(ctx.db, query.q, query, run) ?? run(null, query.limit);
}
