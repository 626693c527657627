/**
 * A fast yes for the common case of a zod parse: a predicate compiled from a zod schema that
 * answers `true` only when the schema accepts the value **and** would return it unchanged
 * (same keys, same values: no trimming, no stripped keys, no defaults). Decoders call it first
 * and hand the value on as it is; on `false` they run the zod schema itself, which gives the
 * result and the error message exactly as before. So the predicate can only make a parse
 * faster, never change what it answers (property tests hold it to zod: `true` implies zod's
 * success with an equal output, and every value zod returns unchanged gets `true`).
 *
 * Why: in a read-model rebuild, zod's generic machinery (payload objects, issue arrays, a
 * run per node) was the largest single cost after reading the rows. The predicate walks the
 * same definitions with one closure per node and allocates nothing on success.
 *
 * Each node's own checks (lengths, formats, regexes, refinements, integer formats) are zod's
 * own check objects, run as zod runs them, so no rule is written twice. Only the structure
 * (object, array, optional, nullable, enum, literal, the primitive types, unions of literals
 * and discriminated unions) is walked here. A schema with anything else in it (transforms,
 * pipes, preprocessing, defaults, coercion, records, lazy or unknown types) compiles to
 * `undefined`: the caller keeps using zod for it.
 */
import type { z } from 'zod';

/** True only when the schema accepts the value and would return it unchanged. */
export type PlainValidator = (value: unknown) => boolean;

/** The parts of zod's internal definition this walker reads (zod/v4/core, `_zod.def`). */
interface ZodInternals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly ZodCheckLike[];
    readonly coerce?: boolean;
    readonly shape?: Readonly<Record<string, ZodLike>>;
    readonly catchall?: ZodLike;
    readonly element?: ZodLike;
    readonly innerType?: ZodLike;
    readonly options?: readonly ZodLike[];
    readonly discriminator?: string;
    readonly unionFallback?: boolean;
  };
  readonly traits: ReadonlySet<string>;
  readonly values?: ReadonlySet<unknown>;
  readonly check?: (payload: CheckPayload) => unknown;
}

interface ZodLike {
  readonly _zod: ZodInternals;
}

interface ZodCheckLike {
  readonly _zod: { readonly check: (payload: CheckPayload) => unknown };
}

interface CheckPayload {
  value: unknown;
  readonly issues: unknown[];
}

/**
 * A plain object, as JSON.parse makes them. zod accepts any non-array object and returns a plain
 * one; an object with another prototype (or none) would come back changed, so zod decides it.
 */
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;

/** A plain array (zod returns one for any array). */
const isArray = (value: unknown): value is unknown[] =>
  Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;

/**
 * The node's checks as zod runs them: the schema itself first when it is a check (string
 * formats, integer formats), then its `checks`. Passing means no issue and no overwritten value.
 */
const checksOf = (schema: ZodLike): PlainValidator | undefined => {
  const internals = schema._zod;
  const checks: ZodCheckLike[] = [];
  if (internals.traits.has('$ZodCheck')) checks.push(schema as unknown as ZodCheckLike);
  checks.push(...(internals.def.checks ?? []));
  if (checks.length === 0) return undefined;
  // One payload for every call, reset before each check: a rebuild runs these checks millions
  // of times, and a fresh object and array per check was a tenth of its garbage. A check that
  // re-entered this closure (a refinement parsing with the same schema) gets its own payload.
  const shared: CheckPayload = { value: undefined, issues: [] };
  let busy = false;
  return (value) => {
    const payload: CheckPayload = busy ? { value, issues: [] } : shared;
    const owner = !busy;
    busy = true;
    try {
      for (const check of checks) {
        payload.value = value;
        if (payload.issues.length !== 0) payload.issues.length = 0;
        const result = check._zod.check(payload);
        // An async refinement cannot answer here: zod decides (and says it cannot parse
        // synchronously). Whatever it writes into the payload later only ever makes a later
        // answer `false`, that is, zod's.
        if (result instanceof Promise) return false;
        if (payload.issues.length > 0 || payload.value !== value) return false;
      }
      return true;
    } finally {
      if (owner) {
        busy = false;
        shared.value = undefined;
        if (shared.issues.length !== 0) shared.issues.length = 0;
      }
    }
  };
};

const withChecks = (
  structure: PlainValidator,
  checks: PlainValidator | undefined,
): PlainValidator =>
  checks === undefined ? structure : (value) => structure(value) && checks(value);

