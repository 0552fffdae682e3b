import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import dayjs from 'dayjs';
import type { Runtime } from '../../ipc/context';
import { appendAudit } from '../audit/chain';
import { backupDirOf, listBackupFiles, takeBackup } from './files';
import { lastAttempt, recordBackup } from './history';
import { failureReason, formatSize } from './messages';
import { backupsToPrune } from './retention';

/** A failed daily backup is tried again after this long, not every minute. */
const RETRY_MINUTES = 60;

/**
 * Whether the first-run setup has been done. A store nobody has set up holds nothing worth keeping, and a backup of it
 * would make the first-run screen tell a new desk that it has a backup to restore.
 */
export const storeIsSetUp = (db: Database): boolean => db.prepare('SELECT EXISTS (SELECT 1 FROM users)').pluck().get() === 1;

/** The daily backup is due when the desk is set up, none succeeded today (local day) and none failed within the last hour. */
export function dailyBackupDue(db: Database, now: Date): boolean {
  if (!storeIsSetUp(db)) return false;
  const last = lastAttempt(db, 'auto');
  if (!last) return true;
  if (last.ok) return !dayjs(last.at).isSame(dayjs(now), 'day');
  return now.getTime() - new Date(last.at).getTime() >= RETRY_MINUTES * 60_000;
}

/** Deletes the automatic and exit backups the retention rule no longer keeps; manual backups and safety copies stay. */
export function pruneBackups(folder: string): string[] {
  const dated = listBackupFiles(folder)
    .filter((f) => (f.kind === 'auto' || f.kind === 'exit') && f.at)
    .map((f) => ({ name: f.name, at: new Date(f.at as string) }));
  const doomed = backupsToPrune(dated);
  for (const name of doomed) fs.rmSync(path.join(folder, name), { force: true });
  return doomed;
}

/**
 * The desk's own backup (daily job, or when it closes): into `<dataDir>/backups`, then pruning. The outcome goes to the
 * history and the audit trail as the system's; a failure is recorded, never thrown, so it cannot stop the desk.
 */
export async function automaticBackup(rt: Runtime, kind: 'auto' | 'exit', now: Date): Promise<string> {
  const folder = backupDirOf(rt.db);
  let summary: string;
  let row: Parameters<typeof recordBackup>[1];
  try {
    const { file, size } = await takeBackup(rt.db, folder, kind, now);
    const pruned = pruneBackups(folder);
    row = { at: now.toISOString(), kind, file, size, ok: true, error: null, username: 'system' };
    summary = `${kind === 'auto' ? '每日自动备份' : '退出时备份'} ${path.basename(file)}（${formatSize(size)}）${pruned.length ? `；按保留规则删除 ${pruned.length} 个旧备份（${pruned[0]}${pruned.length > 1 ? ` 至 ${pruned[pruned.length - 1]}` : ''}）` : ''}`;
  } catch (err) {
    const reason = failureReason(err);
    row = { at: now.toISOString(), kind, file: folder, size: null, ok: false, error: reason, username: 'system' };
    summary = `${kind === 'auto' ? '每日自动备份' : '退出时备份'}失败：${reason}`;
    console.error(`[backups] ${kind} backup failed:`, err instanceof Error ? err.stack : err);
  }
  rt.db.transaction(() => {
    recordBackup(rt.db, row);
    appendAudit(rt.db, { at: now.toISOString(), userId: null, username: 'system', channel: `job:backups.${kind}`, module: 'backups', entity: 'backup', entityId: null, summary });
  })();
  return summary;
}
