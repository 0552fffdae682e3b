import type { Database } from 'better-sqlite3';
import { charKeys, pinyinKeys, tailKeys } from './keys';
import { matchFragment, type MatchFragment } from './query';

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
  match(query: string): MatchFragment | null;
}

export function defineSearchable<Row>(decl: SearchDeclaration<Row>): Searchable<Row> {
  const t = `search_${decl.kind}`;
  return {
    kind: decl.kind,
    put(db, id, row) {
      const text = decl.text(row).filter(Boolean);
      db.prepare(`INSERT INTO ${t}_doc(id, text) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET text = excluded.text`).run(
        id,
        text.join(' | '),
      );
      db.prepare(`DELETE FROM ${t}_key WHERE rowid = ?`).run(id);
      db.prepare(`INSERT INTO ${t}_key(rowid, chars, py, tails) VALUES (?, ?, ?, ?)`).run(
        id,
        charKeys(text),
        pinyinKeys(decl.pinyin(row)),
        tailKeys(decl.tails(row)),
      );
    },
    remove(db, id) {
      db.prepare(`DELETE FROM ${t}_doc WHERE id = ?`).run(id);
      db.prepare(`DELETE FROM ${t}_key WHERE rowid = ?`).run(id);
    },
    match: (query) => matchFragment(decl.kind, query),
  };
}
