import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_CHARS, MAX_JSON_DEPTH, toJsonValue, toStorableJson } from './json-value.js';

const refusal = (value: unknown, path?: string) => {
  const result = toStorableJson(value, path);
  if (result._tag === 'Right') throw new Error(`accepted ${String(value)}`);
  return result.left;
};

const holey: unknown[] = [1];
holey[2] = 3;

describe('toStorableJson names the first part that is not JSON, by its path', () => {
  it.each([
    ['a Date', { a: { when: new Date(0) } }, '$.a.when', 'is a Date, not JSON'],
    ['a Map in an array', { list: [1, new Map()] }, '$.list[1]', 'is a Map, not JSON'],
    ['NaN', { n: [[0, Number.NaN]] }, '$.n[0][1]', 'is NaN, not a JSON number'],
    ['Infinity', { x: Number.POSITIVE_INFINITY }, '$.x', 'is Infinity, not a JSON number'],
    ['a function', { f: () => 1 }, '$.f', 'is a function, not JSON'],
    ['a bigint', { b: 1n }, '$.b', 'is a bigint, not JSON'],
    ['a hole in an array', { h: holey }, '$.h[1]', 'is a undefined, not JSON'],
    ['a symbol', { s: Symbol('s') }, '$.s', 'is a symbol, not JSON'],
  ])('%s', (_, value, path, problem) => {
    expect(refusal(value)).toEqual({ path, problem });
  });

  it('a cycle, at the object that refers back', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.inner = { list: [a] };
    expect(refusal(a)).toEqual({
      path: '$.inner.list[0]',
      problem: 'refers back to itself (a cycle), not JSON',
    });
  });

  it('a __proto__ key, as a key no store may keep, under the caller root', () => {
    const value = JSON.parse('{"ok":1,"nested":{"__proto__":{"admin":true}}}');
    expect(refusal(value, 'events[0].data')).toEqual({
      path: 'events[0].data.nested.__proto__',
      problem: 'is a key no store may keep',
    });
  });

  it('nesting deeper than the bound, where it goes past it', () => {
    let value: unknown = 'leaf';
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) value = [value];
    const left = refusal(value);
    expect(left.problem).toBe(`nests deeper than ${MAX_JSON_DEPTH} levels`);
    expect(left.path).toBe(`$${'[0]'.repeat(MAX_JSON_DEPTH)}`);
  });

  it('data larger than the character budget', () => {
    const left = refusal({ a: 'x'.repeat(MAX_JSON_CHARS) });
    expect(left).toEqual({
      path: '$.a',
      problem: `makes the data larger than ${MAX_JSON_CHARS} characters of JSON`,
    });
  });

  it('-0 is copied as 0, the number its JSON text reads back as', () => {
    const copied = toJsonValue({ a: -0, b: [-0] });
    expect(copied).toEqual({ _tag: 'Right', right: { a: 0, b: [0] } });
    if (copied._tag === 'Right') expect(Object.is((copied.right as { a: number }).a, 0)).toBe(true);
  });

  it('the same value, copied after a refusal, is copied whole (no state left behind)', () => {
    const shared = { k: [1, 2, { z: true }] };
    expect(refusal({ shared, bad: new Set() }).path).toBe('$.bad');
    expect(toJsonValue({ shared })).toEqual({ _tag: 'Right', right: { shared } });
  });
});

describe('toStorableJson copies JSON as JSON', () => {
  it('equals the JSON round trip, keys sorted, undefined properties dropped, no input shared', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.option(fc.constant(undefined)), (value, extra) => {
        // an own __proto__ key is refused (above), whatever else the value holds
        fc.pre(!JSON.stringify(value).includes('"__proto__"'));
        const input =
          value !== null && typeof value === 'object' && !Array.isArray(value)
            ? { ...value, dropped: extra ?? undefined }
            : value;
        const storable = toStorableJson(input);
        if (storable._tag === 'Left') return false;
        expect(storable.right.value).toEqual(JSON.parse(JSON.stringify(input)));
        expect(JSON.parse(storable.right.text)).toEqual(storable.right.value);
        if (storable.right.value !== null && typeof storable.right.value === 'object') {
          expect(storable.right.value).not.toBe(input);
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});
