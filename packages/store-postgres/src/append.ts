import type { AppendResult, EventStore, ExpectedVersion, StoreError } from '@netra/core';
import {
  chainEvents,
  GENESIS_HASH,
  InlineRollback,
  satisfiesExpectedVersion,
  validateAppend,
  wrongExpectedVersion,
} from '@netra/core';
import { either as E } from 'fp-ts';
import type { Pool } from 'pg';
import { answer } from './answer.js';
import { inTransaction, withClient } from './connection.js';
import { CommitFault, DriverFault, faultCode, storeErrorOf } from './driver-fault.js';
import { selectHead } from './heads.js';
import type { InlineProjections } from './inline-projections.js';
import type { AppendHooks } from './internal/hooks.js';
import { appendLockKey, streamLockKey } from './lock-keys.js';
import type { Tables } from './tables.js';
import { verifyStored } from './verify-stored.js';
import { Refusal, writeEvents } from './write-events.js';

export interface AppendContext {
  readonly pool: Pool;
  readonly tables: Tables;
  readonly where: string;
  readonly assertOpen: () => void;
  readonly hooks: AppendHooks;
  readonly inline: InlineProjections;
  /** After a commit: wake this process's waiters at once (others learn by NOTIFY). */
  readonly onAppended: (lastPosition: number) => void;
}

/**
 * The append transaction (READ COMMITTED), in this order:
 * 1. `pg_advisory_xact_lock` on the stream's key: appends to one stream queue here, so the head
 *    read next stays the head until this transaction ends.
 * 2. The head, then every stored event of the stream, verified against it (CHAIN_BROKEN), and
 *    the expected version against that head: check and write are one step. This, the costly
 *    part (it grows with the stream), runs in parallel for different streams.
 * 3. `pg_advisory_xact_lock` on the schema's append key, held until COMMIT: positions are drawn
 *    one append at a time, in commit order. PostgreSQL makes a transaction visible before it
 *    releases its locks, so a reader that sees position p also sees every committed position
 *    below p: `readAll` from the last position seen never skips an event that commits later
 *    (the Marten / Castore gap). Cost: one committing writer at a time per schema.
 * 4. The hash chain (core's chainEvents); one statement that inserts the events, upserts the
 *    head and notifies (delivered at commit); the inline projections; COMMIT. All or nothing.
 * Each lock is its own statement: a statement's snapshot is taken when it starts, so a read in
 * the statement that waited for a lock could miss what the previous holder committed. Locks
 * are always taken stream first, then schema (inline catch-up takes only the schema's), so two
 * appends can never wait for each other in a cycle.
 */
export const createAppend = (context: AppendContext): EventStore['append'] => {
  const { pool, tables, where, hooks, inline } = context;
  const lockKey = appendLockKey(tables.schema);

  const write = (
    streamId: string,
    // what validateAppend answers and chainEvents takes (core's validated events)
    events: Parameters<typeof chainEvents>[3],
    expected: ExpectedVersion,
  ): Promise<E.Either<StoreError, AppendResult>> =>
    inTransaction(
      pool,
      async (sql): Promise<E.Either<StoreError, AppendResult>> => {
        await sql('SELECT pg_advisory_xact_lock($1::int8)', [
          streamLockKey(tables.schema, streamId),
        ]);
        const head = await selectHead(sql, tables, streamId);
        const intact = await verifyStored(sql, tables, where, streamId, head);
        if (E.isLeft(intact)) return intact;
        const current = head?.version ?? 0;
        if (!satisfiesExpectedVersion(expected, current)) {
          return E.left(wrongExpectedVersion(streamId, expected, current));
        }
        const prepared = chainEvents(streamId, current, head?.hash ?? GENESIS_HASH, events);
        await sql('SELECT pg_advisory_xact_lock($1::int8)', [lockKey]);
        const recorded = await writeEvents(sql, tables, streamId, prepared);
        await inline.stageInTransaction(sql, recorded);
        if (hooks.beforeCommit !== undefined) await hooks.beforeCommit(streamId);
        return E.right({
          streamId,
          nextExpectedVersion: current + prepared.length,
          events: recorded,
        });
      },
      E.isRight,
    );

  return async (streamId, events, { expectedVersion }) => {
    context.assertOpen();
    const valid = validateAppend(streamId, events);
    if (E.isLeft(valid)) return valid;
    return inline.serial(async () => {
      let result: E.Either<StoreError, AppendResult>;
      try {
        result = await write(streamId, valid.right, expectedVersion);
      } catch (error) {
        inline.rolledBack();
        if (error instanceof Refusal || error instanceof InlineRollback) return E.left(error.error);
        if (!(error instanceof DriverFault)) throw error;
        // The unique (stream_id, stream_version) index refused a row: another writer got there
        // (possible only for a writer that bypasses the append lock). A version conflict, as the
        // port says, never a driver error.
        if (faultCode(error.fault) === '23505') {
          const now = await answer(where, async () =>
            E.right(await withClient(pool, (sql) => selectHead(sql, tables, streamId))),
          );
          if (E.isLeft(now)) return now;
          return E.left(wrongExpectedVersion(streamId, expectedVersion, now.right?.version ?? 0));
        }
        const failed = storeErrorOf(error.fault, where);
        return E.left(error instanceof CommitFault ? outcomeUnknown(failed) : failed);
      }
      if (E.isRight(result)) {
        inline.committed();
        context.onAppended(result.right.events.at(-1)?.globalPosition ?? 0);
      } else {
        inline.rolledBack();
      }
      return result;
    });
  };
};

/**
 * A fault on COMMIT: the server may or may not have committed; the message says so, so that a
 * caller re-reads before it retries (a retry with the same expected version is refused if the
 * first one did land, and an event id already in the stream shows it).
 */
const outcomeUnknown = (error: StoreError): StoreError =>
  error.code === 'STORE_UNAVAILABLE'
    ? {
        ...error,
        message: `${error.message} The append was not acknowledged; if the connection was lost while committing it may still have been recorded: read the stream before retrying.`,
      }
    : error;
