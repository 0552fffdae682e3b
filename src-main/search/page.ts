import type { Database } from 'better-sqlite3';
import type { MatchFragment, Term } from './query';
import { matchingRowids } from './rowids';

/** What a module runs for one batch of candidate ids: its own list query restricted to `match`, at most `limit` rows, id descending. */
export type PageQuery<Row> = (match: MatchFragment, limit: number) => Row[];

/** Batches grow by this factor when the module's filters (a date range, a status) drop most candidates. */
const GROWTH = 4;
const MAX_BATCH = 20_000;

/**
 * The first `limit` rows, newest first, of a module's list restricted to what the terms match. Candidate ids come
 * from the FTS5 tables in descending order and go to the module's query a batch at a time (`json_each`), so the
 * first page reads about a page of the index however many rows match. Null when nothing searchable was typed.
 */
export function pageSearch<Row>(
  db: Database,
  kind: string,
  terms: readonly Term[],
  page: { limit: number; before?: number | null },
  query: PageQuery<Row>,
): Row[] | null {
  if (terms.length === 0) return null;
  const ids = matchingRowids(db, kind, terms, page.before ?? null);
  const rows: Row[] = [];
  let batch = page.limit;
  try {
    while (rows.length < page.limit) {
      const chunk: number[] = [];
      while (chunk.length < batch) {
        const next = ids.next();
        if (next.done) break;
        chunk.push(next.value);
      }
      if (chunk.length === 0) break;
      rows.push(...query({ sql: 'SELECT value FROM json_each(?)', params: [JSON.stringify(chunk)] }, page.limit - rows.length));
      if (chunk.length < batch) break;
      batch = Math.min(batch * GROWTH, MAX_BATCH);
    }
  } finally {
    ids.return();
  }
  return rows;
}
