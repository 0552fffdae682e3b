import path from 'node:path';
import { DeskError } from '../../../src-shared/errors';
import { BACKUP_STALE_HOURS } from '../../../src-shared/modules/backups';
import { callerOf } from '../../ipc/context';
import type { ModuleHandlers } from '../../ipc/handler';
import { backupDirOf, listBackupFiles, takeBackup } from './files';
import { historyRows, lastGoodBackup, recordBackup } from './history';
import { failureReason, formatSize } from './messages';
import { restoreStore } from './restore';

export const backupsHandlers: ModuleHandlers<'backups'> = {
  'backups.status': async (_input, ctx) => {
    const lastOk = lastGoodBackup(ctx.db);
    const stale = !lastOk || ctx.now.getTime() - new Date(lastOk.at).getTime() > BACKUP_STALE_HOURS * 3_600_000;
    return { lastOk, stale, dir: backupDirOf(ctx.db) };
  },

  'backups.list': async (_input, ctx) => ({ rows: historyRows(ctx.db), files: listBackupFiles(backupDirOf(ctx.db)) }),

  /**
   * Runs inside the call's transaction: the backup API reads the store through the same connection, so the copy is
   * the committed state (this call has written nothing yet). A failure keeps its history row and audit record.
   */
  'backups.run': async (input, ctx) => {
    const caller = callerOf(ctx);
    const folder = input.folder ? path.resolve(input.folder) : backupDirOf(ctx.db);
    const at = ctx.now.toISOString();
    try {
      const { file, size } = await takeBackup(ctx.db, folder, 'manual', ctx.now);
      ctx.note({ entity: 'backup', entityId: path.basename(file), summary: `手动备份到 ${file}（${formatSize(size)}）` });
      return recordBackup(ctx.db, { at, kind: 'manual', file, size, ok: true, error: null, username: caller.username });
    } catch (err) {
      const reason = failureReason(err);
      recordBackup(ctx.db, { at, kind: 'manual', file: folder, size: null, ok: false, error: reason, username: caller.username });
      ctx.note({ entity: 'backup', summary: `手动备份到 ${folder} 失败：${reason}` });
      throw new DeskError('BACKUP_FAILED', { reason }, undefined, true);
    }
  },

  'backups.chooseFolder': async (_input, ctx) => ({ folder: (await ctx.rt.host?.chooseFolder?.()) ?? null }),

  'backups.restore': async (input, ctx) => restoreStore(ctx.rt, input.file, callerOf(ctx), ctx.now),
};
