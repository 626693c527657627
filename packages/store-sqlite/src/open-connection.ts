import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { SqliteOpenError } from './open-error.js';
import { openErrorFromSqlite, sqliteOpenError } from './open-error.js';
import type { ResolvedOptions, SqliteEventStoreOptions } from './options.js';
import { inspectFile } from './schema/inspect-file.js';
import { isSqliteError } from './sqlite-error.js';
import { checkWriteAccess } from './write-access.js';

export type Connection = Database.Database;

export const MEMORY = ':memory:';

/** The application's handle, if it can serve the store as asked. */
const acceptHandle = (
  db: Connection,
  path: string,
  options: ResolvedOptions,
): E.Either<SqliteOpenError, Connection> => {
  if (!db.open)
    return E.left(sqliteOpenError('INVALID_OPTIONS', path, 'the database handle is closed'));
  if (db.readonly && !options.readonly) {
    return E.left(
      sqliteOpenError(
        'CANNOT_OPEN',
        path,
        'the database handle is read-only; to read and audit the store through it, pass `readonly: true`',
      ),
    );
  }
  return E.right(db);
};

/**
 * The file the store opens itself. Whatever is not netra's is refused from its header before
 * SQLite opens it (see inspect-file.ts). Read-only, SQLite opens it with `readonly` and
 * `fileMustExist`, so neither the file nor a new one is written; read-write, a file this
 * process cannot write is refused now rather than at the first append.
 */
const openFile = (
  path: string,
  options: ResolvedOptions,
): E.Either<SqliteOpenError, Connection> => {
  const timeout = options.busyTimeoutMs;
  if (path === MEMORY) return E.right(new Database(MEMORY, { timeout }));
  const inspection = inspectFile(path);
  if (inspection.kind === 'refused') return E.left(inspection.error);
  if (options.readonly) {
    if (!existsSync(path)) {
      return E.left(
        sqliteOpenError(
          'CANNOT_OPEN',
          path,
          'it does not exist (a read-only store creates nothing)',
        ),
      );
    }
    return E.right(new Database(path, { readonly: true, fileMustExist: true, timeout }));
  }
  const denied = checkWriteAccess(path);
  if (denied) return E.left(denied);
  return E.right(new Database(path, { timeout }));
};

/** The connection the store will use, or why there is none; nothing is written yet. */
export const openConnection = (
  options: SqliteEventStoreOptions,
  path: string,
  resolved: ResolvedOptions,
): E.Either<SqliteOpenError, Connection> => {
  try {
    return options.database !== undefined
      ? acceptHandle(options.database, path, resolved)
      : openFile(path, resolved);
  } catch (error) {
    if (isSqliteError(error))
      return E.left(openErrorFromSqlite(path, error, resolved.busyTimeoutMs));
    return E.left(sqliteOpenError('CANNOT_OPEN', path, (error as Error).message, error));
  }
};
