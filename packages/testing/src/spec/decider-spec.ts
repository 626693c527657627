/**
 * Given-when-then specifications for any decider (after Emmett's DeciderSpecification):
 *
 *   deciderSpec(caseDecider, context)
 *     .given([reportReceived])
 *     .when(registerCase)
 *     .then([caseRegistered])            // or .thenMatches([...]) / .thenRejectedWith('CODE')
 *     .thenState((s) => s.status === 'REGISTERED');
 *
 * `given` events are folded with `evolve` from `initialState()`; `when` runs `decide` once. On
 * "then events" the produced events are also folded onto the given state, so an event the
 * decider emits but `evolve` cannot apply fails the spec. Assertions use vitest's `expect`.
 */
import type { Decider } from '@netra/core';
import { either as E } from 'fp-ts';
import { expect } from 'vitest';

/** A recursive partial, for matching nested state and rejections with `toMatchObject`. */
export type DeepPartial<T> = T extends readonly (infer U)[]
  ? readonly DeepPartial<U>[]
  : T extends object
    ? { readonly [K in keyof T]?: DeepPartial<T[K]> }
    : T;

/** What a state check may be: a predicate (false fails; it may also assert itself) or a deep partial match. */
export type StateCheck<State> = ((state: State) => boolean | undefined) | DeepPartial<State>;

export interface ThenResult<State, Event> {
  /** The events the command produced. */
  readonly events: readonly Event[];
  /** The state after the given events and the produced ones. */
  readonly state: State;
  readonly thenState: (check: StateCheck<State>) => ThenResult<State, Event>;
}

export interface WhenStep<State, Event, Rejection> {
  /** The command produced exactly these events, in this order (deep equality). */
  readonly then: (expected: readonly Event[]) => ThenResult<State, Event>;
  /** The command produced as many events as given, each matching its partial (toMatchObject). */
  readonly thenMatches: (expected: readonly unknown[]) => ThenResult<State, Event>;
  /** The command succeeded (whatever it produced) and the resulting state passes `check`. */
  readonly thenState: (check: StateCheck<State>) => ThenResult<State, Event>;
  /**
   * The command was rejected with this code (the rejection's `code`, or the rejection itself
   * when it has none), and, if given, the rejection matches `details` (toMatchObject).
   */
  readonly thenRejectedWith: (code: string, details?: DeepPartial<Rejection>) => Rejection;
}

export interface GivenStep<Command, State, Event, Rejection> {
  readonly when: (command: Command) => WhenStep<State, Event, Rejection>;
}

export interface DeciderSpec<Command, State, Event, Rejection> {
  readonly given: (events: readonly Event[]) => GivenStep<Command, State, Event, Rejection>;
}

export interface DeciderSpecOptions<Event> {
  /** Called on every given and produced event; throw (or assert) to reject an invalid one. */
  readonly validateEvent?: (event: Event) => void;
}

const codeOf = (rejection: unknown): unknown =>
  rejection !== null && typeof rejection === 'object' && 'code' in rejection
    ? (rejection as { readonly code: unknown }).code
    : rejection;

const show = (value: unknown): string => JSON.stringify(value, null, 2) ?? String(value);

const thenResult = <State, Event>(
  events: readonly Event[],
  state: State,
): ThenResult<State, Event> => {
  const result: ThenResult<State, Event> = {
    events,
    state,
    thenState: (check) => {
      if (typeof check === 'function') {
        const verdict = (check as (state: State) => boolean | undefined)(state);
        if (verdict === false)
          expect.fail(`the state check returned false for state:\n${show(state)}`);
      } else {
        expect(state).toMatchObject(check as Record<string, unknown>);
      }
      return result;
    },
  };
  return result;
};

export const deciderSpec = <Command, State, Event, Context, Rejection>(
  decider: Decider<Command, State, Event, Context, Rejection>,
  context: Context | (() => Context),
  options: DeciderSpecOptions<Event> = {},
): DeciderSpec<Command, State, Event, Rejection> => {
  const contextNow = (): Context =>
    typeof context === 'function' ? (context as () => Context)() : context;
  const validate = (events: readonly Event[]): void => {
    if (options.validateEvent !== undefined) events.forEach(options.validateEvent);
  };

  return {
    given: (givenEvents) => ({
      when: (command) => {
        const decideOnce = () => {
          validate(givenEvents);
          const state = givenEvents.reduce(decider.evolve, decider.initialState());
          return { state, result: decider.decide(command, state, contextNow()) };
        };
        const produced = (): { readonly events: readonly Event[]; readonly state: State } => {
          const { state, result } = decideOnce();
          if (E.isLeft(result)) {
            return expect.fail(
              `expected events, but the command was rejected:\n${show(result.left)}`,
            );
          }
          validate(result.right);
          // Folding the produced events must not throw: evolve has to accept what decide emits.
          return { events: result.right, state: result.right.reduce(decider.evolve, state) };
        };
        return {
          // biome-ignore lint/suspicious/noThenProperty: the given-when-then vocabulary; a WhenStep is never awaited.
          then: (expected) => {
            const { events, state } = produced();
            expect(events).toEqual(expected);
            return thenResult(events, state);
          },
          thenMatches: (expected) => {
            const { events, state } = produced();
            expect(events).toHaveLength(expected.length);
            expect(events).toMatchObject(expected as unknown[]);
            return thenResult(events, state);
          },
          thenState: (check) => {
            const { events, state } = produced();
            return thenResult(events, state).thenState(check);
          },
          thenRejectedWith: (code, details) => {
            const { result } = decideOnce();
            if (E.isRight(result)) {
              return expect.fail(
                `expected rejection ${code}, but the command produced:\n${show(result.right)}`,
              );
            }
            expect(codeOf(result.left), `rejection:\n${show(result.left)}`).toBe(code);
            if (details !== undefined)
              expect(result.left).toMatchObject(details as Record<string, unknown>);
            return result.left;
          },
        };
      },
    }),
  };
};
