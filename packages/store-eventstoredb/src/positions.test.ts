import { describe, expect, it } from 'vitest';
import { isAfter, readFromAfter, toGlobalPosition } from './positions.js';

describe('position mapping', () => {
  it('netra position = prepare position; unsafe ones are handed on as bigint, never rounded', () => {
    expect(toGlobalPosition({ commit: 300n, prepare: 200n })).toBe(200);
    expect(toGlobalPosition(undefined)).toBeUndefined();
    const unsafe = BigInt(Number.MAX_SAFE_INTEGER) + 2n;
    expect(toGlobalPosition({ commit: unsafe, prepare: unsafe })).toBe(unsafe);
  });

  it('resumes from {p, p} (the start for 0), and orders $all by commit then prepare', () => {
    expect(readFromAfter(0)).toBe('start');
    expect(readFromAfter(1234)).toEqual({ commit: 1234n, prepare: 1234n });
    expect(isAfter({ commit: 2n, prepare: 1n }, { commit: 1n, prepare: 5n })).toBe(true);
    expect(isAfter({ commit: 2n, prepare: 3n }, { commit: 2n, prepare: 2n })).toBe(true);
    expect(isAfter({ commit: 2n, prepare: 2n }, { commit: 2n, prepare: 2n })).toBe(false);
  });
});
