import type { Database, Statement } from 'better-sqlite3';

interface Cache {
  /** The `prepare` the statements came from: a wrapped one (tests that record the SQL) starts a fresh cache. */
  prepare: Database['prepare'];
  rows: Map<string, Statement>;
  pluck: Map<string, Statement>;
}

const caches = new WeakMap<Database, Cache>();

/** Plenty for every hot statement of the desk; past it the oldest is dropped, so dynamic SQL cannot grow the cache. */
const MAX_STATEMENTS = 500;

/**
 * A statement prepared once per connection and kept: better-sqlite3's `prepare` parses and plans the SQL on every
 * call, which on a write path costs more than running it. Keyed by the connection (a restore swaps it), the SQL and
 * the row mode: `pluck` statements are kept apart, since pluck is a property of the statement.
 *
 * A statement is busy while an `iterate()` is open over it: a caller that iterates keeps each concurrent stream's SQL
 * distinct (see search/rowids.ts).
 */
export function cached(db: Database, sql: string, mode: 'rows' | 'pluck' = 'rows'): Statement {
  let cache = caches.get(db);
  if (!cache || cache.prepare !== db.prepare) {
    cache = { prepare: db.prepare, rows: new Map(), pluck: new Map() };
    caches.set(db, cache);
  }
  // Keyed by the SQL string itself (not a concatenation), so its hash is computed once per string, not per call.
  const byKey = mode === 'pluck' ? cache.pluck : cache.rows;
  let stmt = byKey.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    if (mode === 'pluck') stmt.pluck();
    if (byKey.size >= MAX_STATEMENTS) byKey.delete(byKey.keys().next().value as string);
    byKey.set(sql, stmt);
  }
  return stmt;
}

/**
 * `LIMIT n` written into the SQL. A bound `LIMIT ?` costs about 10 µs a run here (measured in issue 10's benchmark:
 * the same statement with a literal limit runs in half the time on a page of a few rows); list limits are a handful
 * of values from the code, never from user text beyond a validated integer.
 */
export function sqlLimit(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`bad limit ${n}`);
  return `LIMIT ${n}`;
}
