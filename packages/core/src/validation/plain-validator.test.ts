import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compilePlainValidator } from './plain-validator.js';

/** The predicate's contract, for one schema and one value: see plain-validator.ts. */
const holdsToZod = (schema: z.ZodType, value: unknown): void => {
  const valid = compilePlainValidator(schema);
  if (valid === undefined) throw new Error('schema did not compile');
  const parsed = schema.safeParse(value);
  const unchanged = parsed.success && isDeepStrictEqual(parsed.data, value);
  expect(valid(value), JSON.stringify(value)).toBe(unchanged);
};

const person = z.strictObject({
  name: z.string().trim().min(1).max(10),
  age: z.int().min(0).optional(),
  tags: z
    .array(z.enum(['A', 'B']))
    .max(2)
    .refine((xs) => new Set(xs).size === xs.length),
  at: z.iso.datetime({ offset: true }).nullable(),
  kind: z.union([z.literal(1), z.literal(2)]),
  code: z.string().regex(/^\d{2}$/),
});

const good = {
  name: 'Ani',
  age: 40,
  tags: ['A'],
  at: '2024-10-01T09:00:00+07:00',
  kind: 1,
  code: '34',
};

describe('compilePlainValidator: true only when zod accepts and returns the value unchanged', () => {
  it('accepts a valid value, with and without an optional key', () => {
    const valid = compilePlainValidator(person);
    expect(valid?.(good)).toBe(true);
    const { age: _age, ...withoutAge } = good;
    expect(valid?.(withoutAge)).toBe(true);
    holdsToZod(person, withoutAge);
  });

  it.each([
    ['a string zod would trim', { ...good, name: ' Ani ' }],
    ['a string too long', { ...good, name: 'x'.repeat(11) }],
    ['an empty string (after trimming)', { ...good, name: '  ' }],
    ['a fractional integer', { ...good, age: 40.5 }],
    ['a number below its minimum', { ...good, age: -1 }],
    ['NaN', { ...good, age: Number.NaN }],
    ['a repeated entry (a refinement)', { ...good, tags: ['A', 'A'] }],
    ['too many entries', { ...good, tags: ['A', 'B', 'A'] }],
    ['a value outside the enum', { ...good, tags: ['C'] }],
    ['a datetime without offset', { ...good, at: '2024-10-01T09:00:00' }],
    ['a literal outside the union', { ...good, kind: 3 }],
    ['a string failing its regex', { ...good, code: '3' }],
    ['an unknown key of a strict object', { ...good, extra: 1 }],
    ['a missing required key', { ...good, name: undefined }],
    ['an array where an object belongs', [good]],
    ['null', null],
  ])('refuses %s', (_what, value) => {
    expect(compilePlainValidator(person)?.(value)).toBe(false);
    holdsToZod(person, value);
  });

  it('refuses an unknown key of a stripping object (zod would drop it: the output differs)', () => {
    const loose = z.object({ a: z.string() });
    expect(compilePlainValidator(loose)?.({ a: 'x', b: 1 })).toBe(false);
    expect(loose.safeParse({ a: 'x', b: 1 }).success).toBe(true);
    expect(compilePlainValidator(loose)?.({ a: 'x' })).toBe(true);
  });

  it('follows a discriminated union by its tag, as zod does', () => {
    const shape = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('circle'), r: z.number().positive() }),
      z.strictObject({ kind: z.literal('square'), side: z.number() }),
    ]);
    for (const value of [
      { kind: 'circle', r: 1 },
      { kind: 'circle', r: -1 },
      { kind: 'circle', side: 1 },
      { kind: 'square', side: 2 },
      { kind: 'triangle', side: 2 },
      {},
    ]) {
      holdsToZod(shape, value);
    }
  });

  it('compiles to undefined for what it does not follow (zod alone decides there)', () => {
    expect(compilePlainValidator(z.string().transform((s) => s.length))).toBeUndefined();
    expect(compilePlainValidator(z.coerce.number())).toBeUndefined();
    expect(compilePlainValidator(z.record(z.string(), z.string()))).toBeUndefined();
    expect(compilePlainValidator(z.object({ a: z.string().default('x') }))).toBeUndefined();
    expect(compilePlainValidator(z.looseObject({ a: z.string() }))).toBeUndefined();
    expect(compilePlainValidator(z.union([z.string(), z.number()]))).toBeUndefined();
    expect(compilePlainValidator(z.preprocess((x) => x, z.string()))).toBeUndefined();
  });

  it('answers false, leaving it to zod, for an async refinement', () => {
    const later = z.string().refine(async () => true);
    expect(compilePlainValidator(later)?.('x')).toBe(false);
  });

  it('holds to zod for any value at all (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.oneof(fc.string({ maxLength: 12 }), fc.anything()),
          age: fc.oneof(fc.integer({ min: -2, max: 3 }), fc.double(), fc.constant(undefined)),
          tags: fc.oneof(fc.array(fc.constantFrom('A', 'B', 'C'), { maxLength: 3 }), fc.anything()),
          at: fc.oneof(fc.constantFrom(null, good.at, '2024-10-01T09:00:00Z', '2024'), fc.string()),
          kind: fc.oneof(fc.constantFrom(1, 2, 3, '1'), fc.anything()),
          code: fc.oneof(fc.constantFrom('34', '3', ' 34'), fc.string({ maxLength: 3 })),
        }),
        (value) => holdsToZod(person, value),
      ),
      { numRuns: 2000 },
    );
  });
});
