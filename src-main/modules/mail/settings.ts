import type { Database } from 'better-sqlite3';
import type { MailSettings } from '../../../src-shared/modules/mail';

/** Stored in `settings` under `mail.*`, next to the desk's own keys. */
export const DEFAULT_MAIL_SETTINGS: MailSettings = { agingDays: 3, letterDueDays: 0, letterDueTime: '18:00' };

const KEYS: Record<keyof MailSettings, string> = {
  agingDays: 'mail.agingDays',
  letterDueDays: 'mail.letterDueDays',
  letterDueTime: 'mail.letterDueTime',
};

export function readMailSettings(db: Database): MailSettings {
  const rows = db.prepare(`SELECT key, value FROM settings WHERE key LIKE 'mail.%'`).all() as { key: string; value: string }[];
  const stored = new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const pick = <K extends keyof MailSettings>(k: K): MailSettings[K] => (stored.get(KEYS[k]) as MailSettings[K] | undefined) ?? DEFAULT_MAIL_SETTINGS[k];
  return { agingDays: pick('agingDays'), letterDueDays: pick('letterDueDays'), letterDueTime: pick('letterDueTime') };
}

export function writeMailSettings(db: Database, patch: Partial<MailSettings>): void {
  const upsert = db.prepare('INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  for (const key of Object.keys(KEYS) as (keyof MailSettings)[]) {
    if (patch[key] !== undefined) upsert.run(KEYS[key], JSON.stringify(patch[key]));
  }
}
