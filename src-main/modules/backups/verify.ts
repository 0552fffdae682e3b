import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DeskError } from '../../../src-shared/errors';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import { verifyChain } from '../audit/chain';
import { FRONTDESK_APPLICATION_ID } from './files';

/** Tables every FrontDesk store has had since its first migration. */
const EXPECTED_TABLES = ['migrations', 'users', 'settings', 'audit_log'];

/**
 * Refuses anything that is not an intact FrontDesk store this version can open: unreadable or corrupt
 * (`PRAGMA integrity_check`), another application's file, a newer schema, or a broken audit chain (a restore must not
 * bring back a tampered trail). `file` is the restore's private staged copy, so opening it read-write is harmless.
 */
export function checkBackupFile(file: string, shownAs: string): { schemaVersion: number; auditRecords: number } {
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new DeskError('BACKUP_NOT_FOUND', { file: shownAs });
  let db: Database.Database | null = null;
  try {
    try {
      db = new Database(file, { fileMustExist: true });
      const result = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
      if (result.length !== 1 || result[0].integrity_check !== 'ok') throw new Error('integrity_check failed');
    } catch (err) {
      if (err instanceof DeskError) throw err;
      throw new DeskError('BACKUP_CORRUPT', { file: shownAs });
    }
    const appId = db.pragma('application_id', { simple: true }) as number;
    const tables = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[]);
    // Stores made before migration 0016 carry no application id; they are recognised by their tables alone.
    if ((appId !== FRONTDESK_APPLICATION_ID && appId !== 0) || EXPECTED_TABLES.some((t) => !tables.has(t))) {
      throw new DeskError('BACKUP_FOREIGN', { file: shownAs });
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    const known = new Set(MIGRATIONS.map((m) => new m().name));
    const unknown = (db.prepare('SELECT name FROM migrations').pluck().all() as string[]).filter((n) => !known.has(n));
    if (version > SCHEMA_VERSION || unknown.length > 0) {
      throw new DeskError('BACKUP_TOO_NEW', { file: shownAs, found: Math.max(version, SCHEMA_VERSION + unknown.length), known: SCHEMA_VERSION });
    }
    const chain = verifyChain(db);
    if (!chain.ok) throw new DeskError('BACKUP_AUDIT_BROKEN', { file: shownAs, id: chain.firstBroken?.id ?? 0 });
    return { schemaVersion: version, auditRecords: chain.checked };
  } finally {
    db?.close();
  }
}
