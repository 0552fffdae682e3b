import { z } from 'zod';
import { ch } from '../contract-kit';

/**
 * Backups of the desk's store (issue 8). 000 篇4 十一: a designated person backs up the application's data regularly
 * and keeps the media safe (also 002: 重要数据的备份工作应定期进行); DOMAIN.md §7: regular local backups that can be
 * restored; the administrator owns backups (DOMAIN.md "People and roles"). Backups are system data, not
 * business data: the administrator runs, lists and restores them; the general manager may read whether the desk is
 * being backed up (the home tile), never restore.
 */
export const BK_ADMIN = ['admin'] as const;
export const BK_READERS = ['admin', 'general_manager'] as const;

/** `auto` daily by the desk's job, `manual` by the administrator, `exit` when the desk closes, `pre_restore` the safety copy a restore keeps, `restore` a restore. */
export const BACKUP_KINDS = ['auto', 'manual', 'exit', 'pre_restore', 'restore'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

/** After this long without a successful backup the administrator is warned. */
export const BACKUP_STALE_HOURS = 24;

export interface BackupHistoryRow {
  id: number;
  at: string;
  kind: BackupKind;
  /** Absolute path of the backup file (for a restore: the file restored from). */
  file: string;
  size: number | null;
  ok: boolean;
  error: string | null;
  username: string | null;
}

export interface BackupFileRow {
  file: string;
  name: string;
  size: number;
  /** Time in the file name (when it was taken). */
  at: string | null;
  kind: BackupKind | null;
}

export interface BackupStatus {
  lastOk: BackupHistoryRow | null;
  /** No successful backup, or the last one is older than BACKUP_STALE_HOURS. */
  stale: boolean;
  /** `<dataDir>/backups`. */
  dir: string;
}

export interface RestoreResult {
  restoredFrom: string;
  /** Where the store as it was before the restore was kept. */
  safetyCopy: string;
  auditRecords: number;
}

const path = z.string().trim().min(1).max(1000);

export const backupsChannels = {
  'backups.status': ch<BackupStatus>()({ input: z.object({}).strict(), access: BK_READERS, mutates: false }),
  /** The history (newest first) and the files now in the backups folder. */
  'backups.list': ch<{ rows: BackupHistoryRow[]; files: BackupFileRow[] }>()({ input: z.object({}).strict(), access: BK_ADMIN, mutates: false }),
  /** An online backup now: into the backups folder, or into `folder` (a USB stick, a network share). */
  'backups.run': ch<BackupHistoryRow>()({ input: z.object({ folder: path.optional() }).strict(), access: BK_ADMIN, mutates: true }),
  /** The host's folder dialog (Electron); `null` where there is none (the browser harness: type the path). */
  'backups.chooseFolder': ch<{ folder: string | null }>()({ input: z.object({}).strict(), access: BK_ADMIN, mutates: false }),
  /**
   * Replaces the live store with a backup file after checking it (integrity, FrontDesk store, not newer, audit chain
   * intact). Not `mutates`: it closes and reopens the store, so it cannot run inside a transaction; it writes its own
   * audit record into the restored store.
   */
  'backups.restore': ch<RestoreResult>()({ input: z.object({ file: path }).strict(), access: BK_ADMIN, mutates: false }),
};
