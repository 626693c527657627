import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { canonicalText, metadataText } from './canonical-text.js';
import type { EventMetadata } from './envelope.js';
import type { JsonValue } from './json-value.js';
import { toJsonValue, toStorableJson } from './json-value.js';
import { eventMetadataSchema } from './new-event-schema.js';

/** Any string, lone surrogates and line separators included. */
const text = fc.string({ unit: 'binary' });

describe('canonical text on the append path equals canonicalJson byte for byte', () => {
  it('for any plain JSON value (after toJsonValue, as stores append it)', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const copied = toJsonValue(value);
        if (copied._tag === 'Left') return; // not storable: never reaches the text
        expect(canonicalText(copied.right)).toBe(canonicalJson(copied.right));
        compared++;
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(400);
  });

  it('for the text toStorableJson gives with its copy (native JSON.stringify of sorted keys)', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: 'binary' }), (value) => {
        const storable = toStorableJson(value);
        if (storable._tag === 'Left') return;
        expect(storable.right.text).toBe(canonicalJson(value));
        // the copy is what a store reads back: the value's JSON round trip (-0 is 0)
        expect(storable.right.value).toEqual(JSON.parse(JSON.stringify(value)));
        compared++;
      }),
      { numRuns: 500 },
    );
    expect(compared).toBeGreaterThan(400);
  });

  it('for objects whose keys JavaScript orders as array indexes, first and numerically', () => {
    const tricky = { b: 1, '10': 2, '9': 3, a: { '2': [1], '01': 0, '4294967295': 5, '-1': 6 } };
    const storable = toStorableJson(tricky);
    expect(storable._tag === 'Right' && storable.right.text).toBe(canonicalJson(tricky));
    expect(JSON.stringify(tricky)).not.toBe(canonicalJson(tricky)); // the case the fallback is for
    const plain = toStorableJson({ zeta: [{ y: 1, x: 2 }], alpha: 'é' });
    expect(plain._tag === 'Right' && plain.right.text).toBe('{"alpha":"é","zeta":[{"x":2,"y":1}]}');
    expect(plain._tag === 'Right' && Object.keys(plain.right.value as object)).toEqual([
      'alpha',
      'zeta',
    ]);
  });

  it('for numbers at the edges of their formatting', () => {
    for (const n of [0, -0, 1e21, 1e-7, 123456789012345680000, 5e-324, -1.5, 0.1 + 0.2]) {
      expect(canonicalText(n)).toBe(canonicalJson(n));
      expect(canonicalText({ n, a: [n] } as JsonValue)).toBe(canonicalJson({ n, a: [n] }));
    }
  });

  it('for any metadata the envelope schema accepts, with or without a fingerprint', () => {
    const instant = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const nonEmpty = text.filter((s) => s.trim().length > 0);
    const metadata = fc.record(
      {
        actor: fc.record({ id: nonEmpty, role: nonEmpty, scope: fc.dictionary(text, text) }),
        commandId: nonEmpty,
        commandFingerprint: fc.stringMatching(/^[0-9a-f]{64}$/),
        correlationId: nonEmpty,
        causationId: fc.option(nonEmpty, { nil: null }),
        rulebookVersion: nonEmpty,
        occurredAt: instant,
        recordedAt: instant,
      },
      {
        requiredKeys: [
          'actor',
          'commandId',
          'correlationId',
          'causationId',
          'rulebookVersion',
          'occurredAt',
          'recordedAt',
        ],
      },
    );
    let compared = 0;
    fc.assert(
      fc.property(metadata, (raw) => {
        const parsed = eventMetadataSchema.safeParse(raw);
        if (!parsed.success) return;
        const m = parsed.data as EventMetadata;
        expect(metadataText(m)).toBe(canonicalJson(m));
        compared++;
      }),
      { numRuns: 500 },
    );
    // the generator is built to pass the schema: most runs must really compare
    expect(compared).toBeGreaterThan(400);
  });
});
