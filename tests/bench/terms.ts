import type { Database } from 'better-sqlite3';
import { pinyinKeys } from '../../src-main/search/keys';
import type { Rng } from './generate/common';

/** The shapes of what people type into a search box (issue 10). */
export type TermClass = 'cn1' | 'cn2' | 'cn3' | 'pinyin' | 'phoneTail' | 'idTail' | 'plate' | 'tracking' | 'indexNo';

/**
 * Draws `n` terms of one class from rows of the data set, so every repetition asks for something different that
 * exists: `pick` gets a random row and returns the term, or null to draw again.
 */
export function sampleTerms<Row>(
  db: Database,
  r: Rng,
  n: number,
  from: { sql: string; where?: string },
  pick: (row: Row) => string | null,
): string[] {
  const where = from.where ? `AND ${from.where}` : '';
  const range = db.prepare(`SELECT min(id) AS lo, max(id) AS hi FROM (${from.sql}) WHERE 1 ${where}`).get() as { lo: number | null; hi: number | null };
  if (range.lo === null || range.hi === null) return [];
  const at = db.prepare(`SELECT * FROM (${from.sql}) WHERE id >= ? ${where} ORDER BY id LIMIT 1`);
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < n * 50; tries++) {
    const row = at.get(range.lo + r.int(range.hi - range.lo + 1)) as Row | undefined;
    const term = row ? pick(row) : null;
    if (term) out.push(term);
  }
  return out;
}

/** What the term classes take from a person's name and numbers. */
export const fromName = {
  cn1: (name: string) => [...name][0] ?? null,
  cn2: (name: string) => ([...name].length >= 2 ? [...name].slice(0, 2).join('') : null),
  cn3: (name: string) => ([...name].length >= 3 ? name : null),
  pinyin: (name: string) => pinyinKeys([name]).split(' ')[0] || null,
};
export const tail = (digits: string, n = 4): string | null => (/^\d{7,}[\dXx]?$/.test(digits) ? digits.slice(-n) : null);
