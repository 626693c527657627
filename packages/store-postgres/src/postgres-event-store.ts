import type { CheckpointStore, EventStore, ReadModel, StoreError } from '@netra/core';
import { InlineRollback } from '@netra/core';
import type { either as E } from 'fp-ts';
import { either } from 'fp-ts';
import { answer } from './answer.js';
import { createAppend } from './append.js';
import { createCheckpointStore } from './checkpoints.js';
import { inTransaction } from './connection.js';
import { createHeadHints } from './head-hints.js';
import { createHeads } from './heads.js';
import { createInlineProjections } from './inline-projections.js';
import type { AppendHooks } from './internal/hooks.js';
import { registerHooks } from './internal/hooks.js';
import { appendLockKey } from './lock-keys.js';
import { createNewEventWaiters } from './new-event-waiters.js';
import type { ResolvedOptions } from './options.js';
import { createReads } from './reads.js';
import { tablesIn } from './tables.js';

/** The PostgreSQL event store: the port, plus checkpoints and inline read models. */
export interface PostgresEventStore extends EventStore {
  /** The schema holding the store's tables. */
  readonly schema: string;
  /** The checkpoint port, in the same schema (on the primary). */
  readonly checkpoints: CheckpointStore;
  /**
   * The read model of an inline projection (option `inlineProjections`), caught up with the
   * log first — including events other processes appended — so it never lags it. Throws a
   * TypeError for a name that is not one of them.
   */
  readModel(name: string): Promise<E.Either<StoreError, ReadModel>>;
  /**
   * Stops what the store started (its LISTEN connection, timers) and releases its waiters. The
   * application's pools stay open: ending them is the application's call.
   */
  close(): Promise<void>;
}

/** Assembles the store over pools whose schema is current. */
export const createPostgresEventStore = (options: ResolvedOptions): PostgresEventStore => {
  const { pool, readPool, schema } = options;
  const tables = tablesIn(schema);
  const where = `(schema "${schema}")`;
  let closed = false;
  const assertOpen = (): void => {
    if (closed) throw new Error(`netra PostgreSQL store ${where}: used after close()`);
  };
  const hooks: AppendHooks = { beforeCommit: undefined };
  const inline = createInlineProjections(tables, where, options.inlineProjections);
  const waiters = createNewEventWaiters({
    pool,
    readPool,
    tables,
    pollIntervalMs: options.pollIntervalMs,
    listen: options.listen,
    relistenDelayMs: Math.min(1000, options.pollIntervalMs * 4),
  });
  const hints = createHeadHints();
  const reads = createReads(pool, readPool, tables, where, assertOpen, hints);
  const heads = createHeads(pool, tables, where, assertOpen, hints);
  const lockKey = appendLockKey(schema);

  const store: PostgresEventStore = {
    schema,
    checkpoints: createCheckpointStore(pool, tables, where, assertOpen),
    append: createAppend({
      pool,
      tables,
      where,
      assertOpen,
      hooks,
      inline,
      onAppended: (position) => waiters.notify(position),
      hints,
    }),
    async readModel(name) {
      assertOpen();
      if (!inline.has(name)) {
        throw new TypeError(`netra: no inline projection '${name}' in this store`);
      }
      return inline.serial(async () => {
        try {
          // Under the append lock, like an append: nothing commits while the model catches up.
          const model = await answer(where, () =>
            inTransaction(
              pool,
              async (sql) => {
                await sql('SELECT pg_advisory_xact_lock($1::int8)', [lockKey]);
                return either.right(await inline.catchUp(sql, name));
              },
              () => true,
            ),
          );
          if (either.isRight(model)) inline.committed();
          else inline.rolledBack();
          return model;
        } catch (error) {
          inline.rolledBack();
          if (error instanceof InlineRollback) return either.left(error.error);
          throw error;
        }
      });
    },
    readStream: reads.readStream,
    readAll: reads.readAll,
    readHeadPosition: reads.readHeadPosition,
    readStreamHead: heads.readStreamHead,
    readStreamWithHead: reads.readStreamWithHead,
    listStreamHeads: heads.listStreamHeads,
    waitForEvents: (after, waitOptions) => waiters.wait(after, waitOptions),
    async close() {
      if (closed) return;
      closed = true;
      await waiters.close();
    },
  };
  registerHooks(store, hooks);
  return store;
};
