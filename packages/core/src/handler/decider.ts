import type { Either } from 'fp-ts/lib/Either.js';

/**
 * The shape of every aggregate in netra (after Chassaing's decider pattern, as in Emmett):
 * pure functions, no I/O, no clock and no randomness inside. Anything time-dependent arrives
 * through `context`, which the command handler builds from its injected clock.
 */
export interface Decider<Command, State, Event, Context, Rejection> {
  readonly decide: (
    command: Command,
    state: State,
    context: Context,
  ) => Either<Rejection, readonly Event[]>;
  readonly evolve: (state: State, event: Event) => State;
  readonly initialState: () => State;
}

/** What every decision context carries: the instant of decision and the rulebook version in force. */
export interface DecisionContext {
  /** The handler's clock reading when the command is decided (the event's `recordedAt`). */
  readonly now: Date;
  /** Recorded on every event so that a replay applies the rules that were in force. */
  readonly rulebookVersion: string;
}
