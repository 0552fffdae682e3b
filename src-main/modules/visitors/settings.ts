import type { Database } from 'better-sqlite3';
import type { VisitSettings } from '../../../src-shared/modules/visitors';

/** Stored in `settings` next to the desk's own keys, under `visitors.*`; the desk's reader ignores them. */
export const DEFAULT_VISIT_SETTINGS: VisitSettings = {
  purposes: ['探亲访友', '商务洽谈', '送货', '维修施工', '面试', '家政服务', '其他'],
  autoCheckOutTime: '23:00',
  retentionDays: 180,
  printSlip: false,
};

const KEYS: Record<keyof VisitSettings, string> = {
  purposes: 'visitors.purposes',
  autoCheckOutTime: 'visitors.autoCheckOutTime',
  retentionDays: 'visitors.retentionDays',
  printSlip: 'visitors.printSlip',
};

export function readVisitSettings(db: Database): VisitSettings {
  const rows = db.prepare(`SELECT key, value FROM settings WHERE key LIKE 'visitors.%'`).all() as { key: string; value: string }[];
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return {
    purposes: (stored.get(KEYS.purposes) as string[] | undefined) ?? DEFAULT_VISIT_SETTINGS.purposes,
    autoCheckOutTime: (stored.get(KEYS.autoCheckOutTime) as string | undefined) ?? DEFAULT_VISIT_SETTINGS.autoCheckOutTime,
    retentionDays: (stored.get(KEYS.retentionDays) as number | undefined) ?? DEFAULT_VISIT_SETTINGS.retentionDays,
    printSlip: (stored.get(KEYS.printSlip) as boolean | undefined) ?? DEFAULT_VISIT_SETTINGS.printSlip,
  };
}

export function writeVisitSettings(db: Database, patch: Partial<VisitSettings>): void {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const key of Object.keys(KEYS) as (keyof VisitSettings)[]) {
    if (patch[key] !== undefined) upsert.run(KEYS[key], JSON.stringify(patch[key]));
  }
}
