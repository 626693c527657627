import { either as E } from 'fp-ts';
import { canonicalText } from './canonical-text.js';

export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

const isPlainObject = (value: object): boolean => {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

/**
 * How deeply event data may nest. Case events nest four or five levels; the bound keeps every
 * recursive step (this copy, canonical JSON, the driver's serialiser) far from the call-stack
 * limit, so that hostile data is a typed refusal and never a `RangeError`.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * The most an event's data may hold, counted as characters of its JSON text (strings, keys and
 * punctuation; numbers and literals as at most 24). A neutrality case's largest event (a report
 * with its respondents) is a few tens of KiB; 1 Mi characters (EventStoreDB's default append
 * limit is 1 MiB) leaves room for any real one and keeps a 10 MiB string out of every store.
 */
export const MAX_JSON_CHARS = 1024 * 1024;

/** Where a value stops being storable JSON, and why. */
export interface NotJson {
  readonly path: string;
  readonly problem: string;
}

/**
 * Keys refused in stored data: `__proto__` is dropped or turned into a prototype by plain
 * object assignment in one place and kept as a key by a JSON parser in another, so two stores
 * would record different data for it. Refused everywhere, the same way.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__']);

/**
 * Copies `value` as plain JSON, or names the first part that is not JSON (a Date, a Map,
 * NaN, a function, a bigint, a cycle, nesting deeper than {@link MAX_JSON_DEPTH}, a
 * `__proto__` key). Object properties that are `undefined` are dropped, as JSON.stringify
 * would, and -0 becomes 0 (its JSON text), so that the in-memory store records exactly what a
 * database would.
 */
export const toJsonValue = (value: unknown, path = '$'): E.Either<NotJson, JsonValue> =>
  E.map((storable: StorableJson) => storable.value)(toStorableJson(value, path));

/** A value copied as plain JSON, with its RFC 8785 canonical text. */
export interface StorableJson {
  readonly value: JsonValue;
  readonly text: string;
}

/**
 * {@link toJsonValue}, and the copy's canonical text. The copy's objects get their keys in
 * sorted order (UTF-16 code units, RFC 8785's order), so every store hands back data with
 * the same key order, and the canonical text is then JSON.stringify's native output — except
 * where an object has a key that is an array index ('0', '10'): JavaScript lists those first,
 * in numeric order, whatever the insertion order, so those copies are written out by
 * `canonicalText` instead.
 */
export const toStorableJson = (value: unknown, path = '$'): E.Either<NotJson, StorableJson> => {
  const walk: Walk = {
    left: MAX_JSON_CHARS,
    indexKeys: false,
    root: path,
    trail: [],
    ancestors: new Set(),
  };
  let copied: JsonValue;
  try {
    copied = copy(value, 0, walk);
  } catch (error) {
    if (error instanceof Refusal) return E.left({ path: error.path, problem: error.problem });
    throw error;
  }
  if (walk.left < 0) {
    return E.left({ path, problem: `is larger than ${MAX_JSON_CHARS} characters of JSON` });
  }
  const text = walk.indexKeys ? canonicalText(copied) : JSON.stringify(copied);
  return E.right({ value: copied, text });
};

/**
 * One copy in progress: what it may still spend, whether it met a key that JavaScript orders as
 * an index, and where it is. The path is kept as a trail of keys and indexes and written out
 * only when a part is refused, so a copy builds no string and no `Either` per node (this walk
 * is on every append's path).
 */
interface Walk {
  left: number;
  indexKeys: boolean;
  readonly root: string;
  readonly trail: (string | number)[];
  readonly ancestors: Set<object>;
}

/** A refusal on its way out of the walk; `toStorableJson` turns it into a `NotJson`. */
class Refusal {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {}
}

const refuse = (walk: Walk, problem: string): never => {
  let path = walk.root;
  for (const step of walk.trail) path += typeof step === 'number' ? `[${step}]` : `.${step}`;
  throw new Refusal(path, problem);
};

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** A key an object lists before its other keys, in numeric order (an array index, < 2^32 - 1). */
const isIndexKey = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 4294967295;
};

const copy = (value: unknown, depth: number, walk: Walk): JsonValue => {
  walk.left -= typeof value === 'string' ? value.length + 2 : 24;
  if (walk.left < 0)
    refuse(walk, `makes the data larger than ${MAX_JSON_CHARS} characters of JSON`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) refuse(walk, `is ${value}, not a JSON number`);
    // -0 is written "0" (JSON, RFC 8785): the copy holds what a store reads back
    return value === 0 ? 0 : value;
  }
  if (typeof value !== 'object') return refuse(walk, `is a ${typeof value}, not JSON`);
  if (walk.ancestors.has(value)) refuse(walk, 'refers back to itself (a cycle), not JSON');
  if (depth >= MAX_JSON_DEPTH) refuse(walk, `nests deeper than ${MAX_JSON_DEPTH} levels`);
  const { trail, ancestors } = walk;
  if (Array.isArray(value)) {
    ancestors.add(value);
    const out: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) {
      trail.push(i);
      out.push(copy(value[i], depth + 1, walk));
      trail.pop();
    }
    ancestors.delete(value);
    return out;
  }
  if (!isPlainObject(value)) {
    return refuse(walk, `is a ${value.constructor?.name ?? 'object'}, not JSON`);
  }
  ancestors.add(value);
  const out: Record<string, JsonValue> = {};
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    trail.push(key);
    if (FORBIDDEN_KEYS.has(key)) refuse(walk, 'is a key no store may keep');
    if (!walk.indexKeys && isIndexKey(key)) walk.indexKeys = true;
    if (item !== undefined) {
      walk.left -= key.length + 3;
      out[key] = copy(item, depth + 1, walk);
    }
    trail.pop();
  }
  ancestors.delete(value);
  return out;
};
