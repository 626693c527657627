import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  envelopeProblem,
  isHexDigest,
  isValidEnvelope,
  parseCommonEnvelope,
} from './envelope-check.js';
import { newEventSchema } from './new-event-schema.js';

const valid = () => ({
  id: '0190a0b0-1234-7abc-8def-0123456789ab',
  type: 'ReportReceived',
  schemaVersion: 1,
  data: { caseId: 'c-1' },
  metadata: {
    actor: { id: 'officer-1', role: 'bawaslu', scope: { regionCode: '34.02' } },
    commandId: 'cmd-1',
    commandFingerprint: 'a'.repeat(64),
    correlationId: 'corr-1',
    causationId: null,
    rulebookVersion: '2024.2',
    occurredAt: '2024-10-01T09:00:00+07:00',
    recordedAt: '2024-10-01T02:00:05.000Z',
  },
});

/** Values that break, or nearly break, each kind of field. */
const hostile = fc
  .constantFrom<unknown>(
    undefined,
    null,
    '',
    ' ',
    '\u00a0',
    '\t x ',
    'x',
    0,
    1,
    -1,
    1.5,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    [],
    ['x'],
    {},
    { a: 'b' },
    { a: 1 },
    '0190A0B0-1234-7ABC-8DEF-0123456789AB',
    '0190a0b0-1234-4abc-8def-0123456789ab',
    '0190a0b0-1234-7abc-cdef-0123456789ab',
    'A'.repeat(64),
    'a'.repeat(63),
    'f'.repeat(64),
    'Report.v2-ok_',
    '1Report',
    'R'.repeat(101),
    '2024-02-29T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2024-10-01T09:00:00',
    '2024-10-01T09:00:00z',
    '2024-10-01T24:00:00Z',
    '2024-10-01T09:00:00.123456+07:00',
    '2024-10-01 09:00:00Z',
    // A fresh copy each time: `mutate` writes into the objects it places, and a shared constant
    // would carry one run's changes (even cycles) into the next.
  )
  .map((value) => (typeof value === 'object' && value !== null ? structuredClone(value) : value));

const FIELDS = [
  ['id'],
  ['type'],
  ['schemaVersion'],
  ['data'],
  ['metadata'],
  ['metadata', 'actor'],
  ['metadata', 'actor', 'id'],
  ['metadata', 'actor', 'role'],
  ['metadata', 'actor', 'scope'],
  ['metadata', 'actor', 'scope', 'regionCode'],
  ['metadata', 'commandId'],
  ['metadata', 'commandFingerprint'],
  ['metadata', 'correlationId'],
  ['metadata', 'causationId'],
  ['metadata', 'rulebookVersion'],
  ['metadata', 'occurredAt'],
  ['metadata', 'recordedAt'],
  ['metadata', 'extra'],
  ['extra'],
] as const;

/** Sets (or, for `undefined` with `drop`, deletes) the value at `path` of a fresh envelope. */
const mutate = (
  changes: readonly { path: readonly string[]; value: unknown; drop: boolean }[],
): unknown => {
  const envelope: Record<string, unknown> = valid();
  for (const { path, value, drop } of changes) {
    let at: unknown = envelope;
    for (const key of path.slice(0, -1)) {
      at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[key] : undefined;
    }
    if (typeof at !== 'object' || at === null) continue;
    const last = path.at(-1) as string;
    if (drop) delete (at as Record<string, unknown>)[last];
    else (at as Record<string, unknown>)[last] = value;
  }
  return envelope;
};

const change = fc.record({
  path: fc.constantFrom(...FIELDS),
  value: hostile,
  drop: fc.boolean(),
});

describe('the envelope check of the read path', () => {
  it('answers exactly what newEventSchema answers, over valid and broken envelopes', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 0, maxLength: 3 }), (changes) => {
        const envelope = mutate(changes);
        const zod = newEventSchema.safeParse(envelope).success;
        expect(isValidEnvelope(envelope)).toBe(zod);
        if (zod) accepted++;
        else refused++;
      }),
      { numRuns: 20_000 },
    );
    // Both answers were exercised, many times.
    expect(accepted).toBeGreaterThan(1_000);
    expect(refused).toBeGreaterThan(1_000);
  });

  it("the append path's copy is zod's output exactly (keys, order, values), or it leaves the envelope to zod", () => {
    let copied = 0;
    let leftToZod = 0;
    fc.assert(
      fc.property(fc.array(change, { minLength: 0, maxLength: 3 }), (changes) => {
        const envelope = mutate(changes);
        const zod = newEventSchema.safeParse(envelope);
        const fast = parseCommonEnvelope(envelope);
        if (fast === undefined) {
          leftToZod++;
          return;
        }
        copied++;
        expect(zod.success).toBe(true);
        expect(fast).toStrictEqual(zod.data);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
        // A copy: changing it later does not reach the caller's objects.
        expect(fast.metadata).not.toBe((envelope as { metadata: unknown }).metadata);
      }),
      { numRuns: 20_000 },
    );
    expect(copied).toBeGreaterThan(1_000);
    expect(leftToZod).toBeGreaterThan(1_000);
  });

  it('leaves to zod what zod would change: padded strings, keys it strips, odd objects', () => {
    const padded = valid();
    padded.metadata.commandId = ' cmd-1 ';
    const extra = { ...valid(), note: 'x' };
    const noPrototype = Object.assign(Object.create(null), valid());
    class Envelope {
      id = valid().id;
    }
    for (const envelope of [padded, extra, new Envelope()]) {
      expect(parseCommonEnvelope(envelope)).toBeUndefined();
    }
    expect(parseCommonEnvelope(noPrototype)).toStrictEqual(newEventSchema.parse(noPrototype));
    const proto = valid();
    proto.metadata.actor.scope = JSON.parse('{"__proto__":"x","a":"b"}');
    expect(parseCommonEnvelope(proto)).toBeUndefined();
    const { commandFingerprint: _omitted, ...withoutFingerprint } = valid().metadata;
    const bare = { ...valid(), metadata: withoutFingerprint };
    expect(parseCommonEnvelope(bare)).toStrictEqual(newEventSchema.parse(bare));
    expect(Object.keys(parseCommonEnvelope(bare)?.metadata ?? {})).not.toContain(
      'commandFingerprint',
    );
  });

  it('agrees on anything at all, too', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(isValidEnvelope(value)).toBe(newEventSchema.safeParse(value).success);
      }),
      { numRuns: 2_000 },
    );
  });

  it("names the problem in zod's words", () => {
    expect(envelopeProblem({ ...valid(), type: '1x' })).toBe('type must be an event type name');
    const broken = valid();
    broken.metadata.actor.scope = { regionCode: 5 } as unknown as { regionCode: string };
    expect(isValidEnvelope(broken)).toBe(false);
    expect(envelopeProblem(broken)).toMatch(/^metadata\.actor\.scope\.regionCode /);
  });

  it('a hex digest is 64 lower-case hexadecimal digits', () => {
    expect(isHexDigest('0123456789abcdef'.repeat(4))).toBe(true);
    for (const wrong of ['A'.repeat(64), 'a'.repeat(63), 'a'.repeat(65), `${'a'.repeat(63)}g`, 5]) {
      expect(isHexDigest(wrong)).toBe(false);
    }
    fc.assert(
      fc.property(fc.string({ maxLength: 70 }), (text) => {
        expect(isHexDigest(text)).toBe(/^[0-9a-f]{64}$/.test(text));
      }),
    );
  });
});
