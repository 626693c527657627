import { either as E } from 'fp-ts';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import { v7 as uuidv7 } from 'uuid';
import type { NewEvent, RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import type { CommandMeta } from './command-meta.js';
import type { Decider, DecisionContext } from './decider.js';
import type { EventCodec } from './event-codec.js';
import type { HandlerError } from './handler-error.js';
import { rejected, storeFailed } from './handler-error.js';

export interface CommandHandlerConfig<
  Command extends { readonly meta: CommandMeta },
  State,
  Event,
  Context extends DecisionContext,
  Rejection extends { readonly message: string },
> {
  readonly store: EventStore;
  readonly decider: Decider<Command, State, Event, Context, Rejection>;
  readonly codec: EventCodec<Event>;
  /** Validates raw input at the boundary (zod), naming the field that is wrong. */
  readonly parse: (input: unknown) => E.Either<Rejection, Command>;
  readonly streamIdOf: (command: Command) => string;
  /** Builds the decision context for this instant (the rulebook in force, for instance). */
  readonly context: (now: Date) => Context;
  /** The only clock: `recordedAt` of every event and `context.now`. */
  readonly clock: () => Date;
  /** Event ids; UUID v7 by default. Inject for deterministic fixtures. */
  readonly newEventId?: () => string;
  /**
   * How many times to load, decide and append again when another writer got in first.
   * Default 0: a conflict is returned, because re-deciding against a changed case is a
   * business choice the caller makes knowingly (as in Emmett).
   */
  readonly retryOnVersionConflict?: number;
}

export interface HandleResult<State> {
  readonly streamId: string;
  /** The events this command produced (on a retried command id: the ones it produced the first time). */
  readonly events: readonly RecordedEvent[];
  readonly nextExpectedVersion: number;
  readonly state: State;
  /** True when the command id had already been handled and nothing was appended now. */
  readonly alreadyHandled: boolean;
}

interface Loaded<State> {
  readonly state: State;
  readonly version: number;
  readonly priorEvents: readonly RecordedEvent[];
}

/**
 * The thin command handler: load (fold the stream) → decide → append with the version it read.
 *
 * Idempotency by command id: every event records the id of the command that produced it. If the
 * stream already holds events of this command id, the first result is returned and nothing is
 * appended. Two concurrent deliveries of one command race on the expected version; the loser
 * reloads, finds the winner's events and returns them, so a command id never appends twice.
 */
export const createCommandHandler = <
  Command extends { readonly meta: CommandMeta },
  State,
  Event,
  Context extends DecisionContext,
  Rejection extends { readonly message: string },
>(
  config: CommandHandlerConfig<Command, State, Event, Context, Rejection>,
): ((input: unknown) => TaskEither<HandlerError<Rejection>, HandleResult<State>>) => {
  const { store, decider, codec } = config;
  const newEventId = config.newEventId ?? (() => uuidv7());

  const load = async (
    streamId: string,
  ): Promise<E.Either<HandlerError<Rejection>, Loaded<State>>> => {
    const read = await store.readStream(streamId);
    if (E.isLeft(read)) return E.left(storeFailed(read.left));
    let state = decider.initialState();
    for (const recorded of read.right) {
      const unreadable = (problem: string): E.Either<HandlerError<Rejection>, Loaded<State>> =>
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
    return E.right({ state, version: read.right.length, priorEvents: read.right });
  };

  const previousResult = (
    streamId: string,
    loaded: Loaded<State>,
    commandId: string,
  ): HandleResult<State> | undefined => {
    const events = loaded.priorEvents.filter((e) => e.metadata.commandId === commandId);
    if (events.length === 0) return undefined;
    return {
      streamId,
      events,
      nextExpectedVersion: loaded.version,
      state: loaded.state,
      alreadyHandled: true,
    };
  };

  const attempt = async (
    command: Command,
    conflictsLeft: number,
  ): Promise<E.Either<HandlerError<Rejection>, HandleResult<State>>> => {
    const streamId = config.streamIdOf(command);
    const loaded = await load(streamId);
    if (E.isLeft(loaded)) return loaded;
    const earlier = previousResult(streamId, loaded.right, command.meta.commandId);
    if (earlier) return E.right(earlier);

    const now = config.clock();
    const context = config.context(now);
    const decided = decider.decide(command, loaded.right.state, context);
    if (E.isLeft(decided)) return E.left(rejected(decided.left));
    if (decided.right.length === 0) {
      return E.right({
        streamId,
        events: [],
        nextExpectedVersion: loaded.right.version,
        state: loaded.right.state,
        alreadyHandled: false,
      });
    }

    const recordedAt = now.toISOString();
    const metadata = {
      actor: command.meta.actor,
      commandId: command.meta.commandId,
      correlationId: command.meta.correlationId ?? command.meta.commandId,
      causationId: command.meta.causationId ?? null,
      rulebookVersion: context.rulebookVersion,
      occurredAt: command.meta.occurredAt,
      recordedAt,
    };
    const toAppend: NewEvent[] = decided.right.map((event) => ({
      id: newEventId(),
      ...codec.encode(event),
      metadata,
    }));
    const expectedVersion = loaded.right.version === 0 ? 'no_stream' : loaded.right.version;
    const appended = await store.append(streamId, toAppend, { expectedVersion });
    if (E.isRight(appended)) {
      const state = decided.right.reduce(decider.evolve, loaded.right.state);
      return E.right({
        streamId,
        events: appended.right.events,
        nextExpectedVersion: appended.right.nextExpectedVersion,
        state,
        alreadyHandled: false,
      });
    }
    if (appended.left.code !== 'WRONG_EXPECTED_VERSION') return E.left(storeFailed(appended.left));

    // Someone appended first. If it was this very command (a concurrent retry), return its result.
    const reloaded = await load(streamId);
    if (E.isLeft(reloaded)) return reloaded;
    const raced = previousResult(streamId, reloaded.right, command.meta.commandId);
    if (raced) return E.right(raced);
    if (conflictsLeft > 0) return attempt(command, conflictsLeft - 1);
    return E.left(storeFailed(appended.left));
  };

  return (input) => async () => {
    const command = config.parse(input);
    if (E.isLeft(command)) return E.left(rejected(command.left));
    return attempt(command.right, config.retryOnVersionConflict ?? 0);
  };
};
