import type { Either } from 'fp-ts/lib/Either.js';
import type { StreamHead } from './chain.js';
import type { NewEvent, RecordedEvent } from './envelope.js';
import type { ExpectedVersion } from './expected-version.js';
import type { StoreError } from './store-error.js';

export interface AppendOptions {
  readonly expectedVersion: ExpectedVersion;
}

export interface AppendResult {
  readonly streamId: string;
  /** The stream's version after the append: pass it as `expectedVersion` to append again. */
  readonly nextExpectedVersion: number;
  /** The appended events as recorded: versions, positions and hashes filled in. */
  readonly events: readonly RecordedEvent[];
}

/** Read bounds are whole numbers ≥ 0; anything else (1.5, NaN, -1, '2') is `INVALID_READ`. */
export interface ReadStreamOptions {
  /** First stream version to return (inclusive, default 1; 0 reads from the start too). */
  readonly from?: number;
  /** Last stream version to return (inclusive, default: the end). */
  readonly to?: number;
}

export interface ReadAllOptions {
  /** Return events whose global position is strictly greater than this (default 0: from the start). */
  readonly after?: number;
  /** At most this many events, ≥ 1 (default and ceiling chosen by the store, at least 1000). */
  readonly limit?: number;
}

export interface ListStreamHeadsOptions {
  /** Return streams whose id sorts strictly after this one (by UTF-16 code unit; default: from the start). */
  readonly after?: string;
  /** At most this many heads, ≥ 1 (default and ceiling chosen by the store, at least 1000). */
  readonly limit?: number;
}

/** A stream's recorded head and its events, read in one snapshot. */
export interface StreamWithHead {
  readonly head: StreamHead | null;
  readonly events: readonly RecordedEvent[];
}

/**
 * The store port. Deliberately narrow, so that an embedded SQLite file, PostgreSQL and
 * EventStoreDB can all honour it exactly; its semantics are fixed by the conformance suite in
 * `@netra/testing`, which every adapter runs whole:
 *
 * - `append` is atomic: all events of the batch are recorded, in order and contiguously in the
 *   stream, or none is. The expected-version check and the write are one step: of N concurrent
 *   appends with the same expected version exactly one succeeds; the others get
 *   `WRONG_EXPECTED_VERSION`. The store validates the envelope and computes the hash chain.
 * - `readStream` of a stream that does not exist is an empty list, not an error.
 * - `readAll` returns events in global-position order and never skips an event that becomes
 *   visible later with a lower position: a reader that resumes from the last position it saw
 *   sees every event exactly once (the Marten async-daemon and Castore gap bugs).
 * - The store keeps each stream's head (version and last hash), written in the append's own
 *   transaction, and `readStreamHead` answers it. `append` verifies the stream it appends to:
 *   a stream whose stored events do not chain up to their recorded head is refused with
 *   `CHAIN_BROKEN`, never appended onto (nor given a gap by an `'any'` append).
 * - Read bounds that are not whole numbers ≥ 0 answer `INVALID_READ`; no store rounds them.
 * - `waitForEvents` resolves when events after `after` may be available, or after
 *   `timeoutMs`, or when `signal` aborts; callers then read with `readAll`. It never rejects.
 *
 * Every method answers with `Either<StoreError, _>`; it rejects only on programmer error.
 */
export interface EventStore {
  append(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<Either<StoreError, AppendResult>>;
  readStream(
    streamId: string,
    options?: ReadStreamOptions,
  ): Promise<Either<StoreError, readonly RecordedEvent[]>>;
  readAll(options?: ReadAllOptions): Promise<Either<StoreError, readonly RecordedEvent[]>>;
  /**
   * The head the store recorded for a stream at its last append, or null if it has none.
   * Read it *before* the stream's events: the events then reach at least this version
   * (streams only grow), so a shorter history is a deleted tail, not a race.
   */
  readStreamHead(streamId: string): Promise<Either<StoreError, StreamHead | null>>;
  /**
   * Optional: the stream's recorded head and all its events in one snapshot (one round trip
   * where a store is across a network). Answers exactly what `readStreamHead` and then
   * `readStream(streamId)` would with nothing committed between them. `loadStream` uses it when
   * a store has it: a command then loads its case with one read.
   */
  readStreamWithHead?(streamId: string): Promise<Either<StoreError, StreamWithHead>>;
  /**
   * The global position of the last event committed to the log (0 when it is empty): how far a
   * follower has to go, for a projection runner's progress.
   */
  readHeadPosition(): Promise<Either<StoreError, number>>;
  /** Every recorded stream head, in stream-id order, a page at a time (for `verifyStore`). */
  listStreamHeads(
    options?: ListStreamHeadsOptions,
  ): Promise<Either<StoreError, readonly StreamHead[]>>;
  waitForEvents(
    after: number,
    options: { readonly signal?: AbortSignal; readonly timeoutMs: number },
  ): Promise<void>;
  close(): Promise<void>;
}
