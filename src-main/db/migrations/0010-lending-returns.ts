import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partial returns of courtesy items (issue 5): a loan of several items can come back in parts, each part recorded
 * with its time, receptionist and condition. A loan's `returned_at` still marks the last part back (the loan is
 * closed then). Loans already returned whole get their one return copied over, so every closed loan has its parts
 * summing to its quantity and every open loan has none yet.
 */
export class LendingReturns0000000000010 implements MigrationInterface {
  name = 'LendingReturns0000000000010';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE lending_returns (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        loan_id INTEGER NOT NULL REFERENCES lending_loans(id),
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        returned_at TEXT NOT NULL,
        returned_by INTEGER NOT NULL REFERENCES users(id),
        condition TEXT NOT NULL DEFAULT ''
      )`,
      `CREATE INDEX lending_returns_loan ON lending_returns(loan_id)`,
      `INSERT INTO lending_returns(loan_id, quantity, returned_at, returned_by, condition)
        SELECT id, quantity, returned_at, returned_by, return_condition FROM lending_loans WHERE returned_at IS NOT NULL ORDER BY id`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
