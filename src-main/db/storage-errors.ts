import { DeskError } from '../../src-shared/errors';

/**
 * SQLite's own failures that a person at the desk can act on (a full disk, a file held by another program, a read-only
 * folder, a failing disk, a damaged file), as errors with a message instead of "internal error". The transaction they
 * interrupted has been rolled back by then, so each message may say that nothing was saved. Node's own file-system
 * codes count too: the data folder is created and read with them.
 */
export function storageError(err: unknown, file = ''): DeskError | null {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new DeskError('STORE_FULL');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new DeskError('STORE_BUSY');
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || ['EACCES', 'EPERM', 'EROFS'].includes(code)) return new DeskError('STORE_READONLY');
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return new DeskError('STORE_CORRUPT', { file });
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return new DeskError('STORE_IO');
  return null;
}
