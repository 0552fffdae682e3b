import { normalize } from './keys';

/** An SQL fragment selecting matching entity ids, to be used as `id IN (<sql>)`. */
export interface MatchFragment {
  sql: string;
  params: string[];
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Turns what the user typed into FTS5 lookups. Each whitespace-separated term must match (intersection); a term
 * matches through any path that fits its shape (union):
 * - 1–2 characters: the character/pair keys;
 * - 3+ characters: the trigram index;
 * - latin letters: pinyin initials or full pinyin, as a prefix;
 * - digits: a phone or ID tail (reversed prefix), besides the text paths (a room number such as 1203).
 */
export function matchFragment(kind: string, query: string): MatchFragment | null {
  const t = `search_${kind}`;
  const terms = normalize(query)
    .split(/\s+/)
    .map((term) => term.replace(/[^\p{L}\p{N}\-]/gu, ''))
    .filter((term) => term.length > 0)
    .slice(0, 5);
  if (terms.length === 0) return null;
  const parts: string[] = [];
  const params: string[] = [];
  for (const term of terms) {
    const length = [...term].length;
    const alternatives: string[] = [];
    if (length >= 3) {
      alternatives.push(`SELECT rowid FROM ${t}_tri WHERE ${t}_tri MATCH ?`);
      params.push(quote(term));
    } else {
      alternatives.push(`SELECT rowid FROM ${t}_key WHERE ${t}_key MATCH ?`);
      params.push(`chars : ${quote(term)}`);
    }
    if (/^[a-z]+$/.test(term)) {
      alternatives.push(`SELECT rowid FROM ${t}_key WHERE ${t}_key MATCH ?`);
      params.push(`py : ${quote(term)} *`);
    }
    if (/^[0-9]+x?$/.test(term) && length >= 3) {
      alternatives.push(`SELECT rowid FROM ${t}_key WHERE ${t}_key MATCH ?`);
      params.push(`tails : ${quote([...term].reverse().join(''))} *`);
    }
    parts.push(alternatives.join(' UNION '));
  }
  return { sql: parts.map((p) => `SELECT rowid FROM (${p})`).join(' INTERSECT '), params };
}
