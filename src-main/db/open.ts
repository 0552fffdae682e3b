import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { DeskError } from '../../src-shared/errors';
import { DB_FILE_NAME } from './data-dir';
import { storageError } from './storage-errors';
import { ENTITIES } from './entities';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';

export interface Store {
  ds: DataSource;
  /** The same connection TypeORM uses: raw statements join its transactions. */
  db: Database.Database;
  file: string;
}

/**
 * Pages in the WAL before a commit itself copies them back into the database file. A check-in or sign-in adds 35–50
 * pages (the row, its indexes, the search index, the audit record). The desk checkpoints after the reply, every 20
 * writes (`StoreUpkeep`), so this is only the bound for writes that come faster than the desk idles (an import, the
 * benchmark without its turns): at SQLite's default of 1,000, one such write in twenty carried a ~3 ms checkpoint; at
 * 4,000 it is one in eighty-five and the WAL stays under ~16 MB. Durability is the commit's fsync of the WAL
 * (synchronous=FULL), not the checkpoint.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 4000;

/**
 * SQLite's page cache, in KiB. Its default (2 MB) holds less than one check-in touches on a ten-year store (the
 * visit's indexes, both search indexes, the returning visitor, the audit trail): after a few searches each write read
 * those pages back from the OS one system call at a time. 64 MB is little beside a desk PC's memory.
 */
export const PAGE_CACHE_KIB = 65_536;

/** Pragmas for a desk that must not lose a record. */
function tune(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
}

/**
 * Gives the empty WAL file its working size (what fills it between two checkpoints) before the first write. A commit
 * that extends the file costs the file system a metadata update on top of the fsync: at a million rows, the first ~85
 * check-ins after the desk opened took ~2.3 ms where the rest took ~1 ms, until the first checkpoint let SQLite write
 * the WAL over again from its start. This is the state SQLite itself leaves after that checkpoint (a log restarts at
 * offset 0 and ignores what follows its last valid frame), reached up front; SQLite's own SQLITE_FCNTL_SIZE_HINT and
 * PERSIST_WAL do the same but better-sqlite3 does not expose them.
 *
 * Only ever done to a WAL that SQLite has just checkpointed and truncated to nothing, while holding the write lock so
 * no connection can add a frame meanwhile; zeros are an empty log to SQLite and to crash recovery. Best effort: any
 * refusal (another connection, a read-only or full disk) leaves the store as it was, and the desk opens as usual.
 */
export function preallocateWal(store: Store): boolean {
  const wal = `${store.file}-wal`;
  const pageSize = store.db.pragma('page_size', { simple: true }) as number;
  const bytes = 32 + WAL_AUTOCHECKPOINT_PAGES * (24 + pageSize);
  try {
    if (!fs.existsSync(wal) || fs.statSync(wal).size >= bytes) return false;
    const [done] = store.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (done.busy !== 0) return false;
    store.db.exec('BEGIN IMMEDIATE');
    try {
      if (fs.statSync(wal).size !== 0) return false;
      const fd = fs.openSync(wal, 'r+');
      try {
        const zeros = Buffer.alloc(1 << 20);
        for (let at = 0; at < bytes; at += zeros.length) fs.writeSync(fd, zeros, 0, Math.min(zeros.length, bytes - at), at);
        fs.fsyncSync(fd);
      } catch (err) {
        fs.ftruncateSync(fd, 0);
        throw err;
      } finally {
        fs.closeSync(fd);
      }
      return true;
    } finally {
      store.db.exec('COMMIT');
    }
  } catch {
    return false;
  }
}

/**
 * Refuses a database written by a newer version before TypeORM touches it: its user_version is higher than ours,
 * or it records a migration we do not know.
 */
function refuseFuture(file: string): void {
  if (!fs.existsSync(file)) return;
  const probe = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const found = probe.pragma('user_version', { simple: true }) as number;
    const hasTable = probe.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'`).get();
    const known = new Set(MIGRATIONS.map((m) => new m().name));
    const unknown = hasTable
      ? (probe.prepare('SELECT name FROM migrations').all() as { name: string }[]).filter((r) => !known.has(r.name))
      : [];
    if (found > SCHEMA_VERSION || unknown.length > 0) {
      throw new DeskError('DB_TOO_NEW', { found: Math.max(found, SCHEMA_VERSION + unknown.length), known: SCHEMA_VERSION });
    }
  } finally {
    probe.close();
  }
}

/**
 * Opens (creating if needed) the desk's SQLite file and runs every pending migration, each in its own transaction.
 * A damaged or foreign file, a read-only folder or a full disk are refused with a message that says so, the file untouched.
 */
export async function openStore(dataDir: string): Promise<Store> {
  const file = path.join(dataDir, DB_FILE_NAME);
  try {
    return await open(dataDir, file);
  } catch (err) {
    if (err instanceof DeskError) throw err;
    throw storageError(err, file) ?? err;
  }
}

async function open(dataDir: string, file: string): Promise<Store> {
  fs.mkdirSync(dataDir, { recursive: true });
  refuseFuture(file);
  const ds = new DataSource({
    type: 'better-sqlite3',
    database: file,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: ['error'],
    prepareDatabase: (db: Database.Database) => tune(db),
  });
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const db = (ds.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return { ds, db, file };
  } catch (err) {
    await ds.destroy();
    throw err;
  }
}
