import type { StoreError } from '@netra/core';
import { storeLocked as lockedStoreError, storeUnavailable } from '@netra/core';

/**
 * A driver error from SQLite. Recognised by its `SQLITE_*` code rather than by `instanceof`,
 * so that a handle from the application's own copy of better-sqlite3 is understood as well.
 */
export interface SqliteDriverError extends Error {
  readonly code: string;
}

export const isSqliteError = (error: unknown): error is SqliteDriverError => {
  const code: unknown = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
};

/** Another connection holds the lock we need (SQLITE_BUSY, or SQLITE_LOCKED in shared-cache mode). */
export const isBusy = (error: unknown): boolean =>
  isSqliteError(error) &&
  (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED'));

export const storeLocked = (file: string, waitedMs: number): StoreError =>
  lockedStoreError(
    `The netra store '${file}' is locked by another writer; gave up after waiting ${waitedMs} ms. Nothing was written.`,
  );

const problems: readonly (readonly [prefix: string, problem: string])[] = [
  ['SQLITE_FULL', 'the disk is full'],
  ['SQLITE_READONLY', 'the database is read-only'],
  ['SQLITE_IOERR', 'the operating system reported an I/O error'],
  ['SQLITE_CORRUPT', 'SQLite reports the file as malformed'],
  ['SQLITE_NOTADB', 'the file is no longer a SQLite database'],
  ['SQLITE_CANTOPEN', 'the file cannot be opened'],
  ['SQLITE_PERM', 'permission denied'],
];

/** Describes a driver error for an operator: what went wrong, in which file, and SQLite's own words. */
export const describeSqliteError = (error: SqliteDriverError): string => {
  const known = problems.find(([prefix]) => error.code.startsWith(prefix));
  return `${known?.[1] ?? 'SQLite failed'} (${error.code}: ${error.message})`;
};

/** A driver error during an operation, as a store error; nothing of the operation was kept. */
export const storeErrorFromSqlite = (file: string, error: SqliteDriverError): StoreError =>
  storeUnavailable(`The netra store '${file}' failed: ${describeSqliteError(error)}.`, error);
