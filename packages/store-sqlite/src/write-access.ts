import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SqliteOpenError } from './open-error.js';
import { sqliteOpenError } from './open-error.js';

/** Whether this process may write `path` (file or directory); a read-only file system says no too. */
export type CanWrite = (path: string) => boolean;

const canWrite: CanWrite = (path) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * Refuses, at open, a store file this process cannot write. SQLite itself would open such a
 * file read-write without complaint (it falls back to read-only silently) and fail only at the
 * first append, long after start-up, with a message about the database rather than the cause.
 * The directory must be writable as well: SQLite keeps the -wal and -shm files beside the
 * database, creating them on open and removing them on close. An existing -wal or -shm left by
 * another user would stop a writer the same way. A missing file or directory is left to SQLite,
 * which names it.
 */
export const checkWriteAccess = (
  path: string,
  writable: CanWrite = canWrite,
): SqliteOpenError | undefined => {
  const dir = dirname(path);
  const blocked = [path, `${path}-wal`, `${path}-shm`].find(
    (file) => existsSync(file) && !writable(file),
  );
  const problem =
    blocked !== undefined
      ? `this process cannot write ${blocked === path ? 'it' : `'${blocked}'`} (permissions, or a read-only file system)`
      : existsSync(dir) && !writable(dir)
        ? `this process cannot write its directory '${dir}', where SQLite creates the -wal and -shm files beside it`
        : undefined;
  if (problem === undefined) return undefined;
  const hint = existsSync(path)
    ? '; to read and audit it without writing, open it with `readonly: true`'
    : '';
  return sqliteOpenError('CANNOT_OPEN', path, `${problem}${hint}`);
};
