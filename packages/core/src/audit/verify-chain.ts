import { either as E } from 'fp-ts';
import type { RecordedEvent } from '../store/envelope.js';
import { GENESIS_HASH, hashEvent } from '../store/hash-chain.js';

export interface ChainBreak {
  readonly code: 'CHAIN_BROKEN';
  readonly streamId: string;
  /** The first stream version at which the history no longer verifies. */
  readonly streamVersion: number;
  readonly reason: 'HASH_MISMATCH' | 'VERSION_GAP' | 'FOREIGN_EVENT';
  readonly message: string;
}

export interface VerifiedChain {
  readonly streamId: string;
  readonly events: number;
  /** The last event's hash; `GENESIS_HASH` for an empty stream. Publish it to pin the history. */
  readonly headHash: string;
}

/** Folds one stream's events (in stream order) through the chain, keeping the running head. */
export interface ChainCursor {
  readonly streamId: string;
  readonly version: number;
  readonly headHash: string;
}

export const startChain = (streamId: string): ChainCursor => ({
  streamId,
  version: 0,
  headHash: GENESIS_HASH,
});

export const stepChain = (
  cursor: ChainCursor,
  event: RecordedEvent,
): E.Either<ChainBreak, ChainCursor> => {
  const fail = (reason: ChainBreak['reason'], message: string): E.Either<ChainBreak, ChainCursor> =>
    E.left({
      code: 'CHAIN_BROKEN',
      streamId: cursor.streamId,
      streamVersion: cursor.version + 1,
      reason,
      message,
    });
  if (event.streamId !== cursor.streamId) {
    return fail(
      'FOREIGN_EVENT',
      `an event of stream '${event.streamId}' appears in '${cursor.streamId}'`,
    );
  }
  if (event.streamVersion !== cursor.version + 1) {
    return fail(
      'VERSION_GAP',
      `expected version ${cursor.version + 1} but found ${event.streamVersion}: an event was removed or reordered`,
    );
  }
  const expected = hashEvent(cursor.headHash, event);
  if (expected !== event.hash) {
    return fail(
      'HASH_MISMATCH',
      `event ${event.streamVersion} (${event.type}) does not match its hash: its content or an earlier event was altered`,
    );
  }
  return E.right({ streamId: cursor.streamId, version: event.streamVersion, headHash: event.hash });
};

/**
 * Verifies one stream's full history, from its first event. Detects an edited field, a removed
 * or reordered event, and an event moved in from another stream. Deleting the *last* events
 * cannot be seen from the stream alone: compare `headHash` with one published earlier.
 */
export const verifyStreamChain = (
  streamId: string,
  events: readonly RecordedEvent[],
): E.Either<ChainBreak, VerifiedChain> => {
  let cursor = startChain(streamId);
  for (const event of events) {
    const next = stepChain(cursor, event);
    if (E.isLeft(next)) return next;
    cursor = next.right;
  }
  return E.right({ streamId, events: cursor.version, headHash: cursor.headHash });
};
