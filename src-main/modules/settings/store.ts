import type { Database } from 'better-sqlite3';
import type { DeskSettings } from '../../../src-shared/modules/settings';
import { cached } from '../../db/statements';

export const DEFAULT_SETTINGS: DeskSettings = { orgName: '', idleMinutes: 10, language: 'zh-CN' };
const DESK_KEYS = Object.keys(DEFAULT_SETTINGS);
const READ_SQL = `SELECT key, value FROM settings WHERE key IN (${DESK_KEYS.map(() => '?').join(', ')})`;

/** Settings as stored (JSON per key) over the defaults; read on every call, so kept to one indexed query. */
export function readSettings(db: Database): DeskSettings {
  // Only the desk's own keys: modules keep theirs (and the print logo, up to 200 kB) in the same table.
  const rows = cached(db, READ_SQL).all(...DESK_KEYS) as { key: string; value: string }[];
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) if (row.key in DEFAULT_SETTINGS) merged[row.key] = JSON.parse(row.value);
  return merged as unknown as DeskSettings;
}

export function writeSettings(db: Database, patch: Partial<DeskSettings>): void {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) upsert.run(key, JSON.stringify(value));
}
