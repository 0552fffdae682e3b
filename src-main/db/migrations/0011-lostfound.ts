import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/**
 * Lost and found (issue 6; 001 §4.10). Items keep the place names and people they were registered with. The two
 * storage places of §4.10.1 are set up: the valuables safe and the security office.
 */
export class LostFound0000000000011 implements MigrationInterface {
  name = 'LostFound0000000000011';

  async up(q: QueryRunner): Promise<void> {
    const at = '2026-01-01T00:00:00.000Z';
    const statements = [
      `CREATE TABLE lostfound_places (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('safe', 'ordinary')),
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `INSERT INTO lostfound_places(name, kind, created_at, updated_at) VALUES
        ('贵重物品保险箱', 'safe', '${at}', '${at}'),
        ('保安部', 'ordinary', '${at}', '${at}')`,
      `CREATE TABLE lostfound_signatures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        png BLOB NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE lostfound_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_no TEXT NOT NULL UNIQUE,
        intake_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        category TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        features TEXT NOT NULL DEFAULT '',
        found_at TEXT NOT NULL,
        found_day TEXT NOT NULL,
        found_place TEXT NOT NULL,
        notice_place TEXT NOT NULL,
        finder_kind TEXT NOT NULL CHECK (finder_kind IN ('staff', 'visitor')),
        finder_name TEXT NOT NULL,
        finder_phone TEXT NOT NULL DEFAULT '',
        declared_value_fen INTEGER NULL,
        high_value INTEGER NOT NULL,
        cash_amount_fen INTEGER NULL,
        counted_by INTEGER NULL REFERENCES users(id),
        counted_at TEXT NULL,
        place_id INTEGER NOT NULL REFERENCES lostfound_places(id),
        photo BLOB NULL,
        photo_mime TEXT NULL,
        remarks TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('in_custody', 'claimed', 'transferred', 'disposed')),
        closed_at TEXT NULL,
        closed_by INTEGER NULL REFERENCES users(id),
        receiver_name TEXT NULL,
        receiver_unit TEXT NULL,
        handover_note TEXT NULL,
        handover_signature_id INTEGER NULL REFERENCES lostfound_signatures(id),
        expires_at TEXT NOT NULL,
        police_due_at TEXT NULL,
        registered_at TEXT NOT NULL,
        registered_by INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (intake_day, seq),
        CHECK ((status = 'in_custody') = (closed_at IS NULL)),
        CHECK (high_value = 0 OR counted_by IS NOT NULL)
      )`,
      `CREATE INDEX lostfound_items_open ON lostfound_items(expires_at) WHERE status = 'in_custody'`,
      `CREATE INDEX lostfound_items_intake ON lostfound_items(intake_day)`,
      `CREATE INDEX lostfound_items_found ON lostfound_items(found_day)`,
      `CREATE TABLE lostfound_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id INTEGER NOT NULL REFERENCES lostfound_items(id),
        kind TEXT NOT NULL,
        at TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX lostfound_events_item ON lostfound_events(item_id)`,
      `CREATE TABLE lostfound_claims (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id INTEGER NOT NULL REFERENCES lostfound_items(id),
        claimant_name TEXT NOT NULL,
        claimant_phone TEXT NOT NULL,
        id_type TEXT NOT NULL,
        id_masked TEXT NOT NULL,
        relationship TEXT NOT NULL CHECK (relationship IN ('self', 'family', 'colleague', 'other')),
        description TEXT NOT NULL,
        verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
        reason TEXT NOT NULL DEFAULT '',
        signature_id INTEGER NULL REFERENCES lostfound_signatures(id),
        at TEXT NOT NULL,
        by_user INTEGER NOT NULL REFERENCES users(id),
        CHECK ((verdict = 'accepted') = (signature_id IS NOT NULL)),
        CHECK (verdict = 'accepted' OR reason <> '')
      )`,
      `CREATE INDEX lostfound_claims_item ON lostfound_claims(item_id)`,
      `CREATE UNIQUE INDEX lostfound_claims_accepted ON lostfound_claims(item_id) WHERE verdict = 'accepted'`,
      `CREATE TABLE lostfound_disposals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id INTEGER NOT NULL UNIQUE REFERENCES lostfound_items(id),
        method TEXT NOT NULL CHECK (method IN ('police', 'return_finder', 'donate', 'destroy')),
        note TEXT NOT NULL,
        decided_at TEXT NOT NULL,
        decided_day TEXT NOT NULL,
        decided_by INTEGER NOT NULL REFERENCES users(id),
        executed_at TEXT NULL,
        executed_by INTEGER NULL REFERENCES users(id),
        CHECK ((executed_at IS NULL) = (executed_by IS NULL))
      )`,
      `CREATE INDEX lostfound_disposals_day ON lostfound_disposals(decided_day)`,
      `CREATE TABLE lostfound_alerts (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        item_id INTEGER NOT NULL REFERENCES lostfound_items(id),
        role TEXT NOT NULL,
        message TEXT NOT NULL,
        created_at TEXT NOT NULL,
        acked_at TEXT NULL,
        acked_by INTEGER NULL REFERENCES users(id)
      )`,
      `CREATE INDEX lostfound_alerts_open ON lostfound_alerts(role) WHERE acked_at IS NULL`,
      `CREATE TABLE lostfound_reports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        report_no TEXT NOT NULL UNIQUE,
        report_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        reporter_name TEXT NOT NULL,
        reporter_phone TEXT NOT NULL,
        item_name TEXT NOT NULL,
        category TEXT NOT NULL,
        lost_place TEXT NOT NULL DEFAULT '',
        lost_date TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
        closed_at TEXT NULL,
        closed_by INTEGER NULL REFERENCES users(id),
        closed_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (report_day, seq)
      )`,
      `CREATE INDEX lostfound_reports_open ON lostfound_reports(lost_date) WHERE status = 'open'`,
      ...searchTablesSql('lostfound_item'),
      ...searchTablesSql('lostfound_report'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('The lost-and-found migration cannot be reverted; restore a backup instead.');
  }
}
