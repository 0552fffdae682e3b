import type { Database } from 'better-sqlite3';
import { cached } from '../db/statements';
import { charKeys, pinyinKeys, tailKeys } from './keys';
import { noteIndexWritten } from './merging';
import { pageSearch, type PageQuery } from './page';
import { matchFragment, parseTerms, type MatchFragment } from './query';

/** What a module declares: which fields of its rows are searched and how. */
export interface SearchDeclaration<Row> {
  /** Matches the kind given to `searchTablesSql` in the module's migration. */
  kind: string;
  /** Chinese (or any) text searched by substring: names, unit labels, companies. */
  text: (row: Row) => string[];
  /** Person and company names also searched by pinyin initials and full pinyin. */
  pinyin: (row: Row) => string[];
  /** Phone and ID numbers searched by their tail. */
  tails: (row: Row) => string[];
}

export interface Searchable<Row> {
  kind: string;
  /** Indexes or re-indexes one row; call inside the write's transaction. */
  put(db: Database, id: number, row: Row): void;
  remove(db: Database, id: number): void;
  /** Every matching id, for lists ordered by something other than id; newest-first lists use `page`. */
  match(query: string): MatchFragment | null;
  /** The first page, newest first, of the module's `query` restricted to what was typed; null if nothing searchable was. */
  page<R>(db: Database, query: string, page: { limit: number; before?: number | null }, run: PageQuery<R>): R[] | null;
}

export function defineSearchable<Row>(decl: SearchDeclaration<Row>): Searchable<Row> {
  const t = `search_${decl.kind}`;
  // Built once: the statement cache is keyed by the SQL string, whose hash is then computed once.
  const PUT_DOC = `INSERT INTO ${t}_doc(id, text) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET text = excluded.text`;
  const DELETE_DOC = `DELETE FROM ${t}_doc WHERE id = ?`;
  const DELETE_KEY = `DELETE FROM ${t}_key WHERE rowid = ?`;
  const PUT_KEY = `INSERT INTO ${t}_key(rowid, chars, py, tails) VALUES (?, ?, ?, ?)`;
  return {
    kind: decl.kind,
    // Cached statements: `put` runs inside every indexed write, where parsing its SQL each time cost more than running it.
    put(db, id, row) {
      const text = decl.text(row).filter(Boolean);
      cached(db, PUT_DOC).run(id, text.join(' | '));
      cached(db, DELETE_KEY).run(id);
      cached(db, PUT_KEY).run(
        id,
        charKeys(text),
        pinyinKeys(decl.pinyin(row)),
        tailKeys(decl.tails(row)),
      );
      noteIndexWritten(db, decl.kind);
    },
    remove(db, id) {
      cached(db, DELETE_DOC).run(id);
      cached(db, DELETE_KEY).run(id);
      noteIndexWritten(db, decl.kind);
    },
    match: (query) => matchFragment(decl.kind, parseTerms(query)),
    page: (db, query, page, run) => pageSearch(db, decl.kind, parseTerms(query), page, run),
  };
}
