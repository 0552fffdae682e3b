import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import type Database from 'better-sqlite3';
import { DB_FILE_NAME } from '../../src-main/db/data-dir';
import { MIGRATIONS } from '../../src-main/db/migrations';
import { openStore, type Store } from '../../src-main/db/open';
import { keySearch } from '../../src-main/modules/keys/search';
import { tempDir } from '../support/desk';

let dir = '';
let store: Store | null = null;
afterEach(async () => {
  await store?.ds.destroy();
  store = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A desk that ran 0001–0008 only, as deployed before key categories, with keys, a ring, a loan, an allow-list. */
async function deployedBefore0009(): Promise<void> {
  dir = tempDir('frontdesk-mig9-');
  const upTo = MIGRATIONS.findIndex((m) => new m().name === 'KeyCategories0000000000009');
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: path.join(dir, DB_FILE_NAME),
    migrations: MIGRATIONS.slice(0, upTo),
    migrationsTransactionMode: 'each',
    synchronize: false,
    prepareDatabase: (db: Database.Database) => {
      db.pragma('foreign_keys = ON');
    },
  });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  const db = (ds.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
  const now = '2026-11-20T01:00:00.000Z';
  db.prepare(
    `INSERT INTO users(id, username, display_name, roles, password_hash, disabled, failed_count, locked_until, created_at, last_login_at)
     VALUES (1, 'qianmei', '钱梅', 'receptionist', 'x', 0, 0, NULL, ?, NULL), (2, 'liuqiang', '刘强', 'dept_head', 'x', 0, 0, NULL, ?, NULL)`,
  ).run(now, now);
  const key = db.prepare(
    `INSERT INTO keys(id, seq, code, kind, name, category, place, opens_label, status, ring_id, restricted, created_at, created_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  key.run(1, 1, 'K-000001', 'ring', '设备房钥匙串', 'plant_room', '设备房 B1', '设备房 B1', 'out', null, 1, now, now);
  key.run(2, 2, 'K-000002', 'key', 'B1配电间', 'plant_room', '配电间', '配电间', 'out', 1, 1, now, now);
  key.run(3, 3, 'K-000003', 'key', '总匙', 'master', '全楼', '全楼', 'in', null, 1, now, now);
  db.prepare('INSERT INTO key_allowed_users(key_id, user_id) VALUES (3, 2)').run();
  db.prepare(
    `INSERT INTO key_loans(id, key_id, borrower_kind, borrower_user_id, borrower_name, reason, lent_at, lent_day, lent_by, expected_at, status)
     VALUES (1, 1, 'staff', 2, '刘强', '配电检修', ?, '2026-11-20', 1, '2026-11-20T05:00:00.000Z', 'open')`,
  ).run(now);
  db.prepare('INSERT INTO key_loan_items(loan_id, key_id) VALUES (1, 1), (1, 2)').run();
  db.prepare(`INSERT INTO key_events(key_id, kind, at, by_user, note) VALUES (1, 'lent', ?, 1, '刘强')`).run(now);
  await ds.destroy();
}

describe('migration 0009 on a deployed desk', () => {
  it('keeps every key, its codes and every reference to it, and then checks categories against the table', async () => {
    await deployedBefore0009();
    store = await openStore(dir);
    const db = store.db;
    expect(db.prepare('SELECT id, code, category, ring_id FROM keys ORDER BY id').raw().all()).toEqual([
      [1, 'K-000001', 'plant_room', null],
      [2, 'K-000002', 'plant_room', 1],
      [3, 'K-000003', 'master', null],
    ]);
    expect(db.prepare('SELECT key_id FROM key_loan_items ORDER BY key_id').pluck().all()).toEqual([1, 2]);
    expect(db.prepare('SELECT count(*) FROM key_allowed_users').pluck().get()).toBe(1);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    // Loans still point at keys: a key with a loan cannot vanish, a key of an unknown category cannot be written.
    expect(() => db.prepare('DELETE FROM keys WHERE id = 1').run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare(`UPDATE keys SET category = 'storeroom' WHERE id = 3`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`INSERT INTO key_categories(code, name, sort) VALUES ('storeroom', '杂物间', 80)`).run();
    db.prepare(`UPDATE keys SET category = 'storeroom' WHERE id = 3`).run();
    expect(db.prepare('SELECT category FROM keys WHERE id = 3').pluck().get()).toBe('storeroom');
  });

  it('indexes the keys written before it under their category names', async () => {
    await deployedBefore0009();
    store = await openStore(dir);
    const found = (q: string) => {
      const m = keySearch.match(q);
      if (!m) throw new Error(`no match fragment for ${q}`);
      return store?.db.prepare(`SELECT id FROM keys WHERE id IN (${m.sql}) ORDER BY id`).pluck().all(...m.params);
    };
    // K-000002 (配电间) carries 设备房 only in its category's name: by trigram and by character pairs.
    expect(found('设备房')).toEqual([1, 2]);
    expect(found('设备')).toEqual([1, 2]);
  });
});
