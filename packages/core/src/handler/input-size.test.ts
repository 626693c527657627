import { describe, expect, it } from 'vitest';
import { checkInputSize } from './input-size.js';

const limits = { maxBytes: 200, maxDepth: 4 };

describe('checkInputSize names where a limit was passed', () => {
  it('counts the bytes of the JSON the input would be', () => {
    expect(checkInputSize({ a: 'xy', b: [1, null] }, limits)).toEqual({ _tag: 'Right', right: 36 });
  });

  it('names the field where the size limit is passed, down lists and objects', () => {
    const input = { case: { respondents: [{ name: 'a' }, { name: 'x'.repeat(300) }] } };
    expect(checkInputSize(input, limits)).toMatchObject({
      _tag: 'Left',
      left: { field: 'case.respondents.1.name', limit: 200 },
    });
  });

  it('names a cycle and a nesting too deep by their place', () => {
    const loop: Record<string, unknown> = { a: [] };
    (loop.a as unknown[]).push({ back: loop });
    expect(checkInputSize(loop, limits)).toMatchObject({
      _tag: 'Left',
      left: { field: 'a.0.back' },
    });
    expect(checkInputSize({ a: { b: { c: { d: { e: 1 } } } } }, limits)).toMatchObject({
      _tag: 'Left',
      left: { field: 'a.b.c.d', limit: 4 },
    });
  });

  it('accepts the same object used twice (not a cycle)', () => {
    const agency = { id: 'x' };
    expect(checkInputSize({ r: [agency, agency] }, limits)._tag).toBe('Right');
  });
});
