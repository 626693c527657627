/**
 * Runs a generated history through the decider, the way a test needs it: parse each command
 * at the boundary, decide against the folded state, fold the events. Stops at the first
 * rejection and says which command it was, so a failing property names the step.
 */
import {
  type CaseCommand,
  type CaseContext,
  type CaseError,
  type CaseEvent,
  type CaseState,
  caseDecider,
  parseCaseCommand,
} from '@netra/core';
import { either as E } from 'fp-ts';

export interface Replayed {
  readonly state: CaseState;
  /** The events of each command, in order. */
  readonly events: readonly (readonly CaseEvent[])[];
}

export interface ReplayRejection {
  readonly index: number;
  readonly command: CaseCommand;
  readonly error: CaseError;
}

/** Parses (after a JSON round trip, as over the wire) and decides each command in turn. */
export const decideAll = (
  commands: readonly CaseCommand[],
  context: CaseContext,
): E.Either<ReplayRejection, Replayed> => {
  let state = caseDecider.initialState();
  const events: (readonly CaseEvent[])[] = [];
  for (const [index, command] of commands.entries()) {
    const decided = E.flatMap((parsed: CaseCommand) => caseDecider.decide(parsed, state, context))(
      parseCaseCommand(JSON.parse(JSON.stringify(command))),
    );
    if (E.isLeft(decided)) return E.left({ index, command, error: decided.left });
    events.push(decided.right);
    state = decided.right.reduce(caseDecider.evolve, state);
  }
  return E.right({ state, events });
};
