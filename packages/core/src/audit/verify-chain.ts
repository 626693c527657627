import { either as E } from 'fp-ts';
import type { ChainBreak } from '../store/chain.js';
import { verifyChain } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';

export interface VerifiedChain {
  readonly streamId: string;
  readonly events: number;
  /** The last event's hash; `GENESIS_HASH` for an empty stream. Publish it to pin the history. */
  readonly headHash: string;
}

/**
 * Verifies one stream's full history, from its first event. Detects an edited field, a removed
 * or reordered event, and an event moved in from another stream. Deleting the *last* events
 * cannot be seen from the events alone: pass the store's recorded `head`
 * (`store.readStreamHead`), or compare `headHash` with one published earlier.
 */
export const verifyStreamChain = (
  streamId: string,
  events: readonly RecordedEvent[],
  head?: { readonly streamId: string; readonly version: number; readonly hash: string } | null,
): E.Either<ChainBreak, VerifiedChain> => {
  const verified = verifyChain(streamId, events, head);
  return E.isLeft(verified)
    ? verified
    : E.right({ streamId, events: verified.right.version, headHash: verified.right.headHash });
};
