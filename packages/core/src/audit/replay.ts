import { either as E } from 'fp-ts';
import type { EventCodec } from '../handler/event-codec.js';
import type { ChainBreak, StreamHead } from '../store/chain.js';
import { checkHead, startChain, stepChain } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';

/** One step of a replay: the recorded event, the domain event read from it, and the state after it. */
export interface ReplayStep<Event, State> {
  readonly recorded: RecordedEvent;
  readonly event: Event;
  readonly state: State;
}

export type ReplayError =
  | ChainBreak
  | {
      readonly code: 'UNREADABLE_EVENT';
      readonly streamId: string;
      readonly streamVersion: number;
      readonly message: string;
    };

/**
 * Replays one stream event by event, verifying the hash chain as it goes and keeping the state
 * after every step: what an auditor walks through. It stops at the first event that does not
 * verify or cannot be read, and says which. Given the store's recorded `head`
 * (`store.readStreamHead`, read before the events), it also checks that the events end where
 * the store says the stream ends, which is what reveals a deleted tail.
 */
export const replayStream = <Event, State>(
  streamId: string,
  recorded: readonly RecordedEvent[],
  codec: EventCodec<Event>,
  fold: {
    readonly initialState: () => State;
    readonly evolve: (state: State, event: Event) => State;
  },
  options: { readonly head?: StreamHead | null } = {},
): E.Either<ReplayError, readonly ReplayStep<Event, State>[]> => {
  const steps: ReplayStep<Event, State>[] = [];
  let cursor = startChain(streamId);
  let state = fold.initialState();
  for (const item of recorded) {
    const next = stepChain(cursor, item);
    if (E.isLeft(next)) return next;
    cursor = next.right;
    const event = codec.decode(item);
    if (E.isLeft(event)) {
      return E.left({
        code: 'UNREADABLE_EVENT',
        streamId,
        streamVersion: item.streamVersion,
        message: `event ${item.streamVersion} (${item.type}) cannot be read: ${event.left.message}`,
      });
    }
    const evolved = E.tryCatch(
      () => fold.evolve(state, event.right),
      (error) => (error instanceof Error ? error.message : String(error)),
    );
    if (E.isLeft(evolved)) {
      return E.left({
        code: 'UNREADABLE_EVENT',
        streamId,
        streamVersion: item.streamVersion,
        message: `event ${item.streamVersion} (${item.type}) cannot be applied: ${evolved.left}`,
      });
    }
    state = evolved.right;
    steps.push({ recorded: item, event: event.right, state });
  }
  if (options.head !== undefined) {
    const ended = checkHead(cursor, options.head);
    if (E.isLeft(ended)) return ended;
  }
  return E.right(steps);
};
