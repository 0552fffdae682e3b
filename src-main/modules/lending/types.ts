import type { Database } from 'better-sqlite3';
import { DeskError } from '../../../src-shared/errors';
import type { LendingTypeRow } from '../../../src-shared/modules/lending';
import type { Ctx } from '../../ipc/context';
import { msg } from './messages';

type RawType = Omit<LendingTypeRow, 'needsId' | 'active' | 'available'> & { needsId: number; active: number };

const TYPE_SELECT = `SELECT t.id, t.name, t.needs_id AS needsId, t.loan_hours AS loanHours, t.count, t.active,
    coalesce((SELECT sum(l.quantity - coalesce((SELECT sum(r.quantity) FROM lending_returns r WHERE r.loan_id = l.id), 0))
      FROM lending_loans l WHERE l.type_id = t.id AND l.returned_at IS NULL), 0) AS out
  FROM lending_types t`;

const toType = (r: RawType): LendingTypeRow => ({ ...r, needsId: r.needsId === 1, active: r.active === 1, available: r.count - r.out });

export function listTypes(db: Database): LendingTypeRow[] {
  return (db.prepare(`${TYPE_SELECT} ORDER BY t.active DESC, t.id`).all() as RawType[]).map(toType);
}

export function typeById(ctx: Ctx, id: number): LendingTypeRow {
  const r = ctx.db.prepare(`${TYPE_SELECT} WHERE t.id = ?`).get(id) as RawType | undefined;
  if (!r) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityType') }, { typeId: msg(ctx, 'chooseType') });
  return toType(r);
}

export interface TypeInput {
  id?: number;
  name: string;
  needsId: boolean;
  loanHours: number;
  count: number;
  active: boolean;
}

const describe = (t: Pick<LendingTypeRow, 'name' | 'needsId' | 'loanHours' | 'count' | 'active'>): string =>
  `${t.name}（共 ${t.count} 件，借期 ${t.loanHours} 小时${t.needsId ? '，须登记证件' : ''}${t.active ? '' : '，已停用'}）`;

/** Adds or changes an item type; the count cannot drop below what is lent out now. */
export function saveType(ctx: Ctx, input: TypeInput): LendingTypeRow {
  const clash = ctx.db.prepare('SELECT id FROM lending_types WHERE name = ? AND id IS NOT ?').pluck().get(input.name, input.id ?? null);
  if (clash) throw new DeskError('CONFLICT', { what: input.name }, { name: msg(ctx, 'typeNameTaken', { name: input.name }) });
  const at = ctx.now.toISOString();
  if (input.id) {
    const before = typeById(ctx, input.id);
    if (input.count < before.out) {
      throw new DeskError('VALIDATION', {}, { count: msg(ctx, 'countBelowOut', { out: before.out }) });
    }
    ctx.db
      .prepare('UPDATE lending_types SET name = ?, needs_id = ?, loan_hours = ?, count = ?, active = ?, updated_at = ? WHERE id = ?')
      .run(input.name, input.needsId ? 1 : 0, input.loanHours, input.count, input.active ? 1 : 0, at, input.id);
    const after = typeById(ctx, input.id);
    ctx.note({ entity: 'lending_type', entityId: input.id, summary: `修改便民借用物品：${describe(before)} → ${describe(after)}` });
    return after;
  }
  const id = Number(
    ctx.db
      .prepare('INSERT INTO lending_types(name, needs_id, loan_hours, count, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(input.name, input.needsId ? 1 : 0, input.loanHours, input.count, input.active ? 1 : 0, at, at).lastInsertRowid,
  );
  const row = typeById(ctx, id);
  ctx.note({ entity: 'lending_type', entityId: id, summary: `新增便民借用物品：${describe(row)}` });
  return row;
}
