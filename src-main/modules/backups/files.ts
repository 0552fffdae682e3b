import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import dayjs from 'dayjs';
import { BACKUP_KINDS, type BackupFileRow, type BackupKind } from '../../../src-shared/modules/backups';

/** `PRAGMA application_id` of a FrontDesk store ("FDK1"), set by migration 0016. */
export const FRONTDESK_APPLICATION_ID = 0x46444b31;

/** Where the desk keeps its own backups: next to the store, so moving the data directory moves them too. */
export const backupDirOf = (db: Database): string => path.join(path.dirname(db.name), 'backups');

const NAME = /^frontdesk-(\d{8})-(\d{6})(?:-(\d+))?-([a-z_]+)\.sqlite$/;

/** `frontdesk-20261120-093015-auto.sqlite`: sorts by time, and the time and kind survive a restore of the history. */
export function backupName(kind: BackupKind, now: Date, seq = 0): string {
  return `frontdesk-${dayjs(now).format('YYYYMMDD-HHmmss')}${seq ? `-${seq}` : ''}-${kind}.sqlite`;
}

export function parseBackupName(name: string): { at: Date; kind: BackupKind } | null {
  const m = NAME.exec(name);
  if (!m || !(BACKUP_KINDS as readonly string[]).includes(m[4])) return null;
  const [d, t] = [m[1], m[2]];
  const at = dayjs(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4)}`);
  return at.isValid() ? { at: at.toDate(), kind: m[4] as BackupKind } : null;
}

/**
 * An online backup with SQLite's backup API: consistent even while the desk writes. It goes to `<name>.part` first and
 * is renamed when complete, so a half-written file never looks like a backup.
 */
export async function takeBackup(db: Database, folder: string, kind: BackupKind, now: Date): Promise<{ file: string; size: number }> {
  fs.mkdirSync(folder, { recursive: true });
  let seq = 0;
  while (fs.existsSync(path.join(folder, backupName(kind, now, seq)))) seq++;
  const file = path.join(folder, backupName(kind, now, seq));
  const part = `${file}.part`;
  try {
    await db.backup(part);
    fs.renameSync(part, file);
  } finally {
    fs.rmSync(part, { force: true });
  }
  return { file, size: fs.statSync(file).size };
}

/** The backup files in a folder, newest first. */
export function listBackupFiles(folder: string): BackupFileRow[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.sqlite'))
    .map((name) => {
      const file = path.join(folder, name);
      const parsed = parseBackupName(name);
      return { file, name, size: fs.statSync(file).size, at: parsed ? parsed.at.toISOString() : null, kind: parsed?.kind ?? null };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}
