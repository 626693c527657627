import { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import { GENESIS_HASH, hashEvent } from './hash-chain.js';

/**
 * Why a stream's stored history does not verify:
 * - `HASH_MISMATCH`: an event's content (data, metadata, type…) or an earlier event was altered;
 * - `VERSION_GAP`: an event was removed, or events were reordered;
 * - `FOREIGN_EVENT`: an event of another stream was moved in;
 * - `HEAD_MISMATCH`: the store's own record of the stream's head (version and hash, written in
 *   every append's transaction) disagrees with the events: the last events were deleted, or the
 *   head or the last hash was edited;
 * - `HEAD_MISSING`: events exist for a stream the store has no head for;
 * - `UNREADABLE`: a stored row cannot be read back as an event at all.
 */
export type ChainBreakReason =
  | 'HASH_MISMATCH'
  | 'VERSION_GAP'
  | 'FOREIGN_EVENT'
  | 'HEAD_MISMATCH'
  | 'HEAD_MISSING'
  | 'UNREADABLE';

export interface ChainBreak {
  readonly code: 'CHAIN_BROKEN';
  readonly streamId: string;
  /** The first stream version at which the history no longer verifies. */
  readonly streamVersion: number;
  readonly reason: ChainBreakReason;
  readonly message: string;
}

/** A stream's head as the store recorded it when it last appended: version and last hash. */
export interface StreamHead {
  readonly streamId: string;
  readonly version: number;
  readonly hash: string;
}

/** Folds one stream's events (in stream order) through the chain, keeping the running head. */
export interface ChainCursor {
  readonly streamId: string;
  readonly version: number;
  readonly headHash: string;
}

export const chainBreak = (
  streamId: string,
  streamVersion: number,
  reason: ChainBreakReason,
  what: string,
): ChainBreak => ({
  code: 'CHAIN_BROKEN',
  streamId,
  streamVersion,
  reason,
  message: `The history of '${streamId}' is broken at version ${streamVersion} (${reason}): ${what}. Nothing is decided or appended on it; restore it from a verified backup.`,
});

export const startChain = (streamId: string): ChainCursor => ({
  streamId,
  version: 0,
  headHash: GENESIS_HASH,
});

/** One event through the chain: the next cursor, or the break it causes. */
export const stepChain = (
  cursor: ChainCursor,
  event: RecordedEvent,
): E.Either<ChainBreak, ChainCursor> => {
  const at = cursor.version + 1;
  if (event.streamId !== cursor.streamId) {
    return E.left(
      chainBreak(
        cursor.streamId,
        at,
        'FOREIGN_EVENT',
        `an event of stream '${event.streamId}' appears in it`,
      ),
    );
  }
  if (event.streamVersion !== at) {
    return E.left(
      chainBreak(
        cursor.streamId,
        at,
        'VERSION_GAP',
        `expected version ${at} but found ${event.streamVersion}: an event was removed or reordered`,
      ),
    );
  }
  if (hashEvent(cursor.headHash, event) !== event.hash) {
    return E.left(
      chainBreak(
        cursor.streamId,
        at,
        'HASH_MISMATCH',
        `event ${at} (${event.type}) does not match its hash: its content or an earlier event was altered`,
      ),
    );
  }
  return E.right({ streamId: cursor.streamId, version: at, headHash: event.hash });
};

/**
 * Compares where the events end with the head the store recorded. `head` null means the store
 * has no record of the stream. A chain shorter than its head lost its last events: the one
 * tampering a chain cannot show by itself.
 */
export const checkHead = (
  cursor: ChainCursor,
  head: StreamHead | null,
): E.Either<ChainBreak, ChainCursor> => {
  if (head === null) {
    return cursor.version === 0
      ? E.right(cursor)
      : E.left(
          chainBreak(
            cursor.streamId,
            cursor.version,
            'HEAD_MISSING',
            `the store holds ${cursor.version} events but no head record for the stream`,
          ),
        );
  }
  if (head.version !== cursor.version) {
    const at = Math.min(head.version, cursor.version + 1);
    return E.left(
      chainBreak(
        cursor.streamId,
        Math.max(1, at),
        'HEAD_MISMATCH',
        head.version > cursor.version
          ? `the store recorded version ${head.version} but holds events only up to ${cursor.version}: the last events were deleted`
          : `the store recorded version ${head.version} but holds events up to ${cursor.version}: the head record was altered`,
      ),
    );
  }
  if (head.hash !== cursor.headHash) {
    return E.left(
      chainBreak(
        cursor.streamId,
        Math.max(1, cursor.version),
        'HEAD_MISMATCH',
        `the recorded head hash differs from the hash of event ${cursor.version}: the head or the last event was altered`,
      ),
    );
  }
  return E.right(cursor);
};

/**
 * Verifies a stream's events from its first one. Given the store's recorded `head` (not
 * `undefined`), also checks that the events end where the store says the stream ends.
 */
export const verifyChain = (
  streamId: string,
  events: readonly RecordedEvent[],
  head?: StreamHead | null,
): E.Either<ChainBreak, ChainCursor> => {
  let cursor = startChain(streamId);
  for (const event of events) {
    const next = stepChain(cursor, event);
    if (E.isLeft(next)) return next;
    cursor = next.right;
  }
  return head === undefined ? E.right(cursor) : checkHead(cursor, head);
};

/**
 * Checks events read *after* the head against it: the events may have grown since (another
 * writer appended), but they must reach the head's version and carry its hash there.
 * `events` must already be verified as a chain.
 */
export const checkHeadWithin = (
  streamId: string,
  events: readonly RecordedEvent[],
  head: StreamHead | null,
): E.Either<ChainBreak, void> => {
  if (head === null) {
    return events.length === 0
      ? E.right(undefined)
      : E.left(
          chainBreak(
            streamId,
            events.length,
            'HEAD_MISSING',
            `the store holds ${events.length} events but no head record for the stream`,
          ),
        );
  }
  if (head.version > events.length) {
    return E.left(
      chainBreak(
        streamId,
        events.length + 1,
        'HEAD_MISMATCH',
        `the store recorded version ${head.version} but holds events only up to ${events.length}: the last events were deleted`,
      ),
    );
  }
  if (head.version < 1 || events[head.version - 1]?.hash !== head.hash) {
    return E.left(
      chainBreak(
        streamId,
        Math.max(1, head.version),
        'HEAD_MISMATCH',
        `the recorded head hash differs from the hash of event ${head.version}: the head or that event was altered`,
      ),
    );
  }
  return E.right(undefined);
};
