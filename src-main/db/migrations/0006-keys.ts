import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/**
 * The key cabinet (issue 5). A key record is one tag (with its copies) on one hook; a ring is a record of its own
 * whose keys point at it. Loans keep every key that went out (`key_loan_items`), so a key's history includes the
 * loans of its ring. Statistics are always counted from `keys.status`, never kept as totals.
 */
export class Keys0000000000006 implements MigrationInterface {
  name = 'Keys0000000000006';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE keys (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        seq INTEGER NOT NULL UNIQUE,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('key', 'ring')),
        name TEXT NOT NULL,
        category TEXT NOT NULL CHECK (category IN ('unit', 'plant_room', 'public_area', 'vehicle', 'cabinet', 'master', 'other')),
        unit_id INTEGER NULL REFERENCES units(id) ON DELETE SET NULL,
        place TEXT NOT NULL DEFAULT '',
        opens_label TEXT NOT NULL DEFAULT '',
        copies INTEGER NOT NULL DEFAULT 1 CHECK (copies > 0),
        cabinet TEXT NOT NULL DEFAULT '',
        hook TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('in', 'out', 'lost', 'retired')),
        ring_id INTEGER NULL REFERENCES keys(id),
        restricted INTEGER NOT NULL DEFAULT 0,
        allow_outside INTEGER NOT NULL DEFAULT 0,
        lock_attention INTEGER NOT NULL DEFAULT 0,
        lock_attention_at TEXT NULL,
        lock_attention_note TEXT NOT NULL DEFAULT '',
        retired_at TEXT NULL,
        retired_reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        CHECK (kind = 'key' OR ring_id IS NULL)
      )`,
      `CREATE INDEX keys_ring ON keys(ring_id) WHERE ring_id IS NOT NULL`,
      `CREATE INDEX keys_status ON keys(status, category)`,
      `CREATE TABLE key_allowed_users (
        key_id INTEGER NOT NULL REFERENCES keys(id),
        user_id INTEGER NOT NULL REFERENCES users(id),
        PRIMARY KEY (key_id, user_id)
      )`,
      `CREATE TABLE key_loans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key_id INTEGER NOT NULL REFERENCES keys(id),
        borrower_kind TEXT NOT NULL CHECK (borrower_kind IN ('staff', 'outside')),
        borrower_user_id INTEGER NULL REFERENCES users(id),
        borrower_name TEXT NOT NULL,
        borrower_phone TEXT NOT NULL DEFAULT '',
        borrower_id_tail TEXT NOT NULL DEFAULT '',
        borrower_company TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL,
        lent_at TEXT NOT NULL,
        lent_day TEXT NOT NULL,
        lent_by INTEGER NOT NULL REFERENCES users(id),
        expected_at TEXT NOT NULL,
        approved_by INTEGER NULL REFERENCES users(id),
        status TEXT NOT NULL CHECK (status IN ('open', 'returned', 'lost')),
        returned_at TEXT NULL,
        returned_by INTEGER NULL REFERENCES users(id),
        condition TEXT NOT NULL DEFAULT '',
        lost_note TEXT NOT NULL DEFAULT '',
        CHECK ((status = 'open') = (returned_at IS NULL))
      )`,
      // One open loan per key or ring, whatever the service does.
      `CREATE UNIQUE INDEX key_loans_open ON key_loans(key_id) WHERE status = 'open'`,
      `CREATE INDEX key_loans_day ON key_loans(lent_day)`,
      `CREATE TABLE key_loan_items (
        loan_id INTEGER NOT NULL REFERENCES key_loans(id),
        key_id INTEGER NOT NULL REFERENCES keys(id),
        PRIMARY KEY (loan_id, key_id)
      )`,
      `CREATE INDEX key_loan_items_key ON key_loan_items(key_id)`,
      `CREATE TABLE key_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        key_id INTEGER NOT NULL REFERENCES keys(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX key_events_key ON key_events(key_id)`,
      `CREATE TABLE key_signatures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        png BLOB NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE key_deposits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        occupant_id INTEGER NOT NULL REFERENCES occupants(id),
        owner_name TEXT NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        unit_label TEXT NOT NULL,
        description TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        note TEXT NOT NULL DEFAULT '',
        deposited_at TEXT NOT NULL,
        deposited_by INTEGER NOT NULL REFERENCES users(id),
        owner_signature_id INTEGER NOT NULL REFERENCES key_signatures(id),
        status TEXT NOT NULL CHECK (status IN ('held', 'collected')),
        collected_at TEXT NULL,
        collected_by INTEGER NULL REFERENCES users(id),
        collector_kind TEXT NULL,
        collector_name TEXT NULL,
        collector_phone TEXT NULL,
        collector_signature_id INTEGER NULL REFERENCES key_signatures(id),
        CHECK ((status = 'held') = (collected_at IS NULL))
      )`,
      `CREATE INDEX key_deposits_unit ON key_deposits(unit_id)`,
      `CREATE TABLE key_deposit_collectors (
        deposit_id INTEGER NOT NULL REFERENCES key_deposits(id),
        name TEXT NOT NULL,
        phone TEXT NOT NULL,
        PRIMARY KEY (deposit_id, name)
      )`,
      ...searchTablesSql('cabinet_item'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('The keys migration cannot be reverted; restore a backup instead.');
  }
}
