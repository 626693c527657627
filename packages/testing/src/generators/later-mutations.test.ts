/**
 * The malformed commands of the later proceedings (issue 15: objections, serving, exits, the
 * criminal track): on histories whose proceedings went on to their end, every mutation the
 * classes below can make at every position is drawn, and across them every kind of refusal
 * occurs — again, out of the state's order, after the exit, after a period, against the
 * remedy's rules — each refused by the decider with the code the class names.
 * (malformed-command.test.ts runs every class through the decider and the handler on the
 * ordinary histories; this names the new kinds.)
 */
import { type CaseCommand, type CaseState, caseDecider, parseCaseCommand } from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { arbitraryOf, type Chooser } from './chooser.js';
import { drawIntakeHistory, type IntakeHistory } from './intake-history.js';
import type { Mutation, MutationClass } from './malformed.js';
import { sentAgain } from './malformed-case.js';
import { outOfPeriod } from './malformed-later-periods.js';
import { misappliedLaterStep } from './malformed-later-steps.js';
import { misappliedObjection } from './malformed-objection.js';
import { misappliedProceeding } from './malformed-proceedings.js';
import { decideAll } from './replay-history.js';

const CLASSES: readonly MutationClass[] = [
  misappliedLaterStep,
  misappliedProceeding,
  misappliedObjection,
  outOfPeriod,
  sentAgain,
];

/** The refusals that must occur, as `class code` or `class rule`. */
const EXPECTED = [
  'misapplied-later-step objection before the sanction',
  'misapplied-later-step objection before the delivery',
  'misapplied-later-step a second objection',
  'misapplied-later-step objection decided when none was filed',
  'misapplied-later-step objection decided twice',
  'misapplied-later-step served before any sanction',
  'misapplied-later-step served while not in force, annulled, a dismissal, or served already',
  'misapplied-later-step a step after the respondent exited',
  'misapplied-later-step criminal step without the forward to Polri',
  'misapplied-later-step a second FILE_RETURNED',
  'misapplied-later-step criminal step out of order',
  'misapplied-proceeding RESPONDENT_EXITED',
  'misapplied-objection OBJECTION_NOT_AVAILABLE',
  'misapplied-objection OBJECTION_WRONG_BODY',
  'misapplied-objection OBJECTION_OUTCOME_MISMATCH',
  'out-of-period OBJECTION_LATE',
  'out-of-period CRIMINAL_APPEAL_LATE',
  'out-of-period SANCTION_NOT_ENDED',
  'sent-again OBJECTION_ALREADY_FILED',
  'sent-again OBJECTION_ALREADY_DECIDED',
  'sent-again SANCTION_NOT_ENDED',
  'sent-again RESPONDENT_EXITED',
  'sent-again CRIMINAL_STEP_OUT_OF_ORDER',
];

const FORWARDS: readonly CaseCommand['type'][] = [
  'ForwardToSupervisor',
  'ForwardToInvestigators',
  'ReferToGakkumdu',
];

interface Drawn {
  readonly name: string;
  readonly position: number;
  readonly mutation: Mutation;
}

/** A history with a forward, walked to the end, and every mutation of the classes on it. */
const drawAll = (c: Chooser): { history: IntakeHistory; drawn: Drawn[] } => {
  let history = drawIntakeHistory(c, { toTheEnd: true });
  while (!history.commands.some((command) => FORWARDS.includes(command.type)))
    history = drawIntakeHistory(c, { toTheEnd: true });
  const drawn = CLASSES.flatMap((m) =>
    m.positions(history).flatMap((position) =>
      // A repeat picks one command of the history: several draws.
      Array.from({ length: m === sentAgain ? 4 : 1 }, () => ({
        name: m.name,
        position,
        mutation: m.draw(c, history, position),
      })),
    ),
  );
  return { history, drawn };
};

/** The state before each command of the history, and after the last. */
const statesOf = (h: IntakeHistory): CaseState[] => {
  const replayed = decideAll(h.commands, h.context);
  if (E.isLeft(replayed)) return expect.fail(`refused: ${replayed.left.error.message}`);
  const states = [caseDecider.initialState()];
  for (const events of replayed.right.events)
    states.push(events.reduce(caseDecider.evolve, states.at(-1) as CaseState));
  return states;
};

// Property runs take seconds, more on a busy machine: vitest's 5 s default is too tight.
describe('malformed commands of the later proceedings (issue 15)', { timeout: 120_000 }, () => {
  it('every kind occurs, and the decider refuses each with its code', () => {
    const seen = new Set<string>();
    for (const { history, drawn } of fc.sample(arbitraryOf(drawAll), 400)) {
      const states = statesOf(history);
      for (const { name, position, mutation } of drawn) {
        const rule = mutation.detail.split(': ')[0];
        seen.add(`${name} ${rule}`);
        for (const code of mutation.acceptable) seen.add(`${name} ${code}`);
        const decided = E.flatMap((command: CaseCommand) =>
          caseDecider.decide(command, states[position] as CaseState, history.context),
        )(parseCaseCommand(mutation.input));
        const answer = E.isRight(decided) ? 'accepted' : decided.left.code;
        expect(mutation.acceptable, `${name}: ${mutation.detail}: ${answer}`).toContain(answer);
      }
    }
    const missing = EXPECTED.filter((kind) => !seen.has(kind));
    expect(missing, `never drawn: ${missing.join(', ')}`).toEqual([]);
  });
});
