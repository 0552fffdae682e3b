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

/** Pragmas for a desk that must not lose a record. */
function tune(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
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
