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

const notJson = (path: string, problem: string): E.Either<NotJson, JsonValue> =>
  E.left({ path, problem });

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
 * would, so that the in-memory store records exactly what a database would.
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
  const budget: Budget = { left: MAX_JSON_CHARS, indexKeys: false };
  const copied = copy(value, path, 0, new Set(), budget);
  if (E.isLeft(copied)) return copied;
  if (budget.left < 0) {
    return E.left({ path, problem: `is larger than ${MAX_JSON_CHARS} characters of JSON` });
  }
  const text = budget.indexKeys ? canonicalText(copied.right) : JSON.stringify(copied.right);
  return E.right({ value: copied.right, text });
};

/** What a copy may still spend, and whether it met a key that JavaScript orders as an index. */
interface Budget {
  left: number;
  indexKeys: boolean;
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;

/** A key an object lists before its other keys, in numeric order (an array index, < 2^32 - 1). */
const isIndexKey = (key: string): boolean => {
  const first = key.charCodeAt(0);
  return first >= 48 && first <= 57 && ARRAY_INDEX.test(key) && Number(key) < 4294967295;
};

const copy = (
  value: unknown,
  path: string,
  depth: number,
  ancestors: Set<object>,
  budget: Budget,
): E.Either<NotJson, JsonValue> => {
  budget.left -= typeof value === 'string' ? value.length + 2 : 24;
  if (budget.left < 0)
    return notJson(path, `makes the data larger than ${MAX_JSON_CHARS} characters of JSON`);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return E.right(value);
  }
  if (typeof value === 'object') {
    if (ancestors.has(value)) return notJson(path, 'refers back to itself (a cycle), not JSON');
    if (depth >= MAX_JSON_DEPTH) {
      return notJson(path, `nests deeper than ${MAX_JSON_DEPTH} levels`);
    }
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? E.right(value)
      : notJson(path, `is ${value}, not a JSON number`);
  }
  if (Array.isArray(value)) {
    ancestors.add(value);
    const out: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = copy(value[i], `${path}[${i}]`, depth + 1, ancestors, budget);
      if (E.isLeft(item)) return item;
      out.push(item.right);
    }
    ancestors.delete(value);
    return E.right(out);
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    ancestors.add(value);
    const out: Record<string, JsonValue> = {};
    for (const key of Object.keys(value).sort()) {
      const item = (value as Record<string, unknown>)[key];
      if (FORBIDDEN_KEYS.has(key)) return notJson(`${path}.${key}`, 'is a key no store may keep');
      if (!budget.indexKeys && isIndexKey(key)) budget.indexKeys = true;
      if (item === undefined) continue;
      budget.left -= key.length + 3;
      const converted = copy(item, `${path}.${key}`, depth + 1, ancestors, budget);
      if (E.isLeft(converted)) return converted;
      out[key] = converted.right;
    }
    ancestors.delete(value);
    return E.right(out);
  }
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  return notJson(path, `is a ${kind}, not JSON`);
};
