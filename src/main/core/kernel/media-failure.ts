/**
 * Failing media as the member reads them: a full disk, a read-only or protected medium, or a
 * device that fails (a stick pulled out, a bad sector). File writes (durable-file.ts) and the
 * database (SQLite's SQLITE_FULL, SQLITE_READONLY, SQLITE_IOERR) end in the same three codes,
 * each translated in kk, ru and en; what failed is left as it was (a durable write removes its
 * temporary file, a transaction rolls back) and the app goes on reading.
 */
import { DomainError } from '@shared/result';

export type MediaFailureCode = 'disk_full' | 'read_only_medium' | 'io_error';

const FULL = new Set(['ENOSPC', 'EDQUOT', 'EFBIG']);
const READ_ONLY = new Set(['EROFS', 'EACCES', 'EPERM']);

/** The code of a failed file system call (Node's `error.code`). */
export function fileFailureCode(error: unknown): MediaFailureCode {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? '';
  if (FULL.has(code)) return 'disk_full';
  if (READ_ONLY.has(code)) return 'read_only_medium';
  return 'io_error';
}

/** A failed write of `path` as the error the API and the command line report. */
export function fileWriteFailure(path: string, error: unknown): DomainError {
  const code = fileFailureCode(error);
  return new DomainError(code, `Could not write ${path}: ${(error as Error).message}`, { path });
}

/**
 * SQLite's failures of the medium under the database as domain errors; null for any other
 * error (a bug stays `internal`). better-sqlite3 names them by SQLite's extended codes.
 */
export function databaseFailure(error: unknown): DomainError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  if (code === 'SQLITE_FULL') {
    return new DomainError('disk_full', 'The disk holding the data folder is full');
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new DomainError('read_only_medium', 'The data folder cannot be written');
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return new DomainError('io_error', 'The disk holding the data folder failed');
  }
  return null;
}
