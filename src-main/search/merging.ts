import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';

/** The search kinds each connection has written since its indexes were last merged. */
const written = new WeakMap<Database, Set<string>>();

/** Called by every search-index write: the kind's two FTS5 tables have a new segment to merge. */
export function noteIndexWritten(db: Database, kind: string): void {
  let kinds = written.get(db);
  if (!kinds) written.set(db, (kinds = new Set()));
  kinds.add(kind);
}

export function indexesWritten(db: Database): boolean {
  return (written.get(db)?.size ?? 0) > 0;
}

/**
 * Merges the segments of every search index written since the last call, at most `pages` leaf pages of output per
 * FTS5 table, and only where a level holds `usermerge` (4) segments: the work FTS5's automerge would otherwise do
 * inside some later write's commit (migration 0018 turns it off). Runs inside the caller's transaction. Returns how
 * many tables were asked.
 */
export function mergeWrittenIndexes(db: Database, pages: number): number {
  const kinds = written.get(db);
  if (!kinds || kinds.size === 0) return 0;
  const n = Math.max(1, Math.floor(pages));
  // Taken before merging: a step that fails leaves nothing noted to fail again; the kind's next write notes it anew.
  const due = [...kinds];
  kinds.clear();
  let tables = 0;
  for (const kind of due) {
    for (const table of [`search_${kind}_tri`, `search_${kind}_key`]) {
      cached(db, `INSERT INTO ${table}(${table}, rank) VALUES ('merge', ${n})`).run();
      tables++;
    }
  }
  return tables;
}
