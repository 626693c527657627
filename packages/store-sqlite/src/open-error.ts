import type { Classification } from './schema/classify.js';
import { SQLITE_SCHEMA_VERSION } from './schema/migrations.js';
import type { SqliteDriverError } from './sqlite-error.js';
import { describeSqliteError, isBusy } from './sqlite-error.js';

/**
 * Why a database could not be opened as a netra store. In every case the file was left exactly
 * as it was found: nothing is skipped, repaired or overwritten.
 * - `NOT_A_NETRA_DATABASE`: not a SQLite file at all, or another application's SQLite database;
 * - `NEWER_SCHEMA`: written by a newer @netra/store-sqlite; upgrade the package to open it;
 * - `CORRUPT`: marked as a netra store but its schema or migration record is damaged, or SQLite
 *   itself reports the file as malformed;
 * - `LOCKED`: another connection held a lock for longer than `busyTimeoutMs`;
 * - `CANNOT_OPEN`: the file cannot be opened or written (missing directory, permissions, read-only
 *   file or handle without `readonly: true`), or, read-only, it does not exist or its WAL index
 *   cannot be created;
 * - `INVALID_OPTIONS`: the options themselves are wrong.
 */
export type SqliteOpenErrorCode =
  | 'NOT_A_NETRA_DATABASE'
  | 'NEWER_SCHEMA'
  | 'CORRUPT'
  | 'LOCKED'
  | 'CANNOT_OPEN'
  | 'INVALID_OPTIONS';

export interface SqliteOpenError {
  readonly code: SqliteOpenErrorCode;
  /** The database file as an absolute path, or `':memory:'`. */
  readonly file: string;
  /** Names the file and the problem, for a log line or an operator's screen. */
  readonly message: string;
  readonly cause?: unknown;
}

export const sqliteOpenError = (
  code: SqliteOpenErrorCode,
  file: string,
  problem: string,
  cause?: unknown,
): SqliteOpenError => ({
  code,
  file,
  message: `Cannot open '${file}' as a netra store: ${problem}. Nothing in the file was changed.`,
  ...(cause === undefined ? {} : { cause }),
});

/** The open error for a classification that refuses the file, if it does. */
export const refusalOf = (state: Classification, file: string): SqliteOpenError | undefined => {
  switch (state.kind) {
    case 'foreign':
      return sqliteOpenError('NOT_A_NETRA_DATABASE', file, state.reason);
    case 'corrupt':
      return sqliteOpenError('CORRUPT', file, state.reason);
    case 'newer':
      return sqliteOpenError(
        'NEWER_SCHEMA',
        file,
        `it has schema version ${state.version}, and this @netra/store-sqlite knows versions up to ${SQLITE_SCHEMA_VERSION}; upgrade @netra/store-sqlite to open it`,
      );
    default:
      return undefined;
  }
};

/** A driver error while opening, as an open error. */
export const openErrorFromSqlite = (
  file: string,
  error: SqliteDriverError,
  busyTimeoutMs: number,
): SqliteOpenError => {
  if (error.code.startsWith('SQLITE_NOTADB')) {
    return sqliteOpenError(
      'NOT_A_NETRA_DATABASE',
      file,
      `it is not a SQLite database (SQLite: ${error.message})`,
      error,
    );
  }
  if (error.code.startsWith('SQLITE_CORRUPT'))
    return sqliteOpenError('CORRUPT', file, describeSqliteError(error), error);
  if (error.code === 'SQLITE_READONLY_DIRECTORY') {
    // Even a read-only connection needs the -shm file of a WAL database; SQLite creates it
    // beside the file when absent, which a directory this process cannot write forbids.
    return sqliteOpenError(
      'CANNOT_OPEN',
      file,
      `it is in WAL mode and SQLite must create its -shm file beside it even to read it, but this process cannot write the directory; copy the file (with its -wal file, if any) to a writable directory, or read it while its writer has it open (${error.code})`,
      error,
    );
  }
  if (isBusy(error)) {
    return sqliteOpenError(
      'LOCKED',
      file,
      `another connection held a lock on it for more than ${busyTimeoutMs} ms (${error.code})`,
      error,
    );
  }
  return sqliteOpenError('CANNOT_OPEN', file, describeSqliteError(error), error);
};
