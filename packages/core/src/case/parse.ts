/**
 * parseCaseCommand: zod at the boundary. Unknown input becomes a typed command, or a CaseError
 * whose `field` is the zod issue path (e.g. `respondents.0.agency.id`; for an unknown key, the
 * key itself: `respondents.0.nama`). An unknown regime gets its own code, because it is the one
 * enum a clerk is likely to mistype from another system.
 *
 * Unknown keys are refused, never stripped: a typo `nota` for `note` would otherwise lose the
 * clerk's text without a word. Sizes are bounded per field (schema/limits.ts); an office can
 * move the list limits with `createCaseCommandParser`.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { z } from 'zod';
import { type CaseError, invalidActor, invalidCommand, unknownRegime } from './errors.js';
import { type CaseCommand, caseCommandSchema, caseCommandSchemaFor } from './schema/commands.js';
import { chooseIssue, issueAt, shown } from './schema/issue-field.js';
import { type CaseListLimits, resolveCaseListLimits } from './schema/limits.js';

/** What the command handler calls: raw input in, a command or the reason it is refused out. */
export type CaseCommandParser = (input: unknown) => Either<CaseError, CaseCommand>;

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object' && Object.hasOwn(value, key)
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    input,
  );

const toCaseError = (input: unknown, issue: z.core.$ZodIssue | undefined): CaseError => {
  if (issue === undefined) return invalidCommand('', 'not a case command');
  const { field, problem } = issueAt(issue);
  if (issue.path.at(-1) === 'regime' && issue.code === 'invalid_value') {
    const value = valueAt(input, issue.path);
    return unknownRegime(field, typeof value === 'string' ? shown(value) : value);
  }
  // The actor is the host's, put into meta.actor by the command handler: a bad one is the
  // actor's fault, not the form's.
  if (issue.path[0] === 'meta' && issue.path[1] === 'actor') return invalidActor(field, problem);
  return invalidCommand(field, problem);
};

/**
 * A parser with the office's list limits (respondents, evidence), each from 1 up to its
 * ceiling (CASE_LIST_CEILINGS). Throws a TypeError at once for a limit that is not an integer
 * in that range or has an unknown name: that is the program's configuration, not user input.
 */
export const createCaseCommandParser = (limits?: Partial<CaseListLimits>): CaseCommandParser => {
  const schema =
    limits === undefined ? caseCommandSchema : caseCommandSchemaFor(resolveCaseListLimits(limits));
  return (input) => {
    const parsed = schema.safeParse(input);
    return parsed.success
      ? E.right(parsed.data)
      : E.left(toCaseError(input, chooseIssue(parsed.error.issues)));
  };
};

/** The parser with the default limits (CASE_FIELD_LIMITS). */
export const parseCaseCommand: CaseCommandParser = createCaseCommandParser();
