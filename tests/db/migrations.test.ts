import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_FILE_NAME, resolveDataDir } from '../../src-main/db/data-dir';
import { SCHEMA_VERSION } from '../../src-main/db/migrations';
import { openStore, WAL_AUTOCHECKPOINT_PAGES, PAGE_CACHE_KIB } from '../../src-main/db/open';
import { DeskError } from '../../src-shared/errors';
import { tempDir } from '../support/desk';

const dirs: string[] = [];
const fresh = () => {
  const d = tempDir();
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('store', () => {
  it('migrates an empty directory to the current schema with the durable pragmas', async () => {
    const store = await openStore(fresh());
    const db = store.db;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // Checkpoints every ~85 check-ins, not every ~20: one write in twenty carrying one set the writes' p95 (issue 10).
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_AUTOCHECKPOINT_PAGES);
    expect(db.pragma('cache_size', { simple: true })).toBe(-PAGE_CACHE_KIB);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['users', 'audit_log', 'settings', 'buildings', 'units', 'occupants', 'search_occupant_doc', 'migrations']));
    expect(db.prepare('SELECT count(*) FROM migrations').pluck().get()).toBe(SCHEMA_VERSION);
    await store.ds.destroy();
  });

  it('reopens an existing store without re-running migrations', async () => {
    const dir = fresh();
    await (await openStore(dir)).ds.destroy();
    const again = await openStore(dir);
    expect(again.db.prepare('SELECT count(*) FROM migrations').pluck().get()).toBe(SCHEMA_VERSION);
    await again.ds.destroy();
  });

  it('refuses a database written by a newer version, without touching it', async () => {
    const dir = fresh();
    await (await openStore(dir)).ds.destroy();
    const file = path.join(dir, DB_FILE_NAME);
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const bytes = fs.readFileSync(file);
    await expect(openStore(dir)).rejects.toMatchObject({ code: 'DB_TOO_NEW' });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a database that records a migration this version does not know', async () => {
    const dir = fresh();
    await (await openStore(dir)).ds.destroy();
    const raw = new Database(path.join(dir, DB_FILE_NAME));
    raw.prepare(`INSERT INTO migrations(timestamp, name) VALUES (9, 'FromTheFuture0000000000009')`).run();
    raw.close();
    const err = await openStore(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DeskError);
    expect((err as DeskError).code).toBe('DB_TOO_NEW');
  });

  it('fails hard and leaves nothing half-done when a migration fails', async () => {
    const dir = fresh();
    const raw = new Database(path.join(dir, DB_FILE_NAME));
    raw.exec(`CREATE TABLE occupants (x TEXT)`); // makes the foundation migration fail midway
    raw.close();
    await expect(openStore(dir)).rejects.toThrow(/occupants/);
    const check = new Database(path.join(dir, DB_FILE_NAME), { readonly: true });
    const tables = check.prepare(`SELECT name FROM sqlite_master WHERE type='table'`).pluck().all();
    check.close();
    expect(tables).not.toContain('users');
    expect(tables).not.toContain('audit_log');
  });

  it('takes the data dir from --data-dir, then FRONTDESK_DATA_DIR, then the default', () => {
    expect(resolveDataDir(['--data-dir', '/srv/desk'], {}, '/default')).toBe('/srv/desk');
    expect(resolveDataDir(['--data-dir=/srv/a'], { FRONTDESK_DATA_DIR: '/srv/b' }, '/default')).toBe('/srv/a');
    expect(resolveDataDir([], { FRONTDESK_DATA_DIR: '/srv/b' }, '/default')).toBe('/srv/b');
    expect(resolveDataDir([], {}, '/default')).toBe('/default');
  });
});
