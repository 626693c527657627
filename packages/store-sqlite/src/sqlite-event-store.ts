import type { CheckpointStore, EventStore, Projection, ReadModel, StoreError } from '@netra/core';
import { storeReadOnly } from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { createAppend } from './append.js';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';
import { createCheckpointStore } from './checkpoints.js';
import { createHeads } from './heads.js';
import { createInlineProjections } from './inline-projections.js';
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
  /** Opened with `readonly: true`: appends and checkpoint saves answer `STORE_READ_ONLY`. */
  readonly readonly: boolean;
  readonly checkpoints: CheckpointStore;
  /**
   * The read model of an inline projection (option `inlineProjections`), caught up with the
   * log first — including events other processes appended — so it never lags it.
   */
  readModel(name: string): Promise<E.Either<StoreError, ReadModel>>;
}

export interface StoreParts {
  readonly db: Database;
  readonly path: string;
  /** Whether `close()` closes the connection (not when it is the application's handle). */
  readonly owned: boolean;
  readonly busyTimeoutMs: number;
  readonly pollIntervalMs: number;
  readonly durability: SqliteDurability;
  readonly readonly: boolean;
  readonly inlineProjections: readonly Projection[];
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
  const heads = createHeads(db, retry, assertOpen);
  const inline = createInlineProjections(db, path, parts.inlineProjections);
  const waiters = createNewEventWaiters(reads.highestPosition, parts.pollIntervalMs);
  // Read-only, the write statements are never prepared: a refusal is a value, not a driver error.
  const append: EventStore['append'] = parts.readonly
    ? async () => {
        assertOpen();
        return E.left(storeReadOnly(`The netra store '${path}'`));
      }
    : createAppend(db, retry, assertOpen, () => waiters.notify(), inline);

  const store: SqliteEventStore = {
    path,
    durability: parts.durability,
    readonly: parts.readonly,
    checkpoints: createCheckpointStore(db, retry, assertOpen, parts.readonly),
    append,
    async readModel(name) {
      assertOpen();
      return withBusyRetry(retry, () => inline.catchUp(name));
    },
    readStream: reads.readStream,
    readAll: reads.readAll,
    readHeadPosition: reads.readHeadPosition,
    readStreamHead: heads.readStreamHead,
    readStreamWithHead: reads.readStreamWithHead,
    listStreamHeads: heads.listStreamHeads,
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
