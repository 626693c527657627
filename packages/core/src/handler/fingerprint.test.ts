import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../store/canonical-json.js';
import { commandFingerprint } from './fingerprint.js';

/** Any command object (the function reads its `meta` and everything beside it). */
const fingerprintOf = (command: Record<string, unknown>): string =>
  commandFingerprint(command as { meta: unknown });

/** The definition: SHA-256 of canonicalJson of the command without its meta. */
const byDefinition = (command: Record<string, unknown>): string => {
  const { meta: _meta, ...payload } = command;
  return createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex');
};

describe('commandFingerprint', () => {
  it('is SHA-256 of the canonical JSON of the payload, for plain JSON and for anything else', () => {
    const payload = fc.oneof(
      fc.jsonValue({ stringUnit: 'binary' }),
      // what is not plain JSON takes the other path and must give the same text
      fc.anything({
        withDate: true,
        withNullPrototype: true,
        withBoxedValues: true,
        withSparseArray: true,
        values: [fc.constant(undefined), fc.double(), fc.string({ unit: 'binary' })],
      }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), payload, { maxKeys: 5 }), (body) => {
        const command = { ...body, meta: { commandId: 'c-1' } };
        let expected: string;
        try {
          expected = byDefinition(command);
        } catch {
          return; // no JSON representation at all (a bigint, a symbol at the top): both throw
        }
        expect(fingerprintOf(command)).toBe(expected);
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves meta out and sees undefined fields as JSON does', () => {
    const a = fingerprintOf({
      type: 'X',
      caseId: 'c',
      note: undefined,
      meta: { commandId: '1' },
    });
    const b = fingerprintOf({
      caseId: 'c',
      type: 'X',
      meta: { commandId: '2', occurredAt: 'x' },
    });
    expect(a).toBe(b);
    expect(fingerprintOf({ type: 'X', caseId: 'd', meta: {} })).not.toBe(a);
  });

  it('gives a value past the stored-data limits (here a 2 MiB string) the same fingerprint', () => {
    const command = { type: 'X', note: 'x'.repeat(2 * 1024 * 1024), meta: {} };
    expect(fingerprintOf(command)).toBe(byDefinition(command));
  });
});
