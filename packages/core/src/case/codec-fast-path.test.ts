import { isDeepStrictEqual } from 'node:util';
import { nationalSeason } from '@netra/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseEventTypesWithFastPath, decodeCaseEvent } from './codec.js';
import { CASE_EVENT_SCHEMA_VERSIONS, caseEventSchema } from './schema/events.js';

/**
 * The case codec skips zod for data the plain-value predicate passes
 * (validation/plain-validator.ts). Held here to zod itself on the events of a generated season
 * (every event type) and on mutations of them: the codec's answer is zod's answer.
 */
const seasonEvents = (() => {
  const events: { type: string; data: unknown }[] = [];
  for (const append of nationalSeason({ seed: 7, scale: 0.1 })) {
    for (const event of append.events) events.push({ type: event.type, data: event.data });
  }
  return events;
})();

/** What zod answers for the stored event, as the codec would report it. */
const byZod = (type: string, data: unknown) => caseEventSchema.safeParse({ type, data });

type Path = readonly (string | number)[];

const pathsOf = (value: unknown, prefix: Path = []): Path[] => {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
};

/** A copy with the node at `path` replaced (`undefined`: removed), or a key added beside it. */
const mutated = (value: unknown, path: Path, how: 'replace' | 'remove' | 'add', to: unknown) => {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const key = path.at(-1) as string | number;
  if (how === 'remove') delete parent[key];
  else if (how === 'add' && !Array.isArray(parent)) parent.unexpected = to;
  else parent[key] = to;
  return copy;
};

const replacement = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    'x',
    0,
    -1,
    1.5,
    true,
    [],
    {},
    '2024-02-30',
    '2024-10-01T09:00:00',
    '1899-12-31',
    'x'.repeat(5000),
  ),
  fc.string({ maxLength: 20 }),
  fc.jsonValue({ maxDepth: 2 }),
);

describe('the case codec fast path', () => {
  it('covers every case event type', () => {
    expect([...caseEventTypesWithFastPath()].sort()).toEqual(
      Object.keys(CASE_EVENT_SCHEMA_VERSIONS).sort(),
    );
  });

  it('decodes every event of a generated season to what zod returns, through the fast path', () => {
    const types = new Set<string>();
    for (const { type, data } of seasonEvents) {
      types.add(type);
      const zod = byZod(type, data);
      expect(zod.success).toBe(true);
      const decoded = decodeCaseEvent({ type, schemaVersion: 1, data });
      expect(decoded).toEqual({ _tag: 'Right', right: zod.data });
      // the fast path hands the stored data on (zod would have built a copy)
      expect(decoded._tag === 'Right' && decoded.right.data).toBe(data);
    }
    expect(types.size).toBeGreaterThan(25);
  });

  it('answers as zod does for any alteration of a stored event (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seasonEvents.length - 1 }),
        fc.nat(),
        fc.constantFrom('replace', 'remove', 'add', 'pad') as fc.Arbitrary<
          'replace' | 'remove' | 'add' | 'pad'
        >,
        replacement,
        (which, where, how, to) => {
          const { type, data } = seasonEvents[which] as { type: string; data: unknown };
          const paths = pathsOf(data);
          const path = paths[where % paths.length] as Path;
          const original = path.reduce<unknown>(
            (v, k) => (v as Record<string | number, unknown>)[k],
            data,
          );
          const altered =
            how === 'pad'
              ? mutated(data, path, 'replace', typeof original === 'string' ? ` ${original}` : to)
              : mutated(data, path, how, to);
          const zod = byZod(type, altered);
          const decoded = decodeCaseEvent({ type, schemaVersion: 1, data: altered });
          if (zod.success) {
            expect(decoded).toEqual({ _tag: 'Right', right: zod.data });
          } else {
            expect(decoded._tag).toBe('Left');
          }
          // the fast path took it exactly when zod returns it unchanged
          const fast = decoded._tag === 'Right' && decoded.right.data === altered;
          expect(fast).toBe(zod.success && isDeepStrictEqual(zod.data.data, altered));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
