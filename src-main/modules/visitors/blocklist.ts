import type { Database } from 'better-sqlite3';
import { DeskError } from '../../../src-shared/errors';
import type { BlocklistRow } from '../../../src-shared/modules/visitors';
import { checkIdDocument, type IdDocType } from '../../../src-shared/rules/id-doc';
import { maskIdNumber } from '../../../src-shared/rules/text';
import { cached } from '../../db/statements';
import { callerOf, type Ctx } from '../../ipc/context';
import { msg } from './messages';

interface RawEntry {
  id: number;
  name: string;
  idType: IdDocType;
  idNumber: string;
  phone: string;
  reason: string;
  createdAt: string;
  createdBy: string;
}

const ENTRY_SELECT = `SELECT b.id, b.name, b.id_type AS idType, b.id_number AS idNumber, b.phone, b.reason, b.created_at AS createdAt, u.display_name AS createdBy
  FROM visitor_blocklist b JOIN users u ON u.id = b.created_by`;

const toRow = ({ idNumber, ...rest }: RawEntry): BlocklistRow => ({ ...rest, idNumberMasked: maskIdNumber(idNumber) });

/** Live entries (removed ones stay in the table for the record); a small list, filtered by plain substring. */
export function blocklistRows(db: Database, q: string): BlocklistRow[] {
  const rows = db
    .prepare(
      `${ENTRY_SELECT} WHERE b.removed_at IS NULL AND (@q = '' OR instr(b.name, @q) > 0 OR instr(b.phone, @q) > 0 OR instr(b.id_number, upper(@q)) > 0
         OR instr(b.reason, @q) > 0) ORDER BY b.id DESC`,
    )
    .all({ q }) as RawEntry[];
  return rows.map(toRow);
}

export interface BlockHit {
  id: number;
  reason: string;
}

// Each half of the match is its own lookup along its partial index: as one OR under ORDER BY id, SQLite scanned the list.
const BLOCKLIST_HIT_SQL = `SELECT id, reason FROM visitor_blocklist WHERE removed_at IS NULL AND @id <> '' AND id_number = @id
  UNION ALL
  SELECT id, reason FROM visitor_blocklist WHERE removed_at IS NULL AND @name <> '' AND @phone <> '' AND phone = @phone AND name = @name
  ORDER BY id LIMIT 1`;

/** A listed person: the same ID number, or the same name and phone; the oldest entry if several. Checked on every check-in. */
export function blocklistHit(db: Database, who: { idNumber: string; name: string; phone: string }): BlockHit | null {
  return (cached(db, BLOCKLIST_HIT_SQL).get({ id: who.idNumber, name: who.name, phone: who.phone }) as BlockHit | undefined) ?? null;
}

export function saveBlocklistEntry(
  ctx: Ctx,
  input: { id?: number; name: string; idType: IdDocType; idNumber: string; phone: string; reason: string },
): BlocklistRow {
  const caller = callerOf(ctx);
  const stored = input.id
    ? (ctx.db.prepare(`${ENTRY_SELECT} WHERE b.id = ? AND b.removed_at IS NULL`).get(input.id) as RawEntry | undefined)
    : undefined;
  if (input.id && !stored) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityBlock') });
  // The screen only ever sees a masked number, so an edit that leaves the field empty keeps the one stored.
  const kept = stored && !input.idNumber ? { idType: stored.idType, idNumber: stored.idNumber } : null;
  const idType = kept?.idType ?? input.idType;
  const idNumber = kept?.idNumber ?? (input.idNumber ? checkIdDocument(input.idType, input.idNumber, ctx.now).normalized : '');
  if (!idNumber && !(input.name && input.phone)) {
    throw new DeskError('VALIDATION', {}, { idNumber: msg(ctx, 'blockNeedsId'), name: msg(ctx, 'blockNeedsName') });
  }
  const clash = idNumber
    ? (ctx.db.prepare('SELECT id FROM visitor_blocklist WHERE removed_at IS NULL AND id_number = ? AND id <> ?').pluck().get(idNumber, input.id ?? 0) as number | undefined)
    : undefined;
  if (clash) {
    throw new DeskError('CONFLICT', { what: msg(ctx, 'blockDuplicate', { id: maskIdNumber(idNumber) }) }, { idNumber: msg(ctx, 'blockDuplicateField') });
  }
  const at = ctx.now.toISOString();
  let id = input.id;
  if (id) {
    const changed = ctx.db
      .prepare('UPDATE visitor_blocklist SET name = ?, id_type = ?, id_number = ?, phone = ?, reason = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL')
      .run(input.name, idType, idNumber, input.phone, input.reason, at, id).changes;
    if (changed === 0) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityBlock') });
  } else {
    id = Number(
      ctx.db
        .prepare(
          `INSERT INTO visitor_blocklist (name, id_type, id_number, phone, reason, created_at, created_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(input.name, idType, idNumber, input.phone, input.reason, at, caller.userId, at).lastInsertRowid,
    );
  }
  const who = [input.name, idNumber ? maskIdNumber(idNumber) : input.phone].filter(Boolean).join(' ');
  ctx.note({ entity: 'visitor_blocklist', entityId: id, summary: `${input.id ? '修改' : '加入'}访客黑名单：${who}，原因：${input.reason}` });
  return toRow(ctx.db.prepare(`${ENTRY_SELECT} WHERE b.id = ?`).get(id) as RawEntry);
}

export function removeBlocklistEntry(ctx: Ctx, id: number, reason: string): void {
  const caller = callerOf(ctx);
  const entry = ctx.db.prepare(`${ENTRY_SELECT} WHERE b.id = ? AND b.removed_at IS NULL`).get(id) as RawEntry | undefined;
  if (!entry) throw new DeskError('NOT_FOUND', { entity: msg(ctx, 'entityBlock') });
  ctx.db
    .prepare('UPDATE visitor_blocklist SET removed_at = ?, removed_by = ?, removed_reason = ? WHERE id = ?')
    .run(ctx.now.toISOString(), caller.userId, reason, id);
  const who = [entry.name, entry.idNumber ? maskIdNumber(entry.idNumber) : entry.phone].filter(Boolean).join(' ');
  ctx.note({ entity: 'visitor_blocklist', entityId: id, summary: `移出访客黑名单：${who}，原因：${reason}` });
}
