import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/**
 * Visitors (issue 3): visits, the people seen before (returning visitors), the blocklist. Numbered 4 although
 * 2 is free: desks that ran 3 already must see this one as newer, never as one slipped in before it.
 * Visits keep the labels they were made with (unit, host, building), so later directory changes or deletions
 * (which set the references to NULL) do not rewrite the register.
 */
export class Visitors0000000000004 implements MigrationInterface {
  name = 'Visitors0000000000004';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE visitor_people (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        person_key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        id_type TEXT NOT NULL,
        id_number TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        plate TEXT NOT NULL DEFAULT '',
        last_unit_id INTEGER NULL REFERENCES units(id) ON DELETE SET NULL,
        last_unit_label TEXT NOT NULL DEFAULT '',
        last_occupant_id INTEGER NULL REFERENCES occupants(id) ON DELETE SET NULL,
        last_host_name TEXT NOT NULL DEFAULT '',
        last_purpose TEXT NOT NULL DEFAULT '',
        visit_count INTEGER NOT NULL DEFAULT 0,
        last_seen_at TEXT NOT NULL,
        purged INTEGER NOT NULL DEFAULT 0
      )`,
      `CREATE INDEX visitor_people_seen ON visitor_people(purged, last_seen_at)`,
      `CREATE TABLE visits (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        visit_no TEXT NOT NULL UNIQUE,
        visit_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        person_id INTEGER NULL REFERENCES visitor_people(id) ON DELETE SET NULL,
        pass_id INTEGER NULL REFERENCES passes(id) ON DELETE SET NULL,
        name TEXT NOT NULL,
        id_type TEXT NOT NULL,
        id_number TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL,
        unit_id INTEGER NULL REFERENCES units(id) ON DELETE SET NULL,
        unit_label TEXT NOT NULL DEFAULT '',
        building_id INTEGER NULL REFERENCES buildings(id) ON DELETE SET NULL,
        building_name TEXT NOT NULL DEFAULT '',
        occupant_id INTEGER NULL REFERENCES occupants(id) ON DELETE SET NULL,
        host_name TEXT NOT NULL DEFAULT '',
        party_size INTEGER NOT NULL DEFAULT 1 CHECK (party_size > 0),
        plate TEXT NOT NULL DEFAULT '',
        remarks TEXT NOT NULL DEFAULT '',
        id_override_reason TEXT NULL,
        blocklist_id INTEGER NULL REFERENCES visitor_blocklist(id) ON DELETE SET NULL,
        override_by INTEGER NULL REFERENCES users(id),
        override_reason TEXT NULL,
        checked_in_at TEXT NOT NULL,
        checked_in_by INTEGER NOT NULL REFERENCES users(id),
        checked_out_at TEXT NULL,
        checked_out_by INTEGER NULL REFERENCES users(id),
        checkout_kind TEXT NULL CHECK (checkout_kind IN ('desk', 'auto')),
        purged INTEGER NOT NULL DEFAULT 0,
        UNIQUE (visit_day, seq),
        CHECK ((checked_out_at IS NULL) = (checkout_kind IS NULL))
      )`,
      // The on-site list and the auto check-out read open visits only: a partial index keeps that instant on 10 years.
      `CREATE INDEX visits_open ON visits(checked_in_at) WHERE checked_out_at IS NULL`,
      `CREATE INDEX visits_day ON visits(visit_day, seq)`,
      `CREATE INDEX visits_person ON visits(person_id, checked_out_at)`,
      `CREATE INDEX visits_purge ON visits(purged, checked_in_at)`,
      `CREATE TABLE visitor_blocklist (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL DEFAULT '',
        id_type TEXT NOT NULL DEFAULT 'resident_id',
        id_number TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by INTEGER NOT NULL REFERENCES users(id),
        updated_at TEXT NOT NULL,
        removed_at TEXT NULL,
        removed_by INTEGER NULL REFERENCES users(id),
        removed_reason TEXT NULL,
        CHECK (id_number <> '' OR (name <> '' AND phone <> ''))
      )`,
      `CREATE INDEX visitor_blocklist_id ON visitor_blocklist(id_number) WHERE removed_at IS NULL`,
      `CREATE INDEX visitor_blocklist_phone ON visitor_blocklist(phone) WHERE removed_at IS NULL`,
      ...searchTablesSql('visit'),
      ...searchTablesSql('visitor_person'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('The visitors migration cannot be reverted; restore a backup instead.');
  }
}
