import { CASE_PERMISSIONS, caseCommandSchema, parseActor, validateNip } from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { actorArb, drawCoveringBawaslu, drawForeignBawaslu } from './actors.js';
import { arbitraryOf } from './chooser.js';
import { isoDateArb } from './dates.js';
import { nipArb } from './nip.js';
import { nikArb, reporterArb, respondentsArb } from './people.js';
import { jurisdictionArb, KAB_KOTA } from './regions.js';

const kinds = fc.constantFrom('PNS', 'CPNS', 'PPPK' as const);

describe('arbitraries of valid parts', () => {
  it('NIPs are valid as dates for their kind, on any day after their appointment', () => {
    fc.assert(
      fc.property(
        kinds,
        isoDateArb('2019-06-01', '2025-12-31'),
        fc.integer({ min: 0, max: 900 }),
        fc.gen(),
        (kind, appointedBy, daysLater, g) => {
          const nip = g(nipArb, { kind, appointedBy });
          const today = new Date(Date.parse(appointedBy) + daysLater * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const parts = validateNip(nip, kind, today, 'nip');
          expect(parts, nip).toMatchObject(E.right({}));
          if (E.isRight(parts)) {
            expect(parts.right.serial).toBeGreaterThan(0);
            expect(['MALE', 'FEMALE']).toContain(parts.right.sex);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a CPNS NIP is appointed within two years of its appointedBy day', () => {
    fc.assert(
      fc.property(nipArb({ kind: 'CPNS', appointedBy: '2024-08-31' }), (nip) => {
        const tmt = Number(nip.slice(8, 12)) * 12 + Number(nip.slice(12, 14));
        expect(tmt).toBeGreaterThan(2024 * 12 + 8 - 24);
      }),
    );
  });

  it('NIKs are 16 digits that start with a Kemendagri kabupaten/kota code', () => {
    const codes = new Set(KAB_KOTA.map((r) => r.code.replace('.', '')));
    fc.assert(
      fc.property(nikArb(), (nik) => {
        expect(nik).toMatch(/^\d{16}$/);
        expect(codes.has(nik.slice(0, 4))).toBe(true);
        const day = Number(nik.slice(6, 8));
        expect((day >= 1 && day <= 31) || (day >= 41 && day <= 71)).toBe(true);
      }),
    );
  });

  it('reporters and respondents fit the command schema of a report', () => {
    const reportOf = jurisdictionArb().chain((j) =>
      fc.tuple(
        fc.constant(j),
        reporterArb(j.region),
        respondentsArb({ region: j.region, asOf: '2024-08-05' }),
      ),
    );
    fc.assert(
      fc.property(reportOf, ([j, reporter, respondents]) => {
        const command = {
          type: 'ReceiveReport',
          meta: {
            commandId: 'c',
            actor: { id: reporter.id, role: 'reporter', scope: {} },
            occurredAt: '2024-08-08T10:00:00+07:00',
          },
          caseId: 'case-1',
          regime: 'PILKADA_2024',
          timeZone: j.timeZone,
          region: j.region,
          reporter,
          respondents,
          incident: {
            occurredOn: '2024-08-05',
            knownOn: '2024-08-06',
            place: 'x',
            description: 'y',
          },
          evidence: [],
        };
        expect(caseCommandSchema.safeParse(command).success).toBe(true);
        for (const { kind, nip } of respondents) {
          if (kind === 'PNS' || kind === 'CPNS' || kind === 'PPPK') {
            expect(E.isRight(validateNip(nip ?? '', kind, '2024-08-08', 'nip'))).toBe(true);
          } else expect(nip).toBeUndefined();
        }
        expect(new Set(respondents.map((r) => r.nip).filter(Boolean)).size).toBe(
          respondents.filter((r) => r.nip !== undefined).length,
        );
      }),
    );
  });

  it('actors of every role parse, and their role is one the permission table knows', () => {
    const known = new Set<string>(Object.values(CASE_PERMISSIONS).flatMap((p) => p.roles));
    fc.assert(
      fc.property(actorArb(), (actor) => {
        expect(E.isRight(parseActor(actor))).toBe(true);
        if (actor.role !== 'auditor' && actor.role !== 'ppk' && actor.role !== 'appeal_authority') {
          expect(known.has(actor.role)).toBe(true);
        }
      }),
    );
  });

  it('a covering Bawaslu office covers the region; a foreign one does not', () => {
    const covers = (scope: Readonly<Record<string, string>>, code: string): boolean =>
      scope.bawasluLevel === 'RI' ||
      (scope.bawasluLevel === 'PROVINSI' &&
        (code === scope.regionCode || code.startsWith(`${scope.regionCode}.`))) ||
      (scope.bawasluLevel === 'KABKOTA' && code === scope.regionCode);
    fc.assert(
      fc.property(
        jurisdictionArb().chain((j) =>
          fc.tuple(
            fc.constant(j),
            arbitraryOf((c) => drawCoveringBawaslu(c, j)),
            arbitraryOf((c) => drawForeignBawaslu(c, j)),
          ),
        ),
        ([j, own, foreign]) => {
          expect(E.isRight(parseActor(own)) && E.isRight(parseActor(foreign))).toBe(true);
          expect(covers(own.scope, j.region.code)).toBe(true);
          expect(covers(foreign.scope, j.region.code)).toBe(false);
        },
      ),
    );
  });
});
