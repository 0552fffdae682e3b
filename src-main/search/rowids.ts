import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';
import { termExpr, type SearchTable, type Term } from './query';

/** Matching entity ids, newest (largest) first, read from the FTS5 tables only as far as they are consumed. */
export type Rowids = Generator<number, void, undefined>;

const TABLES: readonly SearchTable[] = ['tri', 'key'];

/**
 * The ids matching every term, below `before`, in descending order. Terms answered by one table are one FTS5
 * expression (FTS5 intersects them itself, skipping by rowid); otherwise each term's tables are merged here.
 * Nothing is materialised: a common surname costs what the page needs, not what the whole index holds.
 */
export function matchingRowids(db: Database, kind: string, terms: readonly Term[], before: number | null): Rowids {
  let slot = 0;
  // A statement being iterated cannot be iterated again: each stream of this search gets its own copy.
  const scan = (table: SearchTable, expr: string) => ftsRowids(db, `search_${kind}_${table}`, expr, before, slot++);
  for (const table of TABLES) {
    if (terms.every((term) => term.every((a) => a.table === table))) {
      return scan(table, terms.map((term) => `(${termExpr(term, table)})`).join(' AND '));
    }
  }
  return intersect(
    terms.map((term) =>
      union(TABLES.map((table) => [table, termExpr(term, table)] as const).filter(([, e]) => e !== null).map(([table, e]) => scan(table, e!))),
    ),
  );
}

function* ftsRowids(db: Database, table: string, expr: string, before: number | null, slot: number): Rowids {
  const stmt = cached(db, `SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid < ? ORDER BY rowid DESC /* ${slot} */`, 'pluck');
  const it = stmt.iterate(expr, before ?? Number.MAX_SAFE_INTEGER) as IterableIterator<number>;
  try {
    yield* it;
  } finally {
    it.return?.();
  }
}

/** Descending streams merged into one, each id once. */
function* union(streams: Rowids[]): Rowids {
  if (streams.length === 1) return yield* streams[0];
  const heads = streams.map((s) => s.next());
  try {
    for (;;) {
      let top = -Infinity;
      for (const h of heads) if (!h.done && h.value > top) top = h.value;
      if (top === -Infinity) return;
      yield top;
      heads.forEach((h, i) => {
        if (!h.done && h.value === top) heads[i] = streams[i].next();
      });
    }
  } finally {
    streams.forEach((s) => s.return());
  }
}

/** The ids every descending stream holds, in descending order. */
function* intersect(streams: Rowids[]): Rowids {
  if (streams.length === 1) return yield* streams[0];
  const heads = streams.map((s) => s.next());
  try {
    for (;;) {
      if (heads.some((h) => h.done)) return;
      const values = heads.map((h) => h.value as number);
      const low = Math.min(...values);
      if (values.every((v) => v === low)) {
        yield low;
        heads.forEach((_, i) => (heads[i] = streams[i].next()));
      } else {
        heads.forEach((h, i) => {
          if ((h.value as number) > low) heads[i] = streams[i].next();
        });
      }
    }
  } finally {
    streams.forEach((s) => s.return());
  }
}
