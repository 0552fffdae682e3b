import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `PRAGMA application_id` stamped on every store this app makes: a restore can tell a FrontDesk backup from any other
 * SQLite file. 0x46444B31 = "FDK1". Kept in step with `FRONTDESK_APPLICATION_ID` in modules/backups/files.ts.
 */
const APPLICATION_ID = 0x46444b31;

/** Backup history (issue 8): every automatic, manual and exit backup, with its outcome. */
export class Backups0000000000016 implements MigrationInterface {
  name = 'Backups0000000000016';

  async up(q: QueryRunner): Promise<void> {
    const statements: string[] = [
      `CREATE TABLE backup_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'manual', 'exit', 'pre_restore', 'restore')),
        file TEXT NOT NULL,
        size INTEGER,
        ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
        error TEXT,
        username TEXT
      )`,
      `CREATE INDEX backup_history_at ON backup_history (at)`,
      // A header field like user_version: allowed inside the migration's transaction.
      `PRAGMA application_id = ${APPLICATION_ID}`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
