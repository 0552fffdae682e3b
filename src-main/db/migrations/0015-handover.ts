import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Shift handover and the duty log (001 §5.6, §3.8.12). The home screen's counts need no index of their own: every
 * one runs on an existing partial index of open rows (visits_open, mail_items_open, key_loans_open, lending_loans_open,
 * lostfound_items_open, lostfound_alerts_open, borrowing_requests_status), checked with EXPLAIN QUERY PLAN in the tests.
 */
export class Handover0000000000015 implements MigrationInterface {
  name = 'Handover0000000000015';

  async up(q: QueryRunner): Promise<void> {
    const statements = [
      `CREATE TABLE handovers (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        handover_no TEXT NOT NULL UNIQUE,
        handover_day TEXT NOT NULL,
        seq INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('submitted', 'confirmed', 'withdrawn')),
        since TEXT NULL,
        submitted_at TEXT NOT NULL,
        outgoing_user_id INTEGER NOT NULL REFERENCES users(id),
        note TEXT NOT NULL DEFAULT '',
        incoming_user_id INTEGER NULL REFERENCES users(id),
        confirmed_at TEXT NULL,
        withdrawn_at TEXT NULL,
        UNIQUE (handover_day, seq),
        CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL)),
        CHECK ((status = 'confirmed') = (incoming_user_id IS NOT NULL)),
        CHECK ((status = 'withdrawn') = (withdrawn_at IS NOT NULL)),
        CHECK (incoming_user_id IS NULL OR incoming_user_id <> outgoing_user_id)
      )`,
      // One report waits for the incoming receptionist at a time, whatever the service does.
      `CREATE UNIQUE INDEX handovers_pending ON handovers(status) WHERE status = 'submitted'`,
      `CREATE INDEX handovers_confirmed ON handovers(confirmed_at) WHERE status = 'confirmed'`,
      `CREATE TABLE handover_figures (
        handover_id INTEGER NOT NULL REFERENCES handovers(id),
        item TEXT NOT NULL CHECK (item IN ('keys_out', 'parcels_held', 'visitors_on_site', 'found_items')),
        reported INTEGER NOT NULL CHECK (reported >= 0),
        lines TEXT NOT NULL DEFAULT '[]',
        counted INTEGER NULL CHECK (counted IS NULL OR counted >= 0),
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (handover_id, item)
      )`,
      `CREATE TABLE handover_issues (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        handover_id INTEGER NOT NULL REFERENCES handovers(id),
        text TEXT NOT NULL
      )`,
      `CREATE INDEX handover_issues_handover ON handover_issues(handover_id)`,
    ];
    for (const sql of statements) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
