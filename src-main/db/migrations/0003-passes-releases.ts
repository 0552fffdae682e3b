import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/** Access passes (出入证) with their entries, and item-release slips (出门条) with their items (issue 3). */
export class PassesReleases0000000000003 implements MigrationInterface {
  name = 'PassesReleases0000000000003';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE passes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        holder_name TEXT NOT NULL,
        id_type TEXT NOT NULL,
        id_number TEXT NOT NULL,
        phone TEXT NOT NULL,
        company TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_to TEXT NOT NULL,
        all_buildings INTEGER NOT NULL,
        photo BLOB NULL,
        photo_mime TEXT NULL,
        remarks TEXT NOT NULL DEFAULT '',
        issued_at TEXT NOT NULL,
        issued_day TEXT NOT NULL,
        issued_by INTEGER NOT NULL REFERENCES users(id),
        revoked_at TEXT NULL,
        revoked_by INTEGER NULL REFERENCES users(id),
        revoke_reason TEXT NULL,
        UNIQUE (year, seq)
      )`,
      `CREATE TABLE pass_buildings (
        pass_id INTEGER NOT NULL REFERENCES passes(id) ON DELETE CASCADE,
        building_id INTEGER NOT NULL REFERENCES buildings(id) ON DELETE RESTRICT,
        PRIMARY KEY (pass_id, building_id)
      )`,
      `CREATE TABLE pass_entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        pass_id INTEGER NOT NULL REFERENCES passes(id) ON DELETE RESTRICT,
        building_id INTEGER NULL REFERENCES buildings(id) ON DELETE RESTRICT,
        at TEXT NOT NULL,
        receptionist_id INTEGER NOT NULL REFERENCES users(id)
      )`,
      `CREATE INDEX passes_issued_day ON passes(issued_day)`,
      `CREATE INDEX pass_entries_pass ON pass_entries(pass_id, id)`,
      `CREATE INDEX pass_entries_at ON pass_entries(at)`,
      ...searchTablesSql('pass'),
      `CREATE TABLE release_slips (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        number TEXT NOT NULL UNIQUE,
        day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        occupant_id INTEGER NOT NULL REFERENCES occupants(id) ON DELETE RESTRICT,
        requester_name TEXT NOT NULL,
        requester_kind TEXT NOT NULL,
        unit_label TEXT NOT NULL,
        consent_owner_name TEXT NULL,
        consent_method TEXT NULL,
        consent_note TEXT NULL,
        carrier_name TEXT NOT NULL,
        carrier_id_type TEXT NOT NULL,
        carrier_id_number TEXT NOT NULL,
        carrier_phone TEXT NOT NULL DEFAULT '',
        vehicle_plate TEXT NOT NULL DEFAULT '',
        remarks TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('issued', 'released', 'voided')),
        issued_at TEXT NOT NULL,
        issued_by INTEGER NOT NULL REFERENCES users(id),
        released_at TEXT NULL,
        released_by INTEGER NULL REFERENCES users(id),
        release_note TEXT NULL,
        voided_at TEXT NULL,
        voided_by INTEGER NULL REFERENCES users(id),
        void_reason TEXT NULL,
        UNIQUE (day, seq)
      )`,
      `CREATE INDEX release_slips_day ON release_slips(day, seq)`,
      `CREATE TABLE release_items (
        slip_id INTEGER NOT NULL REFERENCES release_slips(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        name TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (slip_id, line)
      )`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['release_items', 'release_slips', 'pass_entries', 'pass_buildings', 'search_pass_key', 'search_pass_tri', 'search_pass_doc', 'passes']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
