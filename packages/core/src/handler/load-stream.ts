import { either as E } from 'fp-ts';
import { checkHeadWithin, startChain, stepChain } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore, StreamWithHead } from '../store/event-store.js';
import type { StoreError } from '../store/store-error.js';
import type { Decider } from './decider.js';
import type { EventCodec } from './event-codec.js';
import type { UnreadableHistory } from './handler-error.js';

/** Why a stream could not be loaded for a decision: the store's answer, or an unreadable event. */
export type LoadError = StoreError | UnreadableHistory;

export interface Loaded<State> {
  readonly state: State;
  readonly version: number;
  readonly priorEvents: readonly RecordedEvent[];
}

/**
 * Loads a stream for a decision, trusting nothing it reads: each event's hash is checked
 * against its predecessor as it is folded (one SHA-256 per event), and the events must reach
 * the head the store recorded at its last append, which is what shows a deleted tail. The head
 * is read first: streams only grow, so events read after it reach at least its version unless
 * history was removed. A break answers `CHAIN_BROKEN` naming stream, version and what.
 */
export const loadStream = async <State, Event>(
  store: EventStore,
  decider: Pick<Decider<unknown, State, Event, unknown, unknown>, 'initialState' | 'evolve'>,
  codec: EventCodec<Event>,
  streamId: string,
): Promise<E.Either<LoadError, Loaded<State>>> => {
  const first = await loadOnce<State, Event>(store, decider, codec, streamId);
  // A stream created between the head read and the events read looks headless for a moment:
  // a head disagreement is confirmed by a second load before it is reported.
  if (
    E.isLeft(first) &&
    first.left.code === 'CHAIN_BROKEN' &&
    first.left.reason.startsWith('HEAD_')
  ) {
    return loadOnce(store, decider, codec, streamId);
  }
  return first;
};

const loadOnce = async <State, Event>(
  store: EventStore,
  decider: Pick<Decider<unknown, State, Event, unknown, unknown>, 'initialState' | 'evolve'>,
  codec: EventCodec<Event>,
  streamId: string,
): Promise<E.Either<LoadError, Loaded<State>>> => {
  const read = await readWithHead(store, streamId);
  if (E.isLeft(read)) return E.left(read.left);
  const { head, events } = read.right;
  let cursor = startChain(streamId);
  let state = decider.initialState();
  for (const recorded of events) {
    const step = stepChain(cursor, recorded);
    if (E.isLeft(step)) return step;
    cursor = step.right;
    const unreadable = (problem: string): E.Either<LoadError, Loaded<State>> =>
      E.left({
        code: 'UNREADABLE_HISTORY',
        streamId,
        streamVersion: recorded.streamVersion,
        message: `Event ${recorded.streamVersion} (${recorded.type}) of '${streamId}' ${problem}`,
      });
    const event = codec.decode(recorded);
    if (E.isLeft(event)) return unreadable(`cannot be read: ${event.left.message}`);
    // evolve trusts its history; a stream written by other software may still break that trust.
    const next = E.tryCatch(
      () => decider.evolve(state, event.right),
      (error) => (error instanceof Error ? error.message : String(error)),
    );
    if (E.isLeft(next)) return unreadable(`cannot be applied to the case: ${next.left}`);
    state = next.right;
  }
  const within = checkHeadWithin(streamId, events, head);
  if (E.isLeft(within)) return within;
  return E.right({ state, version: events.length, priorEvents: events });
};

/** The head, then the events: in one snapshot where the store can, else head first. */
const readWithHead = async (
  store: EventStore,
  streamId: string,
): Promise<E.Either<StoreError, StreamWithHead>> => {
  if (store.readStreamWithHead !== undefined) return store.readStreamWithHead(streamId);
  const head = await store.readStreamHead(streamId);
  if (E.isLeft(head)) return head;
  const events = await store.readStream(streamId);
  if (E.isLeft(events)) return events;
  return E.right({ head: head.right, events: events.right });
};

/**
 * The state a damaged stream *claims*, folded without trusting it: hashes are not checked and
 * events that cannot be read or applied are skipped. Never decided on — the handler uses it
 * only to decide whether the actor may even be told that the stream is broken (an actor out of
 * scope gets the answer of an unknown case instead). Undefined when nothing of the stream can
 * be made out (it folds to the initial state, e.g. its first event is gone): then no scope can
 * be read from it, and the break is reported to any actor whose role may send the command.
 */
export const foldUnverified = async <State, Event>(
  store: EventStore,
  decider: Pick<Decider<unknown, State, Event, unknown, unknown>, 'initialState' | 'evolve'>,
  codec: EventCodec<Event>,
  streamId: string,
): Promise<State | undefined> => {
  const read = await store.readStream(streamId);
  if (E.isLeft(read)) return undefined;
  const initial = decider.initialState();
  let state = initial;
  for (const recorded of read.right) {
    const event = codec.decode(recorded);
    if (E.isLeft(event)) continue;
    try {
      state = decider.evolve(state, event.right);
    } catch {
      // skipped: this is a reading of damaged history, not a replay
    }
  }
  return JSON.stringify(state) === JSON.stringify(initial) ? undefined : state;
};
