import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Archive borrowing (issue 7; 000 §5.6): a request filed by the office names the document and the borrower, the
 * approval the matrix of 000 §5.6.4 requires is a recorded act of a person holding that role, then the office lends,
 * and on return checks the condition (000 §5.6.3). One row per request; the register QR-WD01-02-04 is read from it.
 */
export class Borrowing0000000000013 implements MigrationInterface {
  name = 'Borrowing0000000000013';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE borrowing_requests (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_no TEXT NOT NULL UNIQUE,
        filed_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        document_id INTEGER NOT NULL REFERENCES archive_documents(id),
        borrower_type TEXT NOT NULL CHECK (borrower_type IN ('staff', 'authority', 'owner', 'law_enforcement')),
        borrower_user_id INTEGER NULL REFERENCES users(id),
        borrower_department_id INTEGER NULL REFERENCES departments(id),
        borrower_name TEXT NOT NULL,
        borrower_unit TEXT NOT NULL DEFAULT '',
        borrower_phone TEXT NOT NULL DEFAULT '',
        enforcement_body TEXT NULL CHECK (enforcement_body IN ('police', 'procuratorate', 'court')),
        purpose TEXT NOT NULL,
        due_date TEXT NOT NULL,
        required_role TEXT NOT NULL CHECK (required_role IN ('general_manager', 'office_director', 'dept_head')),
        required_department_id INTEGER NULL REFERENCES departments(id),
        lender_role TEXT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'lent', 'returned', 'cancelled')),
        decided_by INTEGER NULL REFERENCES users(id),
        decided_at TEXT NULL,
        decision_comment TEXT NOT NULL DEFAULT '',
        lent_at TEXT NULL,
        lent_by INTEGER NULL REFERENCES users(id),
        returned_at TEXT NULL,
        received_by INTEGER NULL REFERENCES users(id),
        condition TEXT NULL CHECK (condition IN ('intact', 'damaged')),
        remarks TEXT NOT NULL DEFAULT '',
        follow_up INTEGER NOT NULL DEFAULT 0,
        follow_up_closed_at TEXT NULL,
        follow_up_closed_by INTEGER NULL REFERENCES users(id),
        follow_up_note TEXT NOT NULL DEFAULT '',
        filed_at TEXT NOT NULL,
        filed_by INTEGER NOT NULL REFERENCES users(id),
        UNIQUE (filed_day, seq),
        CHECK (required_role <> 'dept_head' OR required_department_id IS NOT NULL),
        CHECK ((status IN ('lent', 'returned')) = (lent_at IS NOT NULL)),
        CHECK ((status = 'returned') = (returned_at IS NOT NULL)),
        CHECK (condition <> 'damaged' OR length(trim(remarks)) > 0)
      )`,
      `CREATE INDEX borrowing_requests_status ON borrowing_requests(status, due_date)`,
      `CREATE INDEX borrowing_requests_document ON borrowing_requests(document_id)`,
      `CREATE INDEX borrowing_requests_filed ON borrowing_requests(filed_day)`,
      // Law-enforcement officers whose papers were checked and registered (000 §5.6.4f); ID-card numbers are masked on display.
      `CREATE TABLE borrowing_officers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        request_id INTEGER NOT NULL REFERENCES borrowing_requests(id),
        name TEXT NOT NULL,
        credential_type TEXT NOT NULL CHECK (credential_type IN ('officer_card', 'id_card', 'other')),
        credential_no TEXT NOT NULL
      )`,
      `CREATE INDEX borrowing_officers_request ON borrowing_officers(request_id)`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
