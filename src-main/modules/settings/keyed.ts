import type { Database } from 'better-sqlite3';
import { cached } from '../../db/statements';

/**
 * A module's own settings, stored in `settings` as `<prefix>.<key>` (JSON) next to the desk's keys, over defaults.
 * `update` also says what changed, for the audit record.
 */
export function keyedSettings<S extends object>(prefix: string, defaults: S) {
  const keys = Object.keys(defaults) as (keyof S & string)[];
  const read = (db: Database): S => {
    // The keys `<prefix>.…` as a range of the primary key ('/' follows '.'): read on every call of the module, so a seek,
    // where LIKE (case-insensitive, so no use of the key's index) read every row of the table.
    const rows = cached(db, `SELECT key, value FROM settings WHERE key > ? AND key < ?`).all(`${prefix}.`, `${prefix}/`) as { key: string; value: string }[];
    const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
    const merged = { ...defaults };
    for (const k of keys) if (stored.has(`${prefix}.${k}`)) merged[k] = stored.get(`${prefix}.${k}`) as S[typeof k];
    return merged;
  };
  const write = (db: Database, patch: Partial<S>): void => {
    const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    for (const k of keys) if (patch[k] !== undefined) upsert.run(`${prefix}.${k}`, JSON.stringify(patch[k]));
  };
  const update = (db: Database, patch: Partial<S>): { after: S; changes: string } => {
    const before = read(db);
    write(db, patch);
    const after = read(db);
    const changed = keys
      .filter((k) => patch[k] !== undefined && JSON.stringify(before[k]) !== JSON.stringify(after[k]))
      .map((k) => `${k}: ${JSON.stringify(before[k])} → ${JSON.stringify(after[k])}`);
    return { after, changes: changed.join('；') || '无变化' };
  };
  return { read, write, update };
}
