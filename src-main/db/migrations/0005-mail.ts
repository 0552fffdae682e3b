import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/**
 * Mail and parcels (issue 4). Items keep the labels they were registered with (unit, recipient, shelf code), so
 * directory changes never rewrite the monthly register. Three shelves are set up so a new desk can sign in parcels
 * at once; the desk renames or retires them.
 */
export class Mail0000000000005 implements MigrationInterface {
  name = 'Mail0000000000005';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE mail_shelves (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL DEFAULT '',
        levels INTEGER NOT NULL CHECK (levels BETWEEN 1 AND 9),
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `INSERT INTO mail_shelves(code, name, levels, created_at, updated_at) VALUES
        ('A', 'A 架', 5, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
        ('B', 'B 架', 5, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
        ('C', 'C 架（大件）', 3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
      `CREATE TABLE mail_batches (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        batch_no TEXT NOT NULL UNIQUE,
        batch_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        courier_name TEXT NOT NULL,
        courier_phone TEXT NOT NULL DEFAULT '',
        opened_at TEXT NOT NULL,
        opened_by INTEGER NOT NULL REFERENCES users(id),
        closed_at TEXT NULL,
        closed_by INTEGER NULL REFERENCES users(id),
        UNIQUE (batch_day, seq)
      )`,
      `CREATE TABLE mail_returns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        return_no TEXT NOT NULL UNIQUE,
        return_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        carrier TEXT NOT NULL,
        courier_name TEXT NOT NULL,
        courier_phone TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (return_day, seq)
      )`,
      `CREATE TABLE mail_signatures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        png BLOB NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE mail_pickups (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        picked_at TEXT NOT NULL,
        handed_by INTEGER NOT NULL REFERENCES users(id),
        collector_kind TEXT NOT NULL CHECK (collector_kind IN ('recipient', 'authorised')),
        collector_name TEXT NOT NULL,
        collector_phone TEXT NOT NULL DEFAULT '',
        collector_id_tail TEXT NOT NULL DEFAULT '',
        relation TEXT NOT NULL DEFAULT '',
        signature_id INTEGER NOT NULL REFERENCES mail_signatures(id)
      )`,
      `CREATE TABLE mail_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('parcel', 'letter', 'registered')),
        tracking_no TEXT NOT NULL DEFAULT '',
        carrier TEXT NOT NULL DEFAULT 'OTHER',
        batch_id INTEGER NULL REFERENCES mail_batches(id),
        occupant_id INTEGER NULL REFERENCES occupants(id) ON DELETE SET NULL,
        unit_id INTEGER NULL REFERENCES units(id) ON DELETE SET NULL,
        unit_label TEXT NOT NULL DEFAULT '',
        recipient_name TEXT NOT NULL DEFAULT '',
        recipient_phone TEXT NOT NULL DEFAULT '',
        matched INTEGER NOT NULL,
        no_consent INTEGER NOT NULL DEFAULT 0,
        shelf_id INTEGER NULL REFERENCES mail_shelves(id),
        shelf_code TEXT NOT NULL DEFAULT '',
        shelf_level INTEGER NULL,
        serial INTEGER NULL,
        pickup_code TEXT NOT NULL DEFAULT '',
        pieces INTEGER NOT NULL DEFAULT 1 CHECK (pieces > 0),
        sender TEXT NOT NULL DEFAULT '',
        remarks TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('waiting', 'picked_up', 'delivered', 'refused', 'returned', 'lost')),
        status_note TEXT NOT NULL DEFAULT '',
        received_at TEXT NOT NULL,
        received_day TEXT NOT NULL,
        received_by INTEGER NOT NULL REFERENCES users(id),
        due_at TEXT NULL,
        closed_at TEXT NULL,
        closed_by INTEGER NULL REFERENCES users(id),
        pickup_id INTEGER NULL REFERENCES mail_pickups(id),
        return_id INTEGER NULL REFERENCES mail_returns(id),
        signature_id INTEGER NULL REFERENCES mail_signatures(id),
        damaged_at TEXT NULL,
        damaged_by INTEGER NULL REFERENCES users(id),
        damaged_note TEXT NULL,
        notified_at TEXT NULL,
        notify_count INTEGER NOT NULL DEFAULT 0,
        CHECK ((status IN ('waiting', 'refused')) = (closed_at IS NULL))
      )`,
      `CREATE INDEX mail_items_tracking ON mail_items(tracking_no) WHERE tracking_no <> ''`,
      // Items still at the desk are few among ten years of them: partial indexes keep the desk's lists instant.
      `CREATE INDEX mail_items_open ON mail_items(kind, received_at) WHERE closed_at IS NULL`,
      `CREATE UNIQUE INDEX mail_items_serial ON mail_items(serial) WHERE closed_at IS NULL AND serial IS NOT NULL`,
      `CREATE INDEX mail_items_open_unit ON mail_items(unit_id) WHERE closed_at IS NULL`,
      `CREATE INDEX mail_items_day ON mail_items(received_day)`,
      `CREATE INDEX mail_items_batch ON mail_items(batch_id)`,
      `CREATE INDEX mail_items_pickup ON mail_items(pickup_id)`,
      `CREATE INDEX mail_items_return ON mail_items(return_id)`,
      `CREATE TABLE mail_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id INTEGER NOT NULL REFERENCES mail_items(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX mail_events_item ON mail_events(item_id)`,
      `CREATE TABLE mail_counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)`,
      ...searchTablesSql('mail_item'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('The mail migration cannot be reverted; restore a backup instead.');
  }
}
