import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchFragment, parseTerms, type MatchFragment } from '../../src-main/search/query';
import { defineSearchable } from '../../src-main/search/searchable';
import { searchTablesSql } from '../../src-main/search/schema';
import { chineseName, phone, rng } from '../bench/generate/common';

interface Person {
  name: string;
  unit: string;
  phone: string;
}

const people = defineSearchable<Person>({
  kind: 'pagetest',
  text: (p) => [p.name, p.unit],
  pinyin: (p) => [p.name],
  tails: (p) => [p.phone],
});

// Paging by the FTS5 index must give exactly what "every match, newest first" gives: same rows, same order, also
// when the module's own filters drop most candidates and the batches grow, and from any keyset position.
describe('search pages driven by the FTS5 index', () => {
  let dir: string;
  let db: Database.Database;
  const r = rng(99);
  const rows: (Person & { id: number })[] = [];

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-page-'));
    db = new Database(path.join(dir, 'page.sqlite'));
    db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, unit TEXT NOT NULL, phone TEXT NOT NULL)');
    for (const sql of searchTablesSql('pagetest')) db.exec(sql);
    const add = db.prepare('INSERT INTO people(id, name, unit, phone) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (let id = 1; id <= 3000; id++) {
        const p = { id, name: chineseName(r), unit: `${(id % 9) + 1}栋${(id % 2) + 1}单元${(id % 25) + 1}0${(id % 9) + 1}`, phone: phone(r) };
        add.run(p.id, p.name, p.unit, p.phone);
        people.put(db, p.id, p);
        rows.push(p);
      }
    })();
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The module side: its list query restricted to `match`, with a filter (`id % keep = 0`) of its own. */
  const listQuery = (keep: number, batches: number[]) => (match: MatchFragment | null, limit: number) => {
    const ids = match ? JSON.parse(match.params[0] ?? '[]') as number[] : [];
    batches.push(ids.length);
    return db
      .prepare(`SELECT id FROM people WHERE ${match ? `id IN (${match.sql}) AND` : ''} id % ? = 0 ORDER BY id DESC LIMIT ?`)
      .pluck()
      .all(...(match?.params ?? []), keep, limit) as number[];
  };
  /** The same question answered the old way: every matching id, then filtered, sorted and cut. */
  const everyMatch = (q: string, keep: number, limit: number, before?: number) => {
    const m = matchFragment('pagetest', parseTerms(q))!;
    return db
      .prepare(`SELECT id FROM people WHERE id IN (${m.sql}) AND id % ? = 0 AND id < ? ORDER BY id DESC LIMIT ?`)
      .pluck()
      .all(...m.params, keep, before ?? 1e9, limit) as number[];
  };

  const queries = () => {
    const p = rows[1234];
    const q = rows[2222];
    return [
      p.name[0], // a surname: hundreds of matches
      [...p.name].slice(0, 2).join(''),
      p.name.length >= 3 ? p.name : `${p.name} 栋`,
      '3栋', // 2 characters, every ninth row
      '3栋2单元', // trigram
      p.phone.slice(-4), // a tail, and the trigram path for the digits
      q.name[0] + ' ' + q.phone.slice(-4), // two terms on different tables
      `${p.name[0]} 3栋`, // two terms on the key table: one FTS5 expression
      'zh', // pinyin initials, and the pair path for latin letters
      'wang', // full pinyin prefix
      '不存在的名字',
    ];
  };

  it.each([1, 7, 50])('gives every-match order and rows when the module keeps 1 in %i', (keep) => {
    for (const q of queries()) {
      for (const limit of [1, 10, 50]) {
        const got = people.page(db, q, { limit }, listQuery(keep, []));
        expect(got, `${q} limit ${limit}`).toEqual(everyMatch(q, keep, limit));
      }
    }
  });

  it('continues from a keyset position exactly where every-match would', () => {
    for (const q of queries()) {
      const first = people.page(db, q, { limit: 20 }, listQuery(3, []))!;
      const before = first.at(-1) ?? 1e9;
      expect(people.page(db, q, { limit: 20, before }, listQuery(3, []))).toEqual(everyMatch(q, 3, 20, before));
    }
  });

  it('reads one page of candidates when the module keeps them all, and grows the batches when it drops most', () => {
    const surname = rows[1234].name[0];
    const total = everyMatch(surname, 1, 1e6).length;
    expect(total).toBeGreaterThan(100);
    const once: number[] = [];
    expect(people.page(db, surname, { limit: 10 }, listQuery(1, once))).toHaveLength(10);
    expect(once).toEqual([10]);
    const grown: number[] = [];
    people.page(db, surname, { limit: 10 }, listQuery(50, grown));
    expect(grown[0]).toBe(10);
    for (let i = 1; i < grown.length - 1; i++) expect(grown[i]).toBe(grown[i - 1] * 4);
  });

  it('says null when nothing searchable was typed, so the module lists without a search', () => {
    expect(people.page(db, ' ，。 ', { limit: 10 }, listQuery(1, []))).toBeNull();
  });

  it('leaves no statement open: the connection writes after a page and after a module query that throws', () => {
    const q = rows[10].name[0];
    people.page(db, q, { limit: 5 }, listQuery(1, []));
    expect(() => db.prepare('UPDATE people SET unit = unit WHERE id = 1').run()).not.toThrow();
    expect(() =>
      people.page(db, `${q} ${rows[10].phone.slice(-4)}`, { limit: 5 }, () => {
        throw new Error('module query failed');
      }),
    ).toThrow('module query failed');
    expect(() => db.prepare('UPDATE people SET unit = unit WHERE id = 1').run()).not.toThrow();
  });
});
