import { normalize } from './keys';

/** Which of a kind's two FTS5 tables answers a lookup (see `searchTablesSql`). */
export type SearchTable = 'tri' | 'key';

/** One way a term can match: an FTS5 expression on one table. */
export interface Alternative {
  table: SearchTable;
  expr: string;
}

/** A whitespace-separated part of the query: it matches when any of its alternatives does. */
export type Term = Alternative[];

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Turns what the user typed into FTS5 lookups. Each whitespace-separated term must match (intersection); a term
 * matches through any path that fits its shape (union):
 * - 1–2 characters: the character/pair keys;
 * - 3+ characters: the trigram index;
 * - latin letters: pinyin initials or full pinyin, as a prefix;
 * - digits: a phone or ID tail (reversed prefix), besides the text paths (a room number such as 1203).
 */
export function parseTerms(query: string): Term[] {
  return normalize(query)
    .split(/\s+/)
    .map((term) => term.replace(/[^\p{L}\p{N}\-]/gu, ''))
    .filter((term) => term.length > 0)
    .slice(0, 5)
    .map((term) => {
      const length = [...term].length;
      const alternatives: Term = [length >= 3 ? { table: 'tri', expr: quote(term) } : { table: 'key', expr: `chars : ${quote(term)}` }];
      if (/^[a-z]+$/.test(term)) alternatives.push({ table: 'key', expr: `py : ${quote(term)} *` });
      if (/^[0-9]+x?$/.test(term) && length >= 3) alternatives.push({ table: 'key', expr: `tails : ${quote([...term].reverse().join(''))} *` });
      return alternatives;
    });
}

/** The alternatives of one term that live in `table`, as one FTS5 expression (null if none do). */
export function termExpr(term: Term, table: SearchTable): string | null {
  const here = term.filter((a) => a.table === table).map((a) => `(${a.expr})`);
  return here.length === 0 ? null : here.join(' OR ');
}

/** An SQL fragment selecting matching entity ids, to be used as `id IN (<sql>)`. */
export interface MatchFragment {
  sql: string;
  params: string[];
}

/**
 * Every matching id at once, for lists ordered by something other than id (returning visitors by last visit, parcels
 * on the shelf by unit). Lists newest-first page through `pageSearch` instead, which stops at the page.
 */
export function matchFragment(kind: string, terms: readonly Term[]): MatchFragment | null {
  if (terms.length === 0) return null;
  const t = `search_${kind}`;
  const params: string[] = [];
  const parts = terms.map((term) =>
    (['tri', 'key'] as const)
      .map((table) => {
        const expr = termExpr(term, table);
        if (expr === null) return null;
        params.push(expr);
        return `SELECT rowid FROM ${t}_${table} WHERE ${t}_${table} MATCH ?`;
      })
      .filter((s): s is string => s !== null)
      .join(' UNION '),
  );
  return { sql: parts.map((p) => `SELECT rowid FROM (${p})`).join(' INTERSECT '), params };
}
