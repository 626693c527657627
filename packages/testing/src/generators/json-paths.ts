/**
 * Paths into a JSON command, and copies of it with one node replaced or removed: the tools
 * of the mutations that turn a valid command into a malformed one.
 */

export type JsonPath = readonly (string | number)[];

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  v !== null && typeof v === 'object';

/** Every path below the root, parents before children, in key order. */
export const pathsOf = (value: unknown, prefix: JsonPath = []): JsonPath[] => {
  if (!isContainer(value)) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
};

export const getAt = (value: unknown, path: JsonPath): unknown =>
  path.reduce<unknown>(
    (v, k) => (isContainer(v) ? (v as Record<string | number, unknown>)[k] : undefined),
    value,
  );

/** A deep copy of `value` with the node at `path` replaced; `undefined` removes it. */
export const setAt = <T>(value: T, path: JsonPath, replacement: unknown): T => {
  const copy = structuredClone(value);
  const parent = getAt(copy, path.slice(0, -1));
  const key = path.at(-1);
  if (!isContainer(parent) || key === undefined) return copy;
  const record = parent as Record<string | number, unknown>;
  if (replacement === undefined) delete record[key];
  else record[key] = replacement;
  return copy;
};

/** `a.b.0.c`, as zod and the decider name fields. */
export const showPath = (path: JsonPath): string => path.map(String).join('.');
