/**
 * Turns a zod issue into the field and problem a CaseError reports. zod puts an unknown key's
 * name in `keys`, not in the path, so it is added here: the clerk is told `respondents.0.nama`,
 * not `respondents.0`. Every name echoed back is shortened, so a 10 MiB key cannot make a
 * 10 MiB error message.
 */
import type { z } from 'zod';
import { CASE_FIELD_LIMITS } from './limits.js';

export interface IssueAt {
  /** Dotted path of the offending field, e.g. `meta.actor.scope.regionCode`. */
  readonly field: string;
  readonly problem: string;
}

type Issue = z.core.$ZodIssue;

/** A key or value as it may be shown: at most CASE_FIELD_LIMITS.id characters. */
export const shown = (key: PropertyKey): string => {
  const text = String(key);
  return text.length > CASE_FIELD_LIMITS.id ? `${text.slice(0, CASE_FIELD_LIMITS.id)}…` : text;
};

const fieldOf = (path: readonly PropertyKey[]): string => path.map(shown).join('.');

const quoted = (keys: readonly string[]): string => keys.map((k) => `'${shown(k)}'`).join(', ');

/**
 * The issue to report: an unknown key first, because a misspelt key (`descripton`) also shows
 * up as the missing field it was meant to be, and the unknown name is what points at the typo.
 */
export const chooseIssue = (issues: readonly Issue[]): Issue | undefined =>
  issues.find((issue) => issue.code === 'unrecognized_keys') ?? issues[0];

/** Field and problem of `issue`, its path under `prefix` (e.g. `meta.actor`). */
export const issueAt = (issue: Issue, prefix: readonly PropertyKey[] = []): IssueAt => {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'unrecognized_keys') {
    const [first = ''] = issue.keys;
    const noun = issue.keys.length === 1 ? 'unknown field' : 'unknown fields';
    return { field: fieldOf([...path, first]), problem: `${noun} ${quoted(issue.keys)}` };
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues[0]?.message ?? 'is not allowed';
    return { field: fieldOf(path), problem: `the field name ${inner}` };
  }
  return { field: fieldOf(path), problem: issue.message };
};
