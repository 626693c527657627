import { resolve } from 'node:path';
import { either as E } from 'fp-ts';
import type { Connection } from './open-connection.js';
import { MEMORY, openConnection } from './open-connection.js';
import type { SqliteOpenError } from './open-error.js';
import { openErrorFromSqlite, refusalOf, sqliteOpenError } from './open-error.js';
import type { ResolvedOptions, SqliteEventStoreOptions } from './options.js';
import { resolveOptions } from './options.js';
import { classify } from './schema/classify.js';
import { migrate } from './schema/migrate.js';
import { NETRA_APPLICATION_ID, SQLITE_SCHEMA_VERSION } from './schema/migrations.js';
import { isSqliteError } from './sqlite-error.js';
import type { SqliteDurability, SqliteEventStore } from './sqlite-event-store.js';
import { createSqliteEventStore } from './sqlite-event-store.js';

const SYNCHRONOUS_NAMES: readonly SqliteDurability['synchronous'][] = [
  'OFF',
  'NORMAL',
  'FULL',
  'EXTRA',
];

const displayPath = (options: SqliteEventStoreOptions): string => {
  const name = options.database
    ? options.database.memory
      ? MEMORY
      : options.database.name
    : options.file;
  if (typeof name !== 'string' || name === '') return String(name);
  return name === MEMORY ? MEMORY : resolve(name);
};

const readDurability = (db: Connection): SqliteDurability => ({
  journalMode: String(db.pragma('journal_mode', { simple: true })),
  synchronous: SYNCHRONOUS_NAMES[Number(db.pragma('synchronous', { simple: true }))] ?? 'FULL',
});

/** Settings, schema check and migration on a connection; on a refusal the caller closes it. */
const prepare = (
  db: Connection,
  owned: boolean,
  path: string,
  options: ResolvedOptions,
): E.Either<SqliteOpenError, SqliteDurability> => {
  const found = classify(db, owned);
  const refused = refusalOf(found, path);
  if (refused) return E.left(refused);
  if (owned && found.kind === 'empty') {
    // Marks a new file as netra's before anything else, while it is still in rollback-journal
    // mode, so that the mark is in the main file's header from the first write on: an
    // interrupted creation leaves a file that inspect-file.ts still recognises.
    db.pragma(`application_id = ${NETRA_APPLICATION_ID}`);
  }
  if (owned && !db.memory) {
    // WAL: readers never wait for the writer and the writer never waits for readers; with
    // one writer at a time, commit order is position order (see append.ts).
    const mode = String(db.pragma('journal_mode = WAL', { simple: true }));
    if (mode.toLowerCase() !== 'wal') {
      return E.left(
        sqliteOpenError(
          'CANNOT_OPEN',
          path,
          `SQLite would not switch it to WAL mode (it stays '${mode}')`,
        ),
      );
    }
  }
  if (options.synchronous !== undefined) db.pragma(`synchronous = ${options.synchronous}`);
  // On macOS fsync() does not flush the drive's cache; F_FULLFSYNC does. No effect elsewhere.
  if (options.synchronous === 'FULL') db.pragma('fullfsync = ON');
  const current =
    found.kind === 'netra' && found.version === SQLITE_SCHEMA_VERSION
      ? found
      : migrate(db, owned, () => new Date());
  const refusedLater = refusalOf(current, path);
  return refusedLater ? E.left(refusedLater) : E.right(readDurability(db));
};

/**
 * Read-only: the store must already be there, at this package's schema version or an older
 * one, since nothing may be created or migrated; only reads run (classifying and reading
 * pragmas write nothing).
 */
const prepareReadOnly = (
  db: Connection,
  owned: boolean,
  path: string,
): E.Either<SqliteOpenError, SqliteDurability> => {
  const found = classify(db, owned);
  const refused = refusalOf(found, path);
  if (refused) return E.left(refused);
  if (found.kind === 'empty') {
    return E.left(
      sqliteOpenError(
        'NOT_A_NETRA_DATABASE',
        path,
        'it holds no netra store, and a read-only store creates none',
      ),
    );
  }
  // An older schema is read as it is: the log, heads and checkpoints have kept their shape
  // since version 1, and what later versions added (stored read models, version 2) reads as
  // absent. Nothing is migrated: the file's bytes stay as they are.
  return E.right(readDurability(db));
};

/**
 * Opens (creating it if absent) a netra store in a SQLite file, `:memory:`, or an application's
 * own better-sqlite3 handle; with `readonly`, opens an existing one for reading only.
 * Synchronous, like the driver; it answers an `Either` rather than throwing for everything a
 * user or the file can cause (see `SqliteOpenError`) and throws only on a bug. It may block for up to `busyTimeoutMs` while another process holds the write lock
 * during a first creation or a migration; after opening, no operation blocks the event loop
 * on a lock.
 */
export const openSqliteEventStore = (
  options: SqliteEventStoreOptions,
): E.Either<SqliteOpenError, SqliteEventStore> => {
  const path = displayPath(options);
  const resolved = resolveOptions(options);
  if (typeof resolved === 'string')
    return E.left(sqliteOpenError('INVALID_OPTIONS', path, resolved));
  const { busyTimeoutMs } = resolved;
  const owned = options.database === undefined;
  const connection = openConnection(options, path, resolved);
  if (E.isLeft(connection)) return connection;
  const db = connection.right;

  // busy_timeout is a setting of the connection, not of the file: read-only may set it too.
  const previousTimeout = Number(db.pragma('busy_timeout', { simple: true }));
  try {
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    const prepared = resolved.readonly
      ? prepareReadOnly(db, owned, path)
      : prepare(db, owned, path, resolved);
    if (E.isLeft(prepared)) {
      if (owned) db.close();
      else db.pragma(`busy_timeout = ${previousTimeout}`);
      return prepared;
    }
    // From here on the store waits for locks itself, off the event loop (see busy-retry.ts);
    // an application's handle gets its own setting back.
    db.pragma(`busy_timeout = ${owned ? 0 : previousTimeout}`);
    return E.right(
      createSqliteEventStore({
        db,
        path,
        owned,
        busyTimeoutMs,
        pollIntervalMs: resolved.pollIntervalMs,
        durability: prepared.right,
        readonly: resolved.readonly,
        inlineProjections: resolved.inlineProjections,
      }),
    );
  } catch (error) {
    if (owned) db.close();
    else db.pragma(`busy_timeout = ${previousTimeout}`);
    if (!isSqliteError(error)) throw error;
    return E.left(openErrorFromSqlite(path, error, busyTimeoutMs));
  }
};
