import type { StoreError } from '@netra/core';
import { storeUnavailable } from '@netra/core';
import { either as E } from 'fp-ts';
import { isBusy, isSqliteError, storeErrorFromSqlite, storeLocked } from './sqlite-error.js';

export interface RetryContext {
  readonly file: string;
  readonly busyTimeoutMs: number;
  readonly isClosed: () => boolean;
  /** Injected for tests; defaults to the wall clock and a timer. */
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The longest pause between two tries. Short, because SQLite's lock is not a queue: a waiter
 * gets in only if it tries in a gap between the holder's transactions, so a waiter that naps
 * long can be starved by a writer in a tight loop. A failed try costs a few microseconds.
 */
const MAX_PAUSE_MS = 5;

/**
 * Runs a synchronous SQLite operation, retrying it while another connection holds the lock,
 * until `busyTimeoutMs` has passed; then answers `STORE_LOCKED`.
 *
 * The waiting happens here, between tries, on timers, instead of in SQLite's busy handler
 * (the connection's busy_timeout is 0 after opening): better-sqlite3 is synchronous, and its busy
 * handler would freeze the whole process, every request and follower with it, for as long as
 * another process writes. Each try is a whole transaction (BEGIN IMMEDIATE fails before doing
 * anything), so a retry never repeats half of one. Pauses grow from 1 ms to 5 ms with jitter,
 * so two processes that collide do not keep colliding in step.
 *
 * Other driver errors become `STORE_UNAVAILABLE`; anything else is a bug and is thrown.
 */
export const withBusyRetry = async <A>(
  context: RetryContext,
  operation: () => E.Either<StoreError, A>,
): Promise<E.Either<StoreError, A>> => {
  const now = context.now ?? Date.now;
  const sleep = context.sleep ?? defaultSleep;
  const started = now();
  let pause = 1;
  for (;;) {
    try {
      return operation();
    } catch (error) {
      if (!isSqliteError(error)) throw error;
      if (!isBusy(error)) return E.left(storeErrorFromSqlite(context.file, error));
    }
    const waited = now() - started;
    if (waited >= context.busyTimeoutMs) return E.left(storeLocked(context.file, waited));
    const jittered = Math.min(MAX_PAUSE_MS, pause * (0.5 + Math.random()));
    await sleep(Math.max(1, Math.min(jittered, context.busyTimeoutMs - waited)));
    pause = Math.min(pause * 2, MAX_PAUSE_MS);
    if (context.isClosed()) {
      return E.left(
        storeUnavailable(
          `The netra store '${context.file}' was closed while waiting for a lock. Nothing was written.`,
        ),
      );
    }
  }
};