const compileObject = (internals: ZodInternals): PlainValidator | undefined => {
  const { shape, catchall } = internals.def;
  if (shape === undefined) return undefined;
  // Strict (catchall never) refuses unknown keys; strip (no catchall) drops them, so the output
  // would differ: either way, a plain value has none. Any other catchall keeps them: unsupported.
  if (catchall !== undefined && catchall._zod.def.type !== 'never') return undefined;
  const fields: { key: string; valid: PlainValidator }[] = [];
  for (const key of Object.keys(shape)) {
    const valid = compilePlainValidator(shape[key] as unknown as z.ZodType);
    if (valid === undefined) return undefined;
    fields.push({ key, valid });
  }
  const byKey = new Map(fields.map((f) => [f.key, f.valid]));
  return (value) => {
    if (!isObject(value)) return false;
    // Key by key as the object lists them (a load V8 serves from the for-in cache), so an
    // unknown key and a wrong value are found in one pass.
    let seen = 0;
    for (const key in value) {
      const valid = byKey.get(key);
      if (valid === undefined || !valid(value[key])) return false;
      seen++;
    }
    if (seen === fields.length) return true;
    // Some field is absent: it reads as undefined, which only an optional field accepts (as in zod).
    for (const field of fields) {
      if (!Object.hasOwn(value, field.key) && !field.valid(value[field.key])) return false;
    }
    return true;
  };
};

const compileArray = (internals: ZodInternals): PlainValidator | undefined => {
  const { element } = internals.def;
  if (element === undefined) return undefined;
  const valid = compilePlainValidator(element as unknown as z.ZodType);
  if (valid === undefined) return undefined;
  return (value) => {
    if (!isArray(value)) return false;
    for (let i = 0; i < value.length; i++) if (!valid(value[i])) return false;
    return true;
  };
};

/** A discriminated union: the option named by the discriminator's value decides, as in zod. */
const compileDiscriminated = (internals: ZodInternals): PlainValidator | undefined => {
  const { discriminator, options, unionFallback } = internals.def;
  if (discriminator === undefined || options === undefined || unionFallback === true) {
    return undefined;
  }
  const byValue = new Map<unknown, PlainValidator>();
  for (const option of options) {
    const tag = option._zod.def.shape?.[discriminator]?._zod.values;
    if (tag === undefined) return undefined;
    const valid = compilePlainValidator(option as unknown as z.ZodType);
    if (valid === undefined) return undefined;
    for (const value of tag) {
      if (value === undefined || byValue.has(value)) return undefined;
      byValue.set(value, valid);
    }
  }
  return (value) => {
    if (!isObject(value)) return false;
    const valid = byValue.get(value[discriminator]);
    return valid?.(value) === true;
  };
};

const compileUnion = (internals: ZodInternals): PlainValidator | undefined => {
  if (internals.def.discriminator !== undefined) return compileDiscriminated(internals);
  // Only unions of literals and enums: zod takes the first option that succeeds, and for those
  // any success returns the value itself.
  const values = new Set<unknown>();
  for (const option of internals.def.options ?? []) {
    const type = option._zod.def.type;
    const own = option._zod.values;
    if ((type !== 'literal' && type !== 'enum') || own === undefined) return undefined;
    if ((option._zod.def.checks ?? []).length > 0) return undefined;
    for (const value of own) values.add(value);
  }
  return (value) => values.has(value);
};

const compileStructure = (schema: ZodLike): PlainValidator | undefined => {
  const internals = schema._zod;
  const { def } = internals;
  if (def.coerce === true) return undefined;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal':
    case 'enum': {
      const values = internals.values;
      return values === undefined ? undefined : (value) => values.has(value);
    }
    case 'optional':
    case 'nullable': {
      if (def.innerType === undefined) return undefined;
      const inner = compilePlainValidator(def.innerType as unknown as z.ZodType);
      if (inner === undefined) return undefined;
      const empty = def.type === 'optional' ? undefined : null;
      return (value) => value === empty || inner(value);
    }
    case 'object':
      return compileObject(internals);
    case 'array':
      return compileArray(internals);
    case 'union':
      return compileUnion(internals);
    default:
      return undefined;
  }
};

const compiled = new WeakMap<object, PlainValidator | null>();

/**
 * The plain-value predicate of `schema`, or `undefined` when the schema uses something this
 * walker does not follow (then use zod alone). Compiled once per schema object.
 */
export const compilePlainValidator = (schema: z.ZodType): PlainValidator | undefined => {
  const known = compiled.get(schema);
  if (known !== undefined) return known ?? undefined;
  const node = schema as unknown as ZodLike;
  const structure = compileStructure(node);
  const result = structure === undefined ? undefined : withChecks(structure, checksOf(node));
  compiled.set(schema, result ?? null);
  return result;
};
