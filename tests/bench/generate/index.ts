import type { Database } from 'better-sqlite3';
import type { Sizes } from '../scale';
import { timeOnce } from '../measure';
import { generateArchive } from './archive';
import { cachingDb, iso, rng, type GenContext } from './common';
import { generateDirectory, type Directory } from './directory';
import { generateKeys } from './keys';
import { generateLostFound } from './lostfound';
import { generateMail } from './mail';
import { generateVisitors } from './visitors';

export interface Generated {
  dir: Directory;
  /** Seconds each module's rows took, search index included. */
  seconds: Record<string, number>;
}

/**
 * Fills a freshly migrated store with bulk SQL in large transactions, each row indexed through its module's own
 * `defineSearchable(...).put`, so the search tables hold exactly what the desk would have written.
 */
export async function generateAll(db: Database, sizes: Sizes, now: Date, userId: number, log: (s: string) => void): Promise<Generated> {
  const g: GenContext = { db: cachingDb(db), now, userId, r: rng(20261120) };
  const seconds: Record<string, number> = {};
  const step = async <T,>(name: string, fill: () => T): Promise<T> => {
    const { ms, value } = await timeOnce(fill);
    seconds[name] = Math.round(ms) / 1000;
    log(`  ${name}: ${seconds[name]} s`);
    return value;
  };
  // Bulk loading only: a big page cache for the FTS merges, no fsync per transaction. The desk reopens the file with
  // its own pragmas before anything is measured.
  db.pragma('cache_size = -262144');
  db.pragma('synchronous = OFF');
  // The desk merges its search indexes after every write (StoreUpkeep), four segments of a level at a time; in bulk
  // there is no "after the write", so FTS5's own automerge does the same merging during the load.
  const searchTables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%fts5%'`).pluck().all() as string[];
  const ftsCommand = (command: string, value: number) => {
    for (const t of searchTables) db.prepare(`INSERT INTO ${t}(${t}, rank) VALUES ('${command}', ${value})`).run();
  };
  ftsCommand('automerge', 4);
  const dir = await step('directory', () => generateDirectory(g, sizes.units, sizes.occupants));
  await step('visitors', () => generateVisitors(g, dir, sizes.visitorPeople, sizes.visits, sizes.days));
  await step('mail', () => generateMail(g, dir, sizes.parcels, sizes.days));
  await step('keys', () => generateKeys(g, dir, sizes.keys, sizes.keyLoans, sizes.days));
  await step('lostfound', () => generateLostFound(g, sizes.foundItems, sizes.days));
  await step('archive', () => generateArchive(g, sizes.documents, sizes.borrowings, sizes.days));
  // Settled as the desk's upkeep leaves them (no level holding four segments), and automerge off again as migrated.
  await step('search merges', () => db.transaction(() => { ftsCommand('merge', 1_000_000); ftsCommand('automerge', 0); })());
  // Today's automatic backup is on record, so the desk's daily job does not copy the store in the middle of the timings.
  db.prepare(`INSERT INTO backup_history(at, kind, file, size, ok) VALUES (?, 'auto', 'bench-placeholder', 0, 1)`).run(iso(now));
  // No ANALYZE: the desk never runs it, so the planner sees what it sees on a real desk.
  await step('checkpoint', () => db.pragma('wal_checkpoint(TRUNCATE)'));
  db.pragma('synchronous = FULL');
  db.pragma('cache_size = -2000');
  return { dir, seconds };
}
