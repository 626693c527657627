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
import type { AppendCallOutcome } from './append-call.js';
import { createAppendCall } from './append-call.js';
import type { Sql } from './connection.js';
import { inTransaction, withClient } from './connection.js';
import { CommitFault, DriverFault, faultCode, storeErrorOf } from './driver-fault.js';
import type { ChainHead, HeadHints } from './head-hints.js';
import { hintOf } from './head-hints.js';
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
  /** The heads this process last saw: what an append first chains onto (head-hints.ts). */
  readonly hints: HeadHints;
}

const NO_HEAD: ChainHead = { version: 0, hash: GENESIS_HASH };

/** A fault with no SQLSTATE (a lost socket): the server may have committed the statement. */
const outcomeUnknownFault = (error: unknown): unknown =>
  error instanceof DriverFault &&
  !(error instanceof CommitFault) &&
  faultCode(error.fault) === undefined
    ? new CommitFault(error.fault)
    : error;

/**
 * An append, two ways; both write through the same function and take the same locks.
 *
 * **The common way: one statement** (schema/append-function.ts). The events are chained onto
 * the head this process last saw (a hint, see head-hints.ts; read first when there is none and
 * the stream may exist), if the expected version holds against it. `netra_append` then, under
 * the stream's lock, writes only if that is still exactly the recorded head and the stored
 * events verify against it in SQL; otherwise it writes nothing and says why: another head
 * (re-checked and re-chained, a few times), or a chain it could not verify (the full way
 * below decides). Outside a transaction the statement commits on its own: one round trip.
 * With inline projections, or a test's pause before COMMIT, it runs in a transaction instead,
 * followed by the staging.
 *
 * **The full way**, for everything else (an expected version that does not hold, a chain the
 * SQL check did not pass, a head that kept moving) — a transaction (READ COMMITTED):
 * 1. `pg_advisory_xact_lock` on the stream's key: appends to one stream queue here, so the head
 *    read next stays the head until this transaction ends.
 * 2. The head, then every stored event of the stream, verified against it in JavaScript (core's
 *    `verifyChain`, CHAIN_BROKEN naming what), and the expected version against that head.
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
  const { pool, tables, where, hooks, inline, hints } = context;
  const lockKey = appendLockKey(tables.schema);
  const call = createAppendCall(tables);

  /** The function, then (in a transaction) the inline staging and the test's pause. */
  const callOnce = (
    streamId: string,
    head: ChainHead,
    prepared: Parameters<typeof call>[4],
  ): Promise<AppendCallOutcome> => {
    const keys = { stream: streamLockKey(tables.schema, streamId), append: lockKey };
    if (!inline.active && hooks.beforeCommit === undefined) {
      return withClient(pool, (sql) => call(sql, keys, streamId, head, prepared)).catch(
        (error: unknown) => {
          throw outcomeUnknownFault(error);
        },
      );
    }
    return inTransaction(
      pool,
      async (sql: Sql) => {
        const outcome = await call(sql, keys, streamId, head, prepared);
        if (outcome.kind !== 'ok') return outcome;
        await inline.stageInTransaction(sql, outcome.events);
        if (hooks.beforeCommit !== undefined) await hooks.beforeCommit(streamId);
        return outcome;
      },
      (outcome) => outcome.kind === 'ok',
    );
  };

  /** The common way; `undefined`: take the full way. */
  const writeFast = async (
    streamId: string,
    events: Parameters<typeof chainEvents>[3],
    expected: ExpectedVersion,
  ): Promise<E.Either<StoreError, AppendResult> | undefined> => {
    let head =
      hints.get(streamId) ?? (expected === 'no_stream' || expected === 0 ? NO_HEAD : undefined);
    if (head === undefined) {
      const read = await withClient(pool, (sql) => selectHead(sql, tables, streamId));
      head = hintOf(read) ?? NO_HEAD;
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      if (!satisfiesExpectedVersion(expected, head.version)) return undefined;
      const prepared = chainEvents(streamId, head.version, head.hash, events);
      const outcome = await callOnce(streamId, head, prepared);
      if (outcome.kind === 'suspect') return undefined;
      if (outcome.kind === 'ok') {
        const last = prepared.at(-1) as (typeof prepared)[number];
        hints.set(streamId, { version: last.streamVersion, hash: last.hash });
        return E.right({
          streamId,
          nextExpectedVersion: last.streamVersion,
          events: outcome.events,
        });
      }
      head = outcome.head;
      hints.set(streamId, head);
    }
    return undefined;
  };

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
        result =
          (await writeFast(streamId, valid.right, expectedVersion)) ??
          (await write(streamId, valid.right, expectedVersion));
      } catch (error) {
        hints.forget(streamId);
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
        const last = result.right.events.at(-1);
        if (last !== undefined)
          hints.set(streamId, { version: last.streamVersion, hash: last.hash });
        inline.committed();
        context.onAppended(result.right.events.at(-1)?.globalPosition ?? 0);
      } else {
        hints.forget(streamId);
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
