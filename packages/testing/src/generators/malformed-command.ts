/**
 * malformedCommandArb: commands the case decider must refuse. Most start from a valid command
 * in a valid history (intakeHistoryArb) and break one thing, each class of break with the
 * rejection codes that are right for it; the rest are junk: anything at all, or objects that
 * carry the `type` of a real command and random fields.
 */
import { CASE_COMMAND_TYPES } from '@netra/core';
import fc from 'fast-check';
import { arbitraryOf, type Chooser } from './chooser.js';
import {
  drawIntakeHistory,
  type IntakeHistoryOptions,
  intakeHistoryArb,
} from './intake-history.js';
import type { MalformedCommand, MutationClass } from './malformed.js';
import { impostorReporter, outOfScope, roleNotAllowed, unknownRole } from './malformed-actors.js';
import { oversizedValue, unknownField } from './malformed-boundary.js';
import { closedCase, sentAgain, unknownRespondent, wrongCase } from './malformed-case.js';
import { contradictsReview, missedDeadline } from './malformed-deadlines.js';
import { malformedValue, missingField, wrongType } from './malformed-fields.js';
import { outOfPeriod } from './malformed-later-periods.js';
import { misappliedLaterStep } from './malformed-later-steps.js';
import { brokenNip } from './malformed-nip.js';
import { misappliedObjection } from './malformed-objection.js';
import { misappliedProceeding, misappliedSanction } from './malformed-proceedings.js';
import { misappliedRule } from './malformed-rules.js';
import {
  beforeOpening,
  futureInstant,
  futureLegalDate,
  openingOutOfOrder,
} from './malformed-time.js';
import { printedAs } from './readable.js';

export const MUTATION_CLASSES: readonly MutationClass[] = [
  missingField,
  wrongType,
  malformedValue,
  unknownField,
  oversizedValue,
  brokenNip,
  futureInstant,
  futureLegalDate,
  beforeOpening,
  openingOutOfOrder,
  missedDeadline,
  contradictsReview,
  roleNotAllowed,
  unknownRole,
  outOfScope,
  impostorReporter,
  closedCase,
  sentAgain,
  wrongCase,
  unknownRespondent,
  misappliedRule,
  misappliedProceeding,
  misappliedSanction,
  misappliedLaterStep,
  misappliedObjection,
  outOfPeriod,
];

export interface MalformedCommandOptions extends IntakeHistoryOptions {
  /** Only these classes (by name); all by default. Junk is class `junk`. */
  readonly classes?: readonly string[];
}

/** The mutation, the commands applied before it, and what is sent. */
export const printMalformed = (m: MalformedCommand): string =>
  [
    `${m.mutation} (acceptable: ${m.acceptable.join(', ')})`,
    `sent after ${m.prefix} command(s), now ${m.history.context.now.toISOString()}:`,
    ...m.history.commands.slice(0, m.prefix).map((c, i) => `  ${i + 1}. ${JSON.stringify(c)}`),
    `input: ${fc.stringify(m.input)}`,
  ].join('\n');

const drawMutated = (c: Chooser, options: MalformedCommandOptions): MalformedCommand => {
  const wanted = MUTATION_CLASSES.filter((m) => options.classes?.includes(m.name) ?? true);
  if (wanted.length === 0) throw new RangeError(`no mutation class in ${options.classes}`);
  // A history may offer no position to a class (no NIP, no forward…): draw until one applies.
  for (let attempt = 0; ; attempt++) {
    const history = drawIntakeHistory(c, options);
    const open = wanted.filter((m) => m.positions(history).length > 0);
    if (open.length === 0) {
      if (attempt > 1000) throw new RangeError(`no history fits ${options.classes}`);
      continue;
    }
    const mutation = c.weighted(open.map((m) => [m.weight, m] as const));
    const position = c.pick(mutation.positions(history));
    const drawn = mutation.draw(c, history, position);
    const { input, detail } = drawn;
    // A field of meta.actor is the host's actor once the handler has put it there: what is
    // wrong with it is INVALID_ACTOR (parse.ts), not INVALID_COMMAND.
    const acceptable = /^meta\.actor(\.|$| )/.test(detail)
      ? drawn.acceptable.map((code) => (code === 'INVALID_COMMAND' ? 'INVALID_ACTOR' : code))
      : drawn.acceptable;
    return printedAs(
      { history, prefix: position, input, mutation: `${mutation.name}: ${detail}`, acceptable },
      printMalformed,
    );
  }
};

/** Junk: anything, or an object with a real command type and random other fields. */
const junkInput = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything(),
    fc
      .tuple(fc.constantFrom(...CASE_COMMAND_TYPES), fc.dictionary(fc.string(), fc.anything()))
      .map(([type, fields]) => ({ ...fields, type })),
    fc
      .tuple(fc.constantFrom(...CASE_COMMAND_TYPES), fc.anything())
      .map(([type, meta]) => ({ type, caseId: 'case-x', meta })),
  );

const junkArb = (options: MalformedCommandOptions): fc.Arbitrary<MalformedCommand> =>
  fc.tuple(intakeHistoryArb(options), junkInput()).map(([history, input]) =>
    printedAs<MalformedCommand>(
      {
        history,
        prefix: history.commands.length,
        input,
        mutation: 'junk',
        acceptable: ['INVALID_COMMAND', 'UNKNOWN_REGIME'],
      },
      printMalformed,
    ),
  );

export const malformedCommandArb = (
  options: MalformedCommandOptions = {},
): fc.Arbitrary<MalformedCommand> => {
  const mutated = arbitraryOf((c) => drawMutated(c, options));
  if (options.classes !== undefined && !options.classes.includes('junk')) return mutated;
  if (options.classes !== undefined && options.classes.length === 1) return junkArb(options);
  return fc.oneof({ arbitrary: mutated, weight: 9 }, { arbitrary: junkArb(options), weight: 1 });
};
