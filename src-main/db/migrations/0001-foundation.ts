import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/** Accounts, audit trail, settings and the directory (issue 2). */
export class Foundation0000000000001 implements MigrationInterface {
  name = 'Foundation0000000000001';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        username TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        roles TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0,
        failed_count INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT NULL,
        created_at TEXT NOT NULL,
        last_login_at TEXT NULL
      )`,
      `CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        user_id INTEGER NULL,
        username TEXT NULL,
        channel TEXT NOT NULL,
        module TEXT NOT NULL,
        entity TEXT NULL,
        entity_id TEXT NULL,
        summary TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      )`,
      `CREATE INDEX audit_log_at ON audit_log(at)`,
      `CREATE INDEX audit_log_user ON audit_log(user_id, id)`,
      `CREATE INDEX audit_log_module ON audit_log(module, id)`,
      `CREATE INDEX audit_log_entity ON audit_log(entity, entity_id)`,
      // Append-only in the app; the hash chain catches anyone who drops these triggers.
      `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
      `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
      `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      `CREATE TABLE buildings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE units (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        building_id INTEGER NOT NULL REFERENCES buildings(id) ON DELETE RESTRICT,
        entrance TEXT NOT NULL DEFAULT '',
        room TEXT NOT NULL,
        label TEXT NOT NULL UNIQUE,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (building_id, entrance, room)
      )`,
      `CREATE TABLE occupants (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('owner', 'tenant', 'company')),
        phone TEXT NOT NULL DEFAULT '',
        parcel_consent INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `CREATE INDEX occupants_unit ON occupants(unit_id)`,
      ...searchTablesSql('occupant'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('The foundation migration cannot be reverted; restore a backup instead.');
  }
}
