import type { Database } from 'better-sqlite3';
import type { BackupHistoryRow, BackupKind } from '../../../src-shared/modules/backups';

const COLUMNS = `id, at, kind, file, size, ok, error, username`;
type Raw = Omit<BackupHistoryRow, 'ok'> & { ok: number };
const toRow = (r: Raw): BackupHistoryRow => ({ ...r, ok: r.ok === 1 });

export interface NewHistoryRow {
  at: string;
  kind: BackupKind;
  file: string;
  size: number | null;
  ok: boolean;
  error: string | null;
  username: string | null;
}

export function recordBackup(db: Database, r: NewHistoryRow): BackupHistoryRow {
  const id = db
    .prepare(`INSERT INTO backup_history (at, kind, file, size, ok, error, username) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(r.at, r.kind, r.file, r.size, r.ok ? 1 : 0, r.error, r.username).lastInsertRowid;
  return { id: Number(id), ...r };
}

export function historyRows(db: Database, limit = 500): BackupHistoryRow[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM backup_history ORDER BY at DESC, id DESC LIMIT ?`).all(limit) as Raw[]).map(toRow);
}

/** The last backup that actually produced a file of the whole store (a restore's safety copy does not count). */
export function lastGoodBackup(db: Database): BackupHistoryRow | null {
  const r = db
    .prepare(`SELECT ${COLUMNS} FROM backup_history WHERE ok = 1 AND kind IN ('auto', 'manual', 'exit') ORDER BY at DESC, id DESC LIMIT 1`)
    .get() as Raw | undefined;
  return r ? toRow(r) : null;
}

export function lastAttempt(db: Database, kind: BackupKind): BackupHistoryRow | null {
  const r = db.prepare(`SELECT ${COLUMNS} FROM backup_history WHERE kind = ? ORDER BY at DESC, id DESC LIMIT 1`).get(kind) as Raw | undefined;
  return r ? toRow(r) : null;
}
