/**
 * parseCaseCommand: zod at the boundary. Unknown input becomes a typed command, or a CaseError
 * whose `field` is the zod issue path (e.g. `respondents.0.agency.id`). An unknown regime gets
 * its own code, because it is the one enum a clerk is likely to mistype from another system.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { z } from 'zod';
import { type CaseError, invalidCommand, unknownRegime } from './errors.js';
import { type CaseCommand, caseCommandSchema } from './schema/commands.js';

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (value, key) =>
      value !== null && typeof value === 'object'
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined,
    input,
  );

const toCaseError = (input: unknown, issue: z.core.$ZodIssue | undefined): CaseError => {
  if (issue === undefined) return invalidCommand('', 'not a case command');
  const field = issue.path.map(String).join('.');
  if (issue.path.at(-1) === 'regime' && issue.code === 'invalid_value') {
    return unknownRegime(field, valueAt(input, issue.path));
  }
  return invalidCommand(field, issue.message);
};

export const parseCaseCommand = (input: unknown): Either<CaseError, CaseCommand> => {
  const parsed = caseCommandSchema.safeParse(input);
  return parsed.success ? E.right(parsed.data) : E.left(toCaseError(input, parsed.error.issues[0]));
};
