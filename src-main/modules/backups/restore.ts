import fs from 'node:fs';
import path from 'node:path';
import { DeskError } from '../../../src-shared/errors';
import type { RestoreResult } from '../../../src-shared/modules/backups';
import { openStore } from '../../db/open';
import type { Caller, Runtime } from '../../ipc/context';
import { appendAudit } from '../audit/chain';
import { backupDirOf, backupName } from './files';
import { historyRows, recordBackup } from './history';
import { failureReason } from './messages';
import { checkBackupFile } from './verify';

const SIDE_FILES = ['-wal', '-shm', '-journal'];

/**
 * Replaces the live store with a backup. Runs in the desk's queue (no call or job in between) and outside any
 * transaction. Order: stage a private copy of the backup and check it (nothing touched yet if refused); checkpoint and
 * close the live store; keep it as a safety copy; move the staged copy in; reopen (migrating an older backup forward).
 * If reopening fails the safety copy goes back and the old store is reopened. `rt.ds`/`rt.db` are swapped in place,
 * so the dispatcher, the jobs and the host keep working on the restored store.
 */
export async function restoreStore(rt: Runtime, source: string, caller: Caller, now: Date): Promise<RestoreResult> {
  const live = rt.db.name;
  const dataDir = path.dirname(live);
  const folder = backupDirOf(rt.db);
  fs.mkdirSync(folder, { recursive: true });
  const from = path.resolve(source);
  if (from === path.resolve(live)) throw new DeskError('VALIDATION', {}, { file: '这是正在使用的数据文件，请选择一个备份文件' });
  if (!fs.existsSync(from) || !fs.statSync(from).isFile()) throw new DeskError('BACKUP_NOT_FOUND', { file: from });

  const staged = path.join(folder, `.restore-${process.pid}-${now.getTime()}.sqlite`);
  const dropStaged = () => [staged, ...SIDE_FILES.map((s) => staged + s)].forEach((f) => fs.rmSync(f, { force: true }));
  let audit: number;
  try {
    fs.copyFileSync(from, staged);
    audit = checkBackupFile(staged, from).auditRecords;
  } catch (err) {
    dropStaged();
    if (err instanceof DeskError) throw err;
    throw new DeskError('BACKUP_NOT_FOUND', { file: from });
  }

  // The history since the backup was taken would be lost with the old store: carried over below.
  const carried = historyRows(rt.db, 10_000);
  rt.db.pragma('wal_checkpoint(TRUNCATE)');
  await rt.ds.destroy();
  const safety = path.join(folder, backupName('pre_restore', now));
  fs.renameSync(live, safety);
  for (const s of SIDE_FILES) fs.rmSync(live + s, { force: true });
  fs.renameSync(staged, live);
  dropStaged();

  let store;
  try {
    store = await openStore(dataDir);
  } catch (err) {
    fs.renameSync(live, `${staged}.failed`);
    fs.renameSync(safety, live);
    const back = await openStore(dataDir);
    rt.ds = back.ds;
    rt.db = back.db;
    fs.rmSync(`${staged}.failed`, { force: true });
    throw new DeskError('BACKUP_RESTORE_FAILED', { reason: err instanceof DeskError ? err.code : failureReason(err) });
  }
  rt.ds = store.ds;
  rt.db = store.db;

  const db = store.db;
  db.transaction(() => {
    const present = new Set(historyRows(db, 10_000).map((r) => `${r.at}|${r.kind}|${r.file}`));
    for (const r of [...carried].reverse()) {
      if (!present.has(`${r.at}|${r.kind}|${r.file}`)) recordBackup(db, { ...r });
    }
    const size = fs.statSync(safety).size;
    const user = caller.username;
    recordBackup(db, { at: now.toISOString(), kind: 'pre_restore', file: safety, size, ok: true, error: null, username: user });
    recordBackup(db, { at: now.toISOString(), kind: 'restore', file: from, size: fs.statSync(live).size, ok: true, error: null, username: user });
    appendAudit(db, {
      at: now.toISOString(),
      userId: caller.userId,
      username: caller.username,
      channel: 'backups.restore',
      module: 'backups',
      entity: 'backup',
      entityId: null,
      summary: `从备份 ${from} 恢复数据（${audit} 条操作日志校验通过）；恢复前的数据保存为 ${path.basename(safety)}`,
    });
  })();
  return { restoredFrom: from, safetyCopy: safety, auditRecords: audit + 1 };
}
