// @netra/store-sqlite: the embedded default store. Curated, named exports only.
export type { SqliteOpenError, SqliteOpenErrorCode } from './open-error.js';
export { openSqliteEventStore } from './open-store.js';
export type { SqliteEventStoreOptions, SqliteSynchronous } from './options.js';
export {
  DEFAULT_BUSY_TIMEOUT_MS,
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_SYNCHRONOUS,
} from './options.js';
export { READ_LIMIT_CEILING } from './reads.js';
export { NETRA_APPLICATION_ID, SQLITE_SCHEMA_VERSION } from './schema/migrations.js';
export type { SqliteDurability, SqliteEventStore } from './sqlite-event-store.js';
