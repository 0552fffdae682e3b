import type Database from 'better-sqlite3';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { keySearch } from '../../modules/keys/search';

/** The categories 0006 fixed in a CHECK, with the names the desk has shown for them so far. */
const SEEDED: [code: string, name: string, restricted: number][] = [
  ['unit', '单元', 0],
  ['plant_room', '设备房', 1],
  ['public_area', '公共区域', 0],
  ['vehicle', '车辆', 0],
  ['cabinet', '柜锁', 0],
  ['master', '总匙', 1],
  ['other', '其他', 0],
];

/**
 * The desk's own key categories (issue 5: 类别 is the desk's list, not a fixed one). `keys.category` keeps its codes
 * and now points at `key_categories`; a category in use is deactivated, never deleted.
 *
 * SQLite cannot drop the CHECK of 0006 in place, so `keys` is rebuilt under its own name with the same rows and ids:
 * the tables that refer to `keys` (loans, events, allowed users, a key's ring) keep referring to it. The references are
 * deferred to the commit, which fails (rolling the whole migration back) if any of them were left dangling.
 */
export class KeyCategories0000000000009 implements MigrationInterface {
  name = 'KeyCategories0000000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE key_categories (
      code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND code NOT GLOB '*[^a-z0-9_]*' AND length(code) <= 20),
      name TEXT NOT NULL UNIQUE,
      restricted_default INTEGER NOT NULL DEFAULT 0 CHECK (restricted_default IN (0, 1)),
      active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      sort INTEGER NOT NULL DEFAULT 0
    )`);
    for (const [i, [code, name, restricted]] of SEEDED.entries()) {
      await q.query(`INSERT INTO key_categories(code, name, restricted_default, active, sort) VALUES (?, ?, ?, 1, ?)`, [code, name, restricted, (i + 1) * 10]);
    }

    // Every reference to a key row is checked at commit, once the rebuilt table holds the same ids again.
    await q.query(`PRAGMA defer_foreign_keys = ON`);
    await q.query(`CREATE TEMP TABLE keys_before_0009 AS SELECT * FROM keys`);
    await q.query(`DROP TABLE keys`);
    await q.query(`CREATE TABLE keys (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        seq INTEGER NOT NULL UNIQUE,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL CHECK (kind IN ('key', 'ring')),
        name TEXT NOT NULL,
        category TEXT NOT NULL REFERENCES key_categories(code),
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
      )`);
    const columns = (await q.query(`SELECT name FROM pragma_table_info('keys_before_0009', 'temp') ORDER BY cid`)) as { name: string }[];
    const list = columns.map((c) => `"${c.name}"`).join(', ');
    await q.query(`INSERT INTO keys(${list}) SELECT ${list} FROM keys_before_0009 ORDER BY id`);
    await q.query(`DROP TABLE keys_before_0009`);
    await q.query(`CREATE INDEX keys_ring ON keys(ring_id) WHERE ring_id IS NOT NULL`);
    await q.query(`CREATE INDEX keys_status ON keys(status, category)`);
    const broken = (await q.query(`PRAGMA foreign_key_check`)) as unknown[];
    if (broken.length > 0) throw new Error(`keys rebuild left ${broken.length} broken references`);
    // A category's name is searchable from now on; keys written before were indexed without it.
    const db = (q.connection.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
    const rows = db
      .prepare(`SELECT k.id, k.code, k.name, k.opens_label AS opens, k.cabinet, c.name AS categoryName FROM keys k JOIN key_categories c ON c.code = k.category`)
      .all() as { id: number; code: string; name: string; opens: string; cabinet: string; categoryName: string }[];
    for (const r of rows) keySearch.put(db, r.id, r);
  }

  async down(): Promise<void> {
    throw new Error('This migration cannot be reverted; restore a backup instead.');
  }
}
