/**
 * Why rulebook options were refused. The options are the programmer's configuration, read at
 * start-up; the error still names the offending key (`counting.cutiBersamaIsWorkinDay`,
 * `deadlines.PEMILU_2024.FILE_REPROT`) and, for an unknown key, the keys that were possible,
 * so a misspelling is found from the message alone. Every name or value echoed back is
 * shortened, so a huge key cannot make a huge message.
 */
import { z } from 'zod';

export interface RulebookOptionsError {
  readonly code: 'INVALID_RULEBOOK_OPTIONS';
  /** Dotted path of the offending key, e.g. `deadlines.PEMILU_2024.DECIDE.days`; '' for the whole. */
  readonly path: string;
  /** A sentence naming the path and what is wrong with it. */
  readonly message: string;
}

type Issue = z.core.$ZodIssue;

const SHOWN_MAX = 64;

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? `'${value}'` : String(value);
  return text.length > SHOWN_MAX ? `${text.slice(0, SHOWN_MAX)}…` : text;
};

const article = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

const described = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' || typeof value === 'function') return article(typeof value);
  return shown(value);
};

const unwrap = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodReadonly
    ? unwrap(schema.unwrap() as z.ZodType)
    : schema;

const isRecord = (value: unknown): value is Record<PropertyKey, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The option of a discriminated union that `value` selects (by its discriminator, e.g. a
 * holiday correction's `action`), or undefined when it selects none.
 */
const selected = (schema: z.ZodDiscriminatedUnion, value: unknown): z.ZodType | undefined => {
  if (!isRecord(value)) return undefined;
  const tag = value[schema._zod.def.discriminator];
  return (schema.options as readonly z.ZodType[]).find(
    (option) => option._zod.propValues?.[schema._zod.def.discriminator]?.has(tag as never) === true,
  );
};

/**
 * The keys the schema accepts at `path`, for the "expected one of" of an unknown key. `input`
 * is the whole input, walked along with the schema to pick the option of a union.
 */
const keysAt = (
  schema: z.ZodType,
  path: readonly PropertyKey[],
  input: unknown,
): readonly string[] => {
  let at: z.ZodType | undefined = unwrap(schema);
  let value: unknown = input;
  const select = (): void => {
    if (at instanceof z.ZodDiscriminatedUnion) {
      const option = selected(at, value);
      at = option === undefined ? undefined : unwrap(option);
    }
  };
  for (const key of path) {
    select();
    if (at instanceof z.ZodObject) {
      const next: z.ZodType | undefined = (at.shape as Record<PropertyKey, z.ZodType>)[key];
      at = next === undefined ? undefined : unwrap(next);
    } else if (at instanceof z.ZodArray) {
      at = unwrap(at.element as z.ZodType);
    } else {
      return [];
    }
    value =
      isRecord(value) || Array.isArray(value)
        ? (value as Record<PropertyKey, unknown>)[key]
        : undefined;
  }
  select();
  return at instanceof z.ZodObject ? Object.keys(at.shape) : [];
};

const pathOf = (path: readonly PropertyKey[]): string =>
  path.map((key) => String(key).slice(0, SHOWN_MAX)).join('.');

const problemOf = (schema: z.ZodType, issue: Issue, input: unknown): string => {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const expected = keysAt(schema, issue.path, input);
      const noun = issue.keys.length === 1 ? 'unknown key' : 'unknown keys';
      const keys = issue.keys.map(shown).join(', ');
      return expected.length === 0
        ? `${noun} ${keys}`
        : `${noun} ${keys}; expected one of ${expected.join(', ')}`;
    }
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}, got ${described(issue.input)}`;
    case 'invalid_type':
      return `must be ${article(issue.expected)}, got ${described(issue.input)}`;
    case 'invalid_union': {
      // A discriminated union (a holiday correction's `action`): the path already ends with
      // the discriminator, and the input is the object that carries it.
      const discriminator = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: readonly unknown[] }).options;
      if (discriminator !== undefined && options !== undefined) {
        const tag = isRecord(issue.input) ? issue.input[discriminator] : undefined;
        const got = tag === undefined ? 'nothing' : described(tag);
        return `must be one of ${options.map(String).join(', ')}, got ${got}`;
      }
      return issue.message;
    }
    default:
      return issue.message;
  }
};

/**
 * The error for zod's `issues` (parsed with `reportInput`) on `input`, the options as given.
 * An unknown key is reported first: it is what points at a typo.
 */
export const rulebookOptionsError = (
  schema: z.ZodType,
  issues: readonly Issue[],
  input?: unknown,
): RulebookOptionsError => {
  const issue = issues.find((i) => i.code === 'unrecognized_keys') ?? issues[0];
  if (issue === undefined) {
    return { code: 'INVALID_RULEBOOK_OPTIONS', path: '', message: 'invalid rulebook options' };
  }
  const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
  const path = pathOf(at);
  const subject = path === '' ? 'rulebook options' : `rulebook option ${path}`;
  return {
    code: 'INVALID_RULEBOOK_OPTIONS',
    path,
    message: `${subject}: ${problemOf(schema, issue, input)}`,
  };
};

/**
 * The error for options that are well-formed but cannot apply to the rulebook (a holiday
 * correction that removes a holiday that is not there): `path` names the key, as a list of
 * keys and indices, and `problem` says why.
 */
export const rulebookOptionRefused = (
  path: readonly PropertyKey[],
  problem: string,
): RulebookOptionsError => {
  const at = pathOf(path);
  const subject = at === '' ? 'rulebook options' : `rulebook option ${at}`;
  return { code: 'INVALID_RULEBOOK_OPTIONS', path: at, message: `${subject}: ${problem}` };
};
