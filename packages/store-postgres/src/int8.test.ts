import { describe, expect, it } from 'vitest';
import { fromInt8, wholeFromInt8 } from './int8.js';

describe('int8 columns (strings from node-postgres)', () => {
  it('converts safe integers and leaves everything else as it is, for the decoder to refuse', () => {
    expect(fromInt8('0')).toBe(0);
    expect(fromInt8('42')).toBe(42);
    expect(fromInt8('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    // past 2^53: kept as text, never rounded onto a neighbouring position
    expect(fromInt8('9007199254740993')).toBe('9007199254740993');
    expect(fromInt8('-1')).toBe('-1');
    expect(fromInt8('007')).toBe('007');
    expect(fromInt8('1e3')).toBe('1e3');
    expect(fromInt8(null)).toBeNull();
    expect(fromInt8(7)).toBe(7);
  });

  it('wholeFromInt8 answers a whole number ≥ 0 or undefined', () => {
    expect(wholeFromInt8('12')).toBe(12);
    expect(wholeFromInt8('9007199254740993')).toBeUndefined();
    expect(wholeFromInt8(null)).toBeUndefined();
    expect(wholeFromInt8('x')).toBeUndefined();
  });
});
