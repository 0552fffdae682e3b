/** Why a backup failed, in words an administrator can act on (the raw error goes to the history row too). */
export function failureReason(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return '目标文件夹不存在';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return '没有写入目标文件夹的权限';
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return '磁盘空间不足';
  return err instanceof Error ? err.message.slice(0, 200) : String(err).slice(0, 200);
}

export const formatSize = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
