/**
 * verifyCase: the hash chain of one case, checked the way an auditor needs it — from its first
 * event up to the head the store recorded at its last append. (`verifyStore` does every
 * stream in one pass; this answers for one case without reading the whole log.)
 */
import { either as E } from 'fp-ts';
import type { StreamHead } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import type { StoreError } from '../store/store-error.js';
import type { VerifiedChain } from './verify-chain.js';
import { verifyStreamChain } from './verify-chain.js';

/** A stream as the store recorded it: its head (null when it has none) and its events up to it. */
export interface StreamAtHead {
  readonly head: StreamHead | null;
  readonly events: readonly RecordedEvent[];
}

const readOnce = async (
  store: EventStore,
  streamId: string,
): Promise<E.Either<StoreError, StreamAtHead>> => {
  const head = await store.readStreamHead(streamId);
  if (E.isLeft(head)) return head;
  // Up to the recorded head only: events appended after the head was read are not this
  // snapshot's, so a concurrent writer never looks like an altered head.
  const events = await store.readStream(
    streamId,
    head.right === null ? {} : { to: head.right.version },
  );
  if (E.isLeft(events)) return events;
  return E.right({ head: head.right, events: events.right });
};

/**
 * Reads a stream's recorded head, then its events up to that head (streams only grow, so
 * fewer events than the head says is a deleted tail). A stream created between the two reads
 * looks headless for a moment: its head is read once more before that is taken for damage.
 * Nothing is verified here; the callers verify.
 */
export const readStreamAtHead = async (
  store: EventStore,
  streamId: string,
): Promise<E.Either<StoreError, StreamAtHead>> => {
  const first = await readOnce(store, streamId);
  if (E.isLeft(first) || first.right.head !== null || first.right.events.length === 0) {
    return first;
  }
  return readOnce(store, streamId);
};

/**
 * Verifies one case: its recorded head is read first, then its events up to it, and the chain
 * must run from the genesis hash through every event to exactly that head. Answers the first
 * broken link (`CHAIN_BROKEN`: stream, version, reason, message), a store error, or the
 * verified chain: the number of events and the head hash to publish. A case the store does not
 * hold verifies as empty (0 events, `GENESIS_HASH`): check `events` before calling it a case.
 */
export const verifyCase = async (
  store: EventStore,
  caseId: string,
): Promise<E.Either<StoreError, VerifiedChain>> => {
  const read = await readStreamAtHead(store, caseId);
  if (E.isLeft(read)) return read;
  return verifyStreamChain(caseId, read.right.events, read.right.head);
};
