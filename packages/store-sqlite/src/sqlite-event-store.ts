import type { EventStore } from '@netra/core';
import type { Database } from 'better-sqlite3';
import { createAppend } from './append.js';
import type { RetryContext } from './busy-retry.js';
import type { CheckpointStore } from './checkpoints.js';
import { createCheckpointStore } from './checkpoints.js';
import { registerHandle } from './internal/handles.js';
import { createNewEventWaiters } from './new-event-waiters.js';
import { createReads } from './reads.js';

/** The settings the file runs with, read back from SQLite after opening (for `netra info`, logs). */
export interface SqliteDurability {
  /** `'wal'` on a file the store opened; `'memory'` for `:memory:`; on an application's handle, whatever it uses. */
  readonly journalMode: string;
  readonly synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
}

/** The SQLite event store: the port, plus checkpoints for projection runners. */
export interface SqliteEventStore extends EventStore {
  /** The database file as an absolute path, or `':memory:'`. */
  readonly path: string;
  readonly durability: SqliteDurability;
  readonly checkpoints: CheckpointStore;
}

export interface StoreParts {
  readonly db: Database;
  readonly path: string;
  /** Whether `close()` closes the connection (not when it is the application's handle). */
  readonly owned: boolean;
  readonly busyTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly durability: SqliteDurability;
}

/** Assembles the store over an open connection whose schema is current. */
export const createSqliteEventStore = (parts: StoreParts): SqliteEventStore => {
  const { db, path } = parts;
  let closed = false;
  const assertOpen = (): void => {
    if (closed) throw new Error(`netra SQLite store '${path}': used after close()`);
  };
  const retry: RetryContext = {
    file: path,
    busyTimeoutMs: parts.busyTimeoutMs,
    isClosed: () => closed,
  };
  const reads = createReads(db, retry, assertOpen);
  const waiters = createNewEventWaiters(reads.highestPosition, parts.pollIntervalMs);

  const store: SqliteEventStore = {
    path,
    durability: parts.durability,
    checkpoints: createCheckpointStore(db, retry, assertOpen),
    append: createAppend(db, retry, assertOpen, () => waiters.notify()),
    readStream: reads.readStream,
    readAll: reads.readAll,
    waitForEvents: (after, options) => waiters.wait(after, options),
    async close() {
      if (closed) return;
      closed = true;
      waiters.close();
      if (parts.owned) db.close();
    },
  };
  registerHandle(store, db);
  return store;
};
