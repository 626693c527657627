import { either as E } from 'fp-ts';
import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import type { NewEvent, RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import type { ActorRef, CommandMeta } from './command-meta.js';
import type { Decider, DecisionContext } from './decider.js';
import type { EventCodec } from './event-codec.js';
import { newEventId } from './event-id.js';
import { commandFingerprint } from './fingerprint.js';
import type { HandlerError } from './handler-error.js';
import { commandIdReused } from './handler-error.js';
import { hostActor } from './host-actor.js';
import type { InputLimits } from './input-size.js';
import { checkInputSize, DEFAULT_INPUT_LIMITS } from './input-size.js';
import type { Loaded } from './load-stream.js';
import { foldUnverified, loadStream } from './load-stream.js';

export interface CommandHandlerConfig<
  Command extends { readonly meta: CommandMeta },
  State,
  Event,
  Context extends DecisionContext,
  Rejection extends { readonly code: string; readonly message: string },
> {
  readonly store: EventStore;
  readonly decider: Decider<Command, State, Event, Context, Rejection>;
  readonly codec: EventCodec<Event>;
  /** Validates raw input at the boundary (zod, strict), naming the field that is wrong. */
  readonly parse: (input: unknown) => E.Either<Rejection, Command>;
  readonly streamIdOf: (command: Command) => string;
  /**
   * Checks what can be checked of the actor before anything is read: its shape, and whether its
   * role may send this kind of command at all. Default: nothing more than `parse` checked.
   */
  readonly checkActor?: (command: Command) => E.Either<Rejection, unknown>;
  /**
   * Whether the command's actor may act on this stream as it stands (role and scope). Runs after
   * the stream is loaded and verified, and *before* a command id already in the stream is
   * answered: nothing is returned to an actor who may not act. An actor out of scope should get
   * the same answer as for a stream that does not exist. Default: `decider.decide` decides all.
   */
  readonly authorize?: (
    command: Command,
    state: State,
    context: Context,
  ) => E.Either<Rejection, unknown>;
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
  /** The whole-command limit, checked before parsing (default 256 KiB, 32 levels deep). */
  readonly inputLimits?: Partial<InputLimits>;
}

/** What the host says about who sends the command: the actor it authenticated. */
export interface Authenticated {
  readonly actor: ActorRef;
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

export type CommandHandler<Rejection, State> = (
  input: unknown,
  authenticated: Authenticated,
) => TaskEither<HandlerError<Rejection>, HandleResult<State>>;

/**
 * The thin command handler, in this order (DESIGN.md §3):
 * 1. take the actor the host authenticated, passed beside the input — never trusted from the
 *    body; a body naming another actor is refused (`ACTOR_MISMATCH`);
 * 2. the whole-command limit, then parse (strict schema, field limits);
 * 3. `checkActor`: the actor's shape and role, before any read;
 * 4. load the stream, verifying its hash chain and the store's recorded head as it folds: a
 *    broken history is refused (`CHAIN_BROKEN`), never decided on;
 * 5. `authorize` against the state: role and scope;
 * 6. idempotency: a command id already in the stream answers its first result if the command's
 *    fingerprint matches, else `COMMAND_ID_REUSED`. Command ids are unique *per stream*;
 * 7. decide, and append with the version it read (the store verifies the chain again inside
 *    its own transaction, so no writer appends onto a broken stream).
 * Every failure is a value. Two concurrent deliveries of one command race on the expected
 * version; the loser reloads, finds the winner's events and returns them.
 */
export const createCommandHandler = <
  Command extends { readonly meta: CommandMeta },
  State,
  Event,
  Context extends DecisionContext,
  Rejection extends { readonly code: string; readonly message: string },
>(
  config: CommandHandlerConfig<Command, State, Event, Context, Rejection>,
): CommandHandler<Rejection, State> => {
  const { store, decider, codec } = config;
  const nextEventId = config.newEventId ?? newEventId;
  const limits: InputLimits = { ...DEFAULT_INPUT_LIMITS, ...config.inputLimits };
  const load = (streamId: string) => loadStream<State, Event>(store, decider, codec, streamId);
  type Answer = E.Either<HandlerError<Rejection>, HandleResult<State>>;

  /** The first result of a command id already in the stream, if it is this very command. */
  const previousResult = (
    streamId: string,
    loaded: Loaded<State>,
    commandId: string,
    fingerprint: string,
  ): Answer | undefined => {
    const events = loaded.priorEvents.filter((e) => e.metadata.commandId === commandId);
    if (events.length === 0) return undefined;
    // Events recorded before fingerprints existed carry none: their id alone identifies them.
    const recorded = events[0]?.metadata.commandFingerprint;
    if (recorded !== undefined && recorded !== fingerprint) {
      return E.left(commandIdReused(commandId, streamId));
    }
    return E.right({
      streamId,
      events,
      nextExpectedVersion: loaded.version,
      state: loaded.state,
      alreadyHandled: true,
    });
  };

  const attempt = async (
    command: Command,
    fingerprint: string,
    conflictsLeft: number,
  ): Promise<Answer> => {
    const streamId = config.streamIdOf(command);
    const now = config.clock();
    const context = config.context(now);
    const loaded = await load(streamId);
    if (E.isLeft(loaded)) {
      // Even that a stream is damaged is told only to an actor who may act on what it claims
      // to be; anyone else gets the answer `authorize` gives for a stream out of reach.
      if (
        config.authorize &&
        (loaded.left.code === 'CHAIN_BROKEN' || loaded.left.code === 'UNREADABLE_HISTORY')
      ) {
        const claimed = await foldUnverified(store, decider, codec, streamId);
        if (claimed !== undefined) {
          const allowed = config.authorize(command, claimed, context);
          if (E.isLeft(allowed)) return E.left(allowed.left);
        }
      }
      return loaded;
    }
    if (config.authorize) {
      const allowed = config.authorize(command, loaded.right.state, context);
      if (E.isLeft(allowed)) return E.left(allowed.left);
    }
    const earlier = previousResult(streamId, loaded.right, command.meta.commandId, fingerprint);
    if (earlier) return earlier;

    const decided = decider.decide(command, loaded.right.state, context);
    if (E.isLeft(decided)) return E.left(decided.left);
    if (decided.right.length === 0) {
      return E.right({
        streamId,
        events: [],
        nextExpectedVersion: loaded.right.version,
        state: loaded.right.state,
        alreadyHandled: false,
      });
    }

    const metadata = {
      actor: command.meta.actor,
      commandId: command.meta.commandId,
      commandFingerprint: fingerprint,
      correlationId: command.meta.correlationId ?? command.meta.commandId,
      causationId: command.meta.causationId ?? null,
      rulebookVersion: context.rulebookVersion,
      occurredAt: command.meta.occurredAt,
      recordedAt: now.toISOString(),
    };
    const toAppend: NewEvent[] = decided.right.map((event) => ({
      id: nextEventId(),
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
    if (appended.left.code !== 'WRONG_EXPECTED_VERSION') return E.left(appended.left);

    // Someone appended first. If it was this very command (a concurrent retry), return its result.
    const reloaded = await load(streamId);
    if (E.isLeft(reloaded)) return reloaded;
    const raced = previousResult(streamId, reloaded.right, command.meta.commandId, fingerprint);
    if (raced) return raced;
    if (conflictsLeft > 0) return attempt(command, fingerprint, conflictsLeft - 1);
    return E.left(appended.left);
  };

  return (input, authenticated) => async () => {
    const actor = hostActor<Rejection>(authenticated);
    if (E.isLeft(actor)) return actor;
    const size = checkInputSize(input, limits);
    if (E.isLeft(size)) {
      return E.left({
        code: 'COMMAND_TOO_LARGE',
        field: size.left.field,
        limit: size.left.limit,
        message: `Refused: ${size.left.problem}. Nothing was recorded.`,
      });
    }
    const withActor = actor.right(input);
    if (E.isLeft(withActor)) return withActor;
    const command = config.parse(withActor.right);
    if (E.isLeft(command)) return E.left(command.left);
    if (config.checkActor) {
      const checked = config.checkActor(command.right);
      if (E.isLeft(checked)) return E.left(checked.left);
    }
    return attempt(
      command.right,
      commandFingerprint(command.right),
      config.retryOnVersionConflict ?? 0,
    );
  };
};
