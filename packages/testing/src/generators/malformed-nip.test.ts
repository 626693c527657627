import { validateNip } from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { arbitraryOf } from './chooser.js';
import { drawEarlyBirthYear, drawOverAgeBirthYear } from './malformed-nip.js';
import { nipArb } from './nip.js';

const kinds = fc.constantFrom('PNS', 'CPNS', 'PPPK' as const);
const TODAY = '2024-08-08';

/** The part the refusal names, e.g. `AGE_AT_APPOINTMENT`. */
const partOf = (nip: string, kind: 'PNS' | 'CPNS' | 'PPPK'): string | undefined => {
  const result = validateNip(nip, kind, TODAY, 'nip');
  return E.isLeft(result) ? /\(([A-Z_]+)\)/.exec(result.left.message)?.[1] : undefined;
};

/** A birth date that exists in any year: not 29 February. */
const notLeapDay = (nip: string): boolean => nip.slice(4, 8) !== '0229';

describe('the NIP breaks for the birth-year and maximum-age bounds', () => {
  it('a birth year before 1900 is refused as BIRTH_DATE', () => {
    fc.assert(
      fc.property(
        kinds.chain((kind) =>
          fc.tuple(
            fc.constant(kind),
            nipArb({ kind, appointedBy: TODAY }),
            arbitraryOf(drawEarlyBirthYear),
          ),
        ),
        ([kind, nip, year]) => {
          expect(Number(year)).toBeLessThan(1900);
          expect(partOf(`${year}${nip.slice(4)}`, kind)).toBe('BIRTH_DATE');
        },
      ),
      // No shrinking: a failure here is a validator that stopped refusing, and shrinking the
      // nested generators of a failing run takes minutes; the first counterexample says enough.
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('an over-age birth year is refused as AGE_AT_APPOINTMENT', () => {
    fc.assert(
      fc.property(
        kinds.chain((kind) =>
          fc.tuple(fc.constant(kind), nipArb({ kind, appointedBy: TODAY }), fc.gen()),
        ),
        ([kind, nip, g]) => {
          fc.pre(notLeapDay(nip));
          const year = g(() => arbitraryOf((c) => drawOverAgeBirthYear(c, nip, kind)));
          expect(partOf(`${year}${nip.slice(4)}`, kind), `${year}${nip.slice(4)}`).toBe(
            'AGE_AT_APPOINTMENT',
          );
        },
      ),
      // No shrinking: a failure here is a validator that stopped refusing, and shrinking the
      // nested generators of a failing run takes minutes; the first counterexample says enough.
      { numRuns: 300, endOnFailure: true },
    );
  });
});
