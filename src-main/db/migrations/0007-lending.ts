import type { MigrationInterface, QueryRunner } from 'typeorm';
import { searchTablesSql } from '../../search/schema';

/**
 * Courtesy lending and item storage (issue 5). Loans and stored items keep the room, name and phone they were
 * registered with, so directory changes never rewrite a register. The usual courtesy items are set up so a new desk
 * can lend at once; the desk sets their counts.
 */
export class Lending0000000000007 implements MigrationInterface {
  name = 'Lending0000000000007';

  async up(q: QueryRunner): Promise<void> {
    const at = '2026-01-01T00:00:00.000Z';
    const statements = [
      `CREATE TABLE lending_types (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL UNIQUE,
        needs_id INTEGER NOT NULL DEFAULT 0,
        loan_hours INTEGER NOT NULL CHECK (loan_hours > 0),
        count INTEGER NOT NULL CHECK (count >= 0),
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`,
      `INSERT INTO lending_types(name, needs_id, loan_hours, count, created_at, updated_at) VALUES
        ('雨伞', 0, 24, 20, '${at}', '${at}'),
        ('轮椅', 1, 8, 2, '${at}', '${at}'),
        ('手推车', 0, 2, 3, '${at}', '${at}'),
        ('老花镜/放大镜', 0, 2, 5, '${at}', '${at}'),
        ('充电宝', 0, 4, 5, '${at}', '${at}')`,
      `CREATE TABLE lending_loans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        loan_no TEXT NOT NULL UNIQUE,
        loan_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        type_id INTEGER NOT NULL REFERENCES lending_types(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        occupant_id INTEGER NULL REFERENCES occupants(id) ON DELETE SET NULL,
        room_label TEXT NOT NULL DEFAULT '',
        borrower_name TEXT NOT NULL,
        borrower_phone TEXT NOT NULL,
        id_type TEXT NULL,
        id_number TEXT NOT NULL DEFAULT '',
        lent_at TEXT NOT NULL,
        lent_by INTEGER NOT NULL REFERENCES users(id),
        due_at TEXT NOT NULL,
        remarks TEXT NOT NULL DEFAULT '',
        returned_at TEXT NULL,
        returned_by INTEGER NULL REFERENCES users(id),
        return_condition TEXT NOT NULL DEFAULT '',
        UNIQUE (loan_day, seq),
        CHECK ((returned_at IS NULL) = (returned_by IS NULL))
      )`,
      `CREATE INDEX lending_loans_open ON lending_loans(type_id, due_at) WHERE returned_at IS NULL`,
      `CREATE INDEX lending_loans_day ON lending_loans(loan_day)`,
      `CREATE TABLE lending_signatures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        png BLOB NOT NULL,
        created_at TEXT NOT NULL
      )`,
      `CREATE TABLE lending_storage (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        storage_no TEXT NOT NULL UNIQUE,
        storage_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        occupant_id INTEGER NULL REFERENCES occupants(id) ON DELETE SET NULL,
        room_label TEXT NOT NULL DEFAULT '',
        owner_name TEXT NOT NULL,
        owner_phone TEXT NOT NULL,
        authorised TEXT NOT NULL DEFAULT '[]',
        description TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count > 0),
        place TEXT NOT NULL,
        photo BLOB NULL,
        photo_mime TEXT NULL,
        remarks TEXT NOT NULL DEFAULT '',
        claim_salt TEXT NOT NULL,
        claim_hash TEXT NOT NULL,
        stored_at TEXT NOT NULL,
        stored_by INTEGER NOT NULL REFERENCES users(id),
        handed_back_at TEXT NULL,
        handed_back_by INTEGER NULL REFERENCES users(id),
        collector_name TEXT NULL,
        collector_phone TEXT NULL,
        signature_id INTEGER NULL REFERENCES lending_signatures(id),
        UNIQUE (storage_day, seq),
        CHECK ((handed_back_at IS NULL) = (signature_id IS NULL))
      )`,
      `CREATE INDEX lending_storage_open ON lending_storage(stored_at) WHERE handed_back_at IS NULL`,
      `CREATE INDEX lending_storage_day ON lending_storage(storage_day)`,
      ...searchTablesSql('lending_loan'),
      ...searchTablesSql('lending_storage'),
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('The lending migration cannot be reverted; restore a backup instead.');
  }
}
