import { DeskError } from '../../../src-shared/errors';
import type { Contract } from '../../../src-shared/contract';
import type { ParsedInputOf } from '../../../src-shared/contract-kit';
import type { KeyCategoryRow } from '../../../src-shared/modules/keys';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';
import { keySearch } from './search';

type SaveInput = ParsedInputOf<Contract['keys.categories.save']>;

interface Raw {
  code: string;
  name: string;
  restrictedDefault: number;
  active: number;
  sort: number;
  inUse: number;
}

const SELECT = `SELECT c.code, c.name, c.restricted_default AS restrictedDefault, c.active, c.sort,
    (SELECT count(*) FROM keys k WHERE k.category = c.code) AS inUse
  FROM key_categories c`;

const toRow = (r: Raw): KeyCategoryRow => ({
  code: r.code,
  name: r.name,
  restrictedDefault: r.restrictedDefault === 1,
  active: r.active === 1,
  sort: r.sort,
  inUse: r.inUse,
});

export function listCategories(ctx: Ctx, includeInactive: boolean): KeyCategoryRow[] {
  const rows = ctx.db.prepare(`${SELECT} WHERE @all = 1 OR c.active = 1 ORDER BY c.sort, c.code`).all({ all: includeInactive ? 1 : 0 }) as Raw[];
  return rows.map(toRow);
}

function findCategory(ctx: Ctx, code: string): KeyCategoryRow | null {
  const r = ctx.db.prepare(`${SELECT} WHERE c.code = ?`).get(code) as Raw | undefined;
  return r ? toRow(r) : null;
}

/** The category's name as the desk keeps it; an unknown code (never in a consistent store) reads as itself. */
export function categoryName(ctx: Ctx, code: string): string {
  return (ctx.db.prepare('SELECT name FROM key_categories WHERE code = ?').pluck().get(code) as string | undefined) ?? code;
}

/**
 * The category a key is saved with: one of the desk's list, and active unless the key already had it (an old key
 * of a deactivated category keeps it when edited for other reasons).
 */
export function checkedCategory(ctx: Ctx, code: string, current: string | null): KeyCategoryRow {
  const c = findCategory(ctx, code);
  if (!c) throw new DeskError('VALIDATION', {}, { category: msg(ctx, 'categoryUnknown') });
  if (!c.active && code !== current) throw new DeskError('VALIDATION', {}, { category: msg(ctx, 'categoryInactive', { name: c.name }) });
  return c;
}

/** A code for a category the desk adds by name only: `c` and the next free number. */
function newCode(ctx: Ctx): string {
  const codes = new Set(ctx.db.prepare('SELECT code FROM key_categories').pluck().all() as string[]);
  let n = codes.size + 1;
  while (codes.has(`c${n}`)) n++;
  return `c${n}`;
}

/** Search text holds the category name: a renamed category re-indexes its keys. */
function reindex(ctx: Ctx, code: string): void {
  const keys = ctx.db.prepare('SELECT id, code, name, opens_label AS opens, cabinet FROM keys WHERE category = ?').all(code) as {
    id: number;
    code: string;
    name: string;
    opens: string;
    cabinet: string;
  }[];
  for (const k of keys) keySearch.put(ctx.db, k.id, { ...k, categoryName: categoryName(ctx, code) });
}

export function saveCategory(ctx: Ctx, input: SaveInput): void {
  const existing = input.code ? findCategory(ctx, input.code) : null;
  if (input.remove) {
    if (!existing) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityCategory') }, { code: msg(ctx, 'categoryUnknown') });
    if (existing.inUse > 0) throw new DeskError('IN_USE', { what: msg(ctx, 'categoryInUse', { name: existing.name, count: existing.inUse }) });
    ctx.db.prepare('DELETE FROM key_categories WHERE code = ?').run(existing.code);
    ctx.note({ entity: 'key_category', summary: `删除钥匙类别 ${existing.name}（${existing.code}）` });
    return;
  }
  const taken = ctx.db.prepare('SELECT code FROM key_categories WHERE name = ? AND code <> ?').pluck().get(input.name, existing?.code ?? '');
  if (taken !== undefined) throw new DeskError('CONFLICT', { what: input.name }, { name: msg(ctx, 'categoryNameTaken', { name: input.name }) });
  const flags = (c: { restrictedDefault: boolean; active: boolean }) => `${c.restrictedDefault ? '默认受控' : '默认不受控'}，${c.active ? '启用' : '停用'}`;

  if (!existing) {
    const code = input.code ?? newCode(ctx);
    const sort = input.sort ?? ((ctx.db.prepare('SELECT coalesce(max(sort), 0) + 10 FROM key_categories').pluck().get() as number));
    ctx.db
      .prepare('INSERT INTO key_categories(code, name, restricted_default, active, sort) VALUES (?, ?, ?, ?, ?)')
      .run(code, input.name, input.restrictedDefault ? 1 : 0, input.active ? 1 : 0, sort);
    ctx.note({ entity: 'key_category', summary: `新增钥匙类别 ${input.name}（${code}），${flags(input)}` });
    return;
  }
  const sort = input.sort ?? existing.sort;
  ctx.db
    .prepare('UPDATE key_categories SET name = ?, restricted_default = ?, active = ?, sort = ? WHERE code = ?')
    .run(input.name, input.restrictedDefault ? 1 : 0, input.active ? 1 : 0, sort, existing.code);
  const changes = [
    existing.name !== input.name ? `名称 ${existing.name} → ${input.name}` : '',
    existing.restrictedDefault !== input.restrictedDefault ? (input.restrictedDefault ? '改为默认受控' : '改为默认不受控') : '',
    existing.active !== input.active ? (input.active ? '重新启用' : '停用') : '',
    existing.sort !== sort ? `排序 ${existing.sort} → ${sort}` : '',
  ].filter(Boolean);
  if (existing.name !== input.name) reindex(ctx, existing.code);
  ctx.note({ entity: 'key_category', summary: `修改钥匙类别 ${existing.name}（${existing.code}）：${changes.join('，') || '无变化'}` });
}
