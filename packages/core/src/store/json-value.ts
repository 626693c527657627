import { either as E } from 'fp-ts';

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
 * Copies `value` as plain JSON, or names the first part that is not JSON (a Date, a Map,
 * NaN, a function, a bigint…). Object properties that are `undefined` are dropped, as
 * JSON.stringify would, so that the in-memory store records exactly what a database would.
 */
export const toJsonValue = (value: unknown, path = '$'): E.Either<string, JsonValue> => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return E.right(value);
  }
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? E.right(value)
      : E.left(`${path} is ${value}, not a JSON number`);
  }
  if (Array.isArray(value)) {
    const out: JsonValue[] = [];
    for (let i = 0; i < value.length; i++) {
      const item = toJsonValue(value[i], `${path}[${i}]`);
      if (E.isLeft(item)) return item;
      out.push(item.right);
    }
    return E.right(out);
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const out: Record<string, JsonValue> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue;
      const converted = toJsonValue(item, `${path}.${key}`);
      if (E.isLeft(converted)) return converted;
      out[key] = converted.right;
    }
    return E.right(out);
  }
  const kind = typeof value === 'object' ? (value.constructor?.name ?? 'object') : typeof value;
  return E.left(`${path} is a ${kind}, not JSON`);
};
