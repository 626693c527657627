/**
 * Mutations the strict, bounded boundary must refuse (core `case/parse.ts`, `schema/limits.ts`):
 * a key no schema knows (a typo, an Indonesian field name, an own `__proto__`) added to any
 * object of the command, and a string one character past its field's limit.
 */
import { CASE_FIELD_LIMITS, type CaseErrorCode } from '@netra/core';
import type { Chooser } from './chooser.js';
import { getAt, type JsonPath, pathsOf, showPath } from './json-paths.js';
import { commandAt, everyPosition, type MutationClass } from './malformed.js';
import { inScope, OPTIONAL_KEYS } from './malformed-fields.js';

/** Roles whose scope is a typed object (roles.ts); the others' scope is a free record. */
const TYPED_SCOPE_ROLES = ['bawaslu', 'satgas', 'superior', 'ppk', 'gakkumdu'];

/** Keys a schema may accept where they are absent: never offered as unknown. */
const MAYBE_KNOWN = new Set([...OPTIONAL_KEYS, 'nip', 'skbCode', 'evidence']);

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const isScope = (path: JsonPath): boolean => showPath(path) === 'meta.actor.scope';

/**
 * Unknown keys for the object at `path`. An own `__proto__` is refused by the command schema
 * wherever it is (zod's record would drop it silently); any other key in a typed actor scope
 * passes the loose scope record and is refused by the actor check; a free scope (reporter,
 * supervisor…) is a record where another entry is allowed, so only `__proto__` is offered.
 */
const unknownKeysFor = (
  command: unknown,
  path: JsonPath,
  object: Record<string, unknown>,
): readonly string[] => {
  const present = Object.keys(object);
  if (isScope(path)) {
    if (!TYPED_SCOPE_ROLES.includes(String(getAt(command, ['meta', 'actor', 'role']))))
      return ['__proto__'];
    const keys = ['regionCode', 'agencyId', 'bawasluLevel', 'wilayah', '__proto__'];
    return keys.filter((k) => !present.includes(k));
  }
  const typos = present.flatMap((k) => [`${k}s`, k.length > 3 ? k.slice(0, -1) : `${k}_`]);
  return [...typos, 'nota', 'nama', 'catatan', 'keterangan', '__proto__'].filter(
    (k) => !present.includes(k) && !MAYBE_KNOWN.has(k),
  );
};

const codesFor = (path: JsonPath, key: string): CaseErrorCode[] =>
  isScope(path) && key !== '__proto__' ? ['INVALID_ACTOR'] : ['INVALID_COMMAND'];

/** A deep copy of `value` with an own property `key` on the object at `path` (even `__proto__`). */
const withOwnKey = <T>(value: T, path: JsonPath, key: string, extra: unknown): T => {
  const copy = structuredClone(value);
  const target = path.length === 0 ? copy : getAt(copy, path);
  if (isPlainObject(target)) {
    Object.defineProperty(target, key, {
      value: extra,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
};

export const unknownField: MutationClass = {
  name: 'unknown-field',
  weight: 6,
  positions: everyPosition,
  draw: (c: Chooser, h, position) => {
    const command = commandAt(h, position);
    const objects: JsonPath[] = [[], ...pathsOf(command)].filter((p) =>
      isPlainObject(p.length === 0 ? command : getAt(command, p)),
    );
    const candidates = objects.flatMap((path) => {
      const object = (path.length === 0 ? command : getAt(command, path)) as Record<
        string,
        unknown
      >;
      const keys = unknownKeysFor(command, path, object);
      return keys.length === 0 ? [] : [{ path, keys }];
    });
    const { path, keys } = c.pick(candidates);
    const key = c.pick(keys);
    // The loose scope record holds strings: another value would fail as a wrong type first.
    const extra = isScope(path) ? c.pick(['x', '34.02']) : c.pick(['x', 'Catatan.', 1, null, {}]);
    return {
      input: withOwnKey(command, path, key, extra),
      detail: `${showPath([...path, key]) || key} = ${JSON.stringify(extra)}`,
      acceptable: codesFor(path, key),
    };
  },
};

const ID_KEYS = new Set([
  'commandId',
  'correlationId',
  'causationId',
  'caseId',
  'id',
  'role',
  'respondentId',
  'registrationNumber',
  'letterNumber',
  'agencyId',
  'nip',
]);
const NAME_KEYS = new Set(['name', 'place', 'address', 'unit', 'position', 'addressee']);
const TEXT_KEYS = new Set(['description', 'note', 'reason', 'summary', 'statement']);

/** The limit of the string at `path`; format-bound strings (dates, enums, codes) get the id one. */
const limitOf = (path: JsonPath): number => {
  const key = path.at(-1);
  if (typeof key === 'number' && path.at(-2) === 'copies') return CASE_FIELD_LIMITS.name;
  if (typeof key !== 'string' || inScope(path) || ID_KEYS.has(key)) return CASE_FIELD_LIMITS.id;
  if (NAME_KEYS.has(key)) return CASE_FIELD_LIMITS.name;
  if (TEXT_KEYS.has(key)) return CASE_FIELD_LIMITS.text;
  if (key === 'ref') return CASE_FIELD_LIMITS.evidenceRef;
  return CASE_FIELD_LIMITS.id;
};

export const oversizedValue: MutationClass = {
  name: 'oversized-value',
  weight: 5,
  positions: everyPosition,
  draw: (c: Chooser, h, position) => {
    const command = commandAt(h, position);
    const path = c.pick(pathsOf(command).filter((p) => typeof getAt(command, p) === 'string'));
    const length = limitOf(path) + 1;
    const copy = structuredClone(command) as unknown;
    const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path.at(-1) ?? ''] = 'a'.repeat(length);
    const isRegime = showPath(path) === 'regime';
    return {
      input: copy,
      detail: `${showPath(path)} of ${length} characters`,
      acceptable: isRegime ? ['UNKNOWN_REGIME', 'INVALID_COMMAND'] : ['INVALID_COMMAND'],
    };
  },
};
