import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, preallocateWal, WAL_AUTOCHECKPOINT_PAGES, type Store } from '../../src-main/db/open';
import { tempDir } from '../support/desk';

/**
 * The WAL written out to its working size at open (issue 10: the first writes of a day as fast as the rest). Zeros
 * after the last valid frame are what SQLite leaves itself after a checkpoint restarts the log: the store, a crash
 * copy of it and every later write must not notice.
 */
const dirs: string[] = [];
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) if (s.ds.isInitialized) await s.ds.destroy();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

async function open(dir = tempDir()): Promise<Store> {
  if (!dirs.includes(dir)) dirs.push(dir);
  const store = await openStore(dir);
  stores.push(store);
  return store;
}

const WAL_BYTES = 32 + WAL_AUTOCHECKPOINT_PAGES * (24 + 4096);
const walSize = (s: Store) => fs.statSync(`${s.file}-wal`).size;
const count = (db: Database.Database) => db.prepare('SELECT count(*) FROM buildings').pluck().get() as number;
/** `n` more buildings in one transaction, named by their number. */
const add = (s: Store, n: number) => {
  const insert = s.db.prepare('INSERT INTO buildings(name, created_at) VALUES (?, ?)');
  const first = count(s.db);
  s.db.transaction(() => {
    for (let i = 1; i <= n; i++) insert.run(`${first + i}栋`, '2026-11-20T01:00:00.000Z');
  })();
};

/** The files as a crash would leave them: the database and its WAL, no wal-index; opened afresh, SQLite recovers. */
function crashCopy(s: Store): Database.Database {
  const dir = tempDir();
  dirs.push(dir);
  const copy = path.join(dir, 'copy.sqlite');
  fs.copyFileSync(s.file, copy);
  fs.copyFileSync(`${s.file}-wal`, `${copy}-wal`);
  return new Database(copy);
}

describe('the WAL written out at open', () => {
  it('takes the size of one checkpoint interval once, then is written over by SQLite like any restarted log', async () => {
    const s = await open();
    add(s, 3);
    expect(preallocateWal(s)).toBe(true);
    expect(walSize(s)).toBe(WAL_BYTES);
    expect(preallocateWal(s)).toBe(false);
    add(s, 200);
    expect(walSize(s)).toBe(WAL_BYTES);
    expect(count(s.db)).toBe(203);
    expect(s.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('leaves a crash copy that opens with every committed row, before and after the first write into it', async () => {
    const s = await open();
    add(s, 5);
    expect(preallocateWal(s)).toBe(true);
    const zerosOnly = crashCopy(s);
    expect(count(zerosOnly)).toBe(5);
    expect(zerosOnly.pragma('integrity_check', { simple: true })).toBe('ok');
    zerosOnly.close();
    add(s, 7);
    const written = crashCopy(s);
    expect(count(written)).toBe(12);
    expect(written.pragma('integrity_check', { simple: true })).toBe('ok');
    written.close();
  });

  it('reopens after close (the WAL gone with the last connection) with every row, and writes it out again', async () => {
    const dir = tempDir();
    const s = await open(dir);
    add(s, 4);
    preallocateWal(s);
    add(s, 4);
    await s.ds.destroy();
    const again = await open(dir);
    expect(count(again.db)).toBe(8);
    expect(preallocateWal(again)).toBe(true);
    add(again, 1);
    expect(count(again.db)).toBe(9);
  });

  it('does nothing while another connection holds the write lock', async () => {
    const s = await open();
    add(s, 2);
    const other = new Database(s.file);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    s.db.pragma('busy_timeout = 0');
    try {
      const before = walSize(s);
      expect(preallocateWal(s)).toBe(false);
      expect(walSize(s)).toBe(before);
    } finally {
      other.exec('ROLLBACK');
      other.close();
      s.db.pragma('busy_timeout = 5000');
    }
    expect(count(s.db)).toBe(2);
  });
});
