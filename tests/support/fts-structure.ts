import type { Database } from 'better-sqlite3';

/** One FTS5 index's segments, level by level (page counts), read from its structure record. */
export interface FtsStructure {
  levels: number[][];
  segments: number;
}

/** A SQLite varint (the format FTS5 uses in its records): 7 bits a byte, the 9th byte all 8. */
function varint(buf: Buffer, at: number): [number, number] {
  let v = 0;
  for (let i = 0; i < 8; i++) {
    const b = buf[at + i];
    v = v * 128 + (b & 0x7f);
    if (!(b & 0x80)) return [v, at + i + 1];
  }
  return [v * 256 + buf[at + 8], at + 9];
}

/**
 * Decodes `<table>_data` row 10, FTS5's structure record (format in SQLite's fts5_index.c): a 4-byte cookie, an
 * optional V2 marker (contentless-delete tables), the level and segment counts, the write counter, then per level its
 * merge state and segments (id, first and last leaf page, and five more varints in V2).
 */
export function ftsStructure(db: Database, table: string): FtsStructure {
  const buf = db.prepare(`SELECT block FROM ${table}_data WHERE id = 10`).pluck().get() as Buffer | undefined;
  if (!buf) return { levels: [], segments: 0 };
  const v2 = buf[4] === 0xff && buf[5] === 0 && buf[6] === 0 && buf[7] === 1;
  let at = v2 ? 8 : 4;
  let nLevel: number;
  let nSegment: number;
  [nLevel, at] = varint(buf, at);
  [nSegment, at] = varint(buf, at);
  [, at] = varint(buf, at);
  const levels: number[][] = [];
  for (let l = 0; l < nLevel; l++) {
    let n: number;
    [, at] = varint(buf, at);
    [n, at] = varint(buf, at);
    const pages: number[] = [];
    for (let s = 0; s < n; s++) {
      let first: number;
      let last: number;
      [, at] = varint(buf, at);
      [first, at] = varint(buf, at);
      [last, at] = varint(buf, at);
      if (v2) for (let k = 0; k < 5; k++) [, at] = varint(buf, at);
      pages.push(last - first + 1);
    }
    levels.push(pages);
  }
  return { levels, segments: nSegment };
}
