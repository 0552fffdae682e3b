import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Document control (issue 7; 000 篇5 §5.1, §5.5, §5.7, §5.9): the printing register (QR-WD01-02-01), distribution
 * with one row per numbered copy (QR-WD01-02-03), copy requests (QR-WD01-02-05), reissues (QR-WD01-02-06) and
 * voiding/destruction (QR-WD01-02-07). Documents themselves live in `archive_documents` (0012).
 */
export class DocControl0000000000014 implements MigrationInterface {
  name = 'DocControl0000000000014';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE doccontrol_signatures (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        png BLOB NOT NULL,
        created_at TEXT NOT NULL
      )`,
      // §5.1.3–5.1.4: only documents the GM approved are printed; the approver is a user holding general_manager.
      `CREATE TABLE doccontrol_printings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES archive_documents(id),
        copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 999),
        reviewer_name TEXT NOT NULL DEFAULT '',
        approved_by INTEGER NOT NULL REFERENCES users(id),
        approved_on TEXT NOT NULL,
        printed_at TEXT NOT NULL,
        printed_day TEXT NOT NULL,
        printed_by INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX doccontrol_printings_day ON doccontrol_printings(printed_day)`,
      // §5.5.1: one act of handing out copies to a department; the receiver signs.
      `CREATE TABLE doccontrol_distributions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES archive_documents(id),
        department_id INTEGER NOT NULL REFERENCES departments(id),
        receiver_name TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
        signature_id INTEGER NOT NULL REFERENCES doccontrol_signatures(id),
        note TEXT NOT NULL DEFAULT '',
        distributed_at TEXT NOT NULL,
        distributed_day TEXT NOT NULL,
        distributed_by INTEGER NOT NULL REFERENCES users(id)
      )`,
      `CREATE INDEX doccontrol_distributions_day ON doccontrol_distributions(distributed_day)`,
      // Each numbered copy: `003` from a distribution, `003-1`, `003-2` from reissues (§5.7.2: the new number continues
      // the old one). A copy ends taken back, lost, voided (withdrawn and stamped, §5.9.3), kept for record or destroyed.
      `CREATE TABLE doccontrol_copies (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES archive_documents(id),
        distribution_id INTEGER NULL REFERENCES doccontrol_distributions(id),
        reissue_id INTEGER NULL,
        copy_no TEXT NOT NULL,
        base_no INTEGER NOT NULL,
        suffix INTEGER NOT NULL DEFAULT 0,
        department_id INTEGER NOT NULL REFERENCES departments(id),
        holder_name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'taken_back', 'lost', 'voided', 'kept', 'destroyed')),
        status_at TEXT NOT NULL,
        UNIQUE (document_id, copy_no),
        UNIQUE (document_id, base_no, suffix)
      )`,
      // §5.7.1: copying needs the office director's approval, given by the director logged in (pending → approved).
      `CREATE TABLE doccontrol_copy_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES archive_documents(id),
        copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 999),
        purpose TEXT NOT NULL,
        requester_name TEXT NOT NULL,
        department_id INTEGER NOT NULL REFERENCES departments(id),
        signature_id INTEGER NOT NULL REFERENCES doccontrol_signatures(id),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
        requested_at TEXT NOT NULL,
        requested_day TEXT NOT NULL,
        requested_by INTEGER NOT NULL REFERENCES users(id),
        decided_at TEXT NULL,
        decided_by INTEGER NULL REFERENCES users(id),
        decision_note TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX doccontrol_copy_requests_day ON doccontrol_copy_requests(requested_day)`,
      // §5.7.2: a damaged or lost copy is replaced after the office director approves; the damaged one is taken back.
      `CREATE TABLE doccontrol_reissues (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        copy_id INTEGER NOT NULL REFERENCES doccontrol_copies(id),
        kind TEXT NOT NULL CHECK (kind IN ('damaged', 'lost')),
        explanation TEXT NOT NULL,
        applicant_name TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'issued')),
        requested_at TEXT NOT NULL,
        requested_day TEXT NOT NULL,
        requested_by INTEGER NOT NULL REFERENCES users(id),
        decided_at TEXT NULL,
        decided_by INTEGER NULL REFERENCES users(id),
        decision_note TEXT NOT NULL DEFAULT '',
        new_copy_id INTEGER NULL REFERENCES doccontrol_copies(id),
        signature_id INTEGER NULL REFERENCES doccontrol_signatures(id),
        issued_at TEXT NULL,
        issued_by INTEGER NULL REFERENCES users(id)
      )`,
      `CREATE INDEX doccontrol_reissues_day ON doccontrol_reissues(requested_day)`,
      // §5.9: the GM approves voiding; voided copies are stamped, one or two kept, the rest destroyed by two people.
      `CREATE TABLE doccontrol_voids (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id INTEGER NOT NULL REFERENCES archive_documents(id),
        reason TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'destroyed')),
        requested_at TEXT NOT NULL,
        requested_day TEXT NOT NULL,
        requested_by INTEGER NOT NULL REFERENCES users(id),
        decided_at TEXT NULL,
        decided_by INTEGER NULL REFERENCES users(id),
        decision_note TEXT NOT NULL DEFAULT '',
        voided_copies TEXT NOT NULL DEFAULT '',
        kept_copies TEXT NOT NULL DEFAULT '',
        destroyed_copies TEXT NOT NULL DEFAULT '',
        destroyed_at TEXT NULL,
        destroyed_by INTEGER NULL REFERENCES users(id),
        supervised_by INTEGER NULL REFERENCES users(id),
        destroy_method TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX doccontrol_voids_day ON doccontrol_voids(requested_day)`,
      `CREATE INDEX doccontrol_voids_document ON doccontrol_voids(document_id)`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
