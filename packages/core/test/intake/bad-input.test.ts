import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { parseCaseCommand } from '../../src/case/index.js';
import {
  clarify,
  completeRequirements,
  decide,
  decline,
  extend,
  forward,
  history,
  meta,
  receiveInternalReport,
  receiveReport,
  recordFinding,
  refer,
  register,
  registered,
  rejectedAtBoundary as rejected,
  reroute,
  review,
  spec,
  violation,
  withdraw,
} from './builders.js';
import { SCENARIOS, satgasOf } from './fixtures.js';

describe.each(SCENARIOS)('$regime: bad input', (s) => {
  describe('parseCaseCommand (zod at the boundary)', () => {
    const valid = [
      receiveReport(s),
      recordFinding(s),
      receiveInternalReport(s, satgasOf(s.respondents[0])),
      review(s),
      review(s, { outcome: 'INCOMPLETE', missing: ['EVIDENCE'] }),
      completeRequirements(s, ['EVIDENCE']),
      register(s),
      decline(s, 'TIME_BARRED', s.t.reviewAt),
      withdraw(s, s.t.reviewAt),
      clarify(s, { kind: 'RESPONDENT', respondentId: 'x', name: 'X' }),
      extend(s),
      decide(s, 'x'),
      decide(s, 'x', violation(s, { stageOverride: { stage: 'CALON', reason: 'r' } })),
      forward(s, ['x'], s.t.forwardAt, 'KASN'),
      reroute(s, ['x'], true),
      refer(s, 'x'),
    ];

    it.each(valid.map((c) => [c.type, c] as const))(
      'accepts a well-formed %s unchanged',
      (_type, command) => {
        expect(parseCaseCommand(JSON.parse(JSON.stringify(command)))).toEqual(E.right(command));
      },
    );

    it('an unknown regime has its own code', () => {
      const error = rejected({ ...receiveReport(s), regime: 'PILPRES_2029' });
      expect(error).toMatchObject({ code: 'UNKNOWN_REGIME', field: 'regime' });
      expect(error.message).toContain('PILPRES_2029');
    });

    it.each([
      ['an unknown command type', { type: 'DeleteCase' }, 'type'],
      ['a missing caseId', { caseId: undefined }, 'caseId'],
      ['no respondents', { respondents: [] }, 'respondents'],
      [
        'a NIK that is not 16 digits',
        { reporter: { ...s.reporter, nik: '34020245069' } },
        'reporter.nik',
      ],
      [
        'an impossible date',
        { incident: { ...s.incident, occurredOn: '2024-02-30' } },
        'incident.occurredOn',
      ],
      [
        'a date in the year 96 (before 1900)',
        { incident: { ...s.incident, knownOn: '0096-01-01' } },
        'incident.knownOn',
      ],
      [
        'an instant in year 0',
        { meta: { ...receiveReport(s).meta, occurredAt: '0000-01-01T00:00:00+14:00' } },
        'meta.occurredAt',
      ],
      [
        'an instant without offset',
        { meta: { ...receiveReport(s).meta, occurredAt: '2024-08-08T10:00:00' } },
        'meta.occurredAt',
      ],
      [
        'an empty description',
        { incident: { ...s.incident, description: '  ' } },
        'incident.description',
      ],
      [
        'a region code that is not Kemendagri',
        { region: { code: 'DIY-BTL', name: 'Bantul' } },
        'region.code',
      ],
      [
        'a respondent without agency',
        { respondents: [{ ...s.respondents[0], agency: undefined }] },
        'respondents.0.agency',
      ],
      ['an unknown evidence kind', { evidence: [{ ref: 'x', kind: 'RUMOUR' }] }, 'evidence.0.kind'],
      [
        'duplicate respondent ids',
        {
          respondents: [
            s.respondents[0],
            { ...s.respondents[1], respondentId: s.respondents[0].respondentId },
          ],
        },
        'respondents',
      ],
    ])('%s → INVALID_COMMAND at the field', (_name, patch, field) => {
      expect(rejected({ ...receiveReport(s), ...patch })).toMatchObject({
        code: 'INVALID_COMMAND',
        field,
      });
    });

    it('an INCOMPLETE review must name what is missing', () => {
      expect(rejected(review(s, { outcome: 'INCOMPLETE', missing: [] }))).toMatchObject({
        code: 'INVALID_COMMAND',
        field: 'result.missing',
      });
    });

    it('a violation needs at least one track, without repeats', () => {
      expect(rejected(decide(s, 'x', violation(s, { tracks: [] })))).toMatchObject({
        field: 'decision.tracks',
      });
      expect(
        rejected(decide(s, 'x', violation(s, { tracks: ['CRIMINAL', 'CRIMINAL'] }))),
      ).toMatchObject({
        field: 'decision.tracks',
      });
    });

    it('a respondent party in a clarification needs the respondent id', () => {
      expect(rejected(clarify(s, { kind: 'RESPONDENT', name: 'X' } as never))).toMatchObject({
        code: 'INVALID_COMMAND',
        field: 'party.respondentId',
      });
    });

    it('non-objects are rejected, not thrown', () => {
      expect(rejected(null)).toMatchObject({ code: 'INVALID_COMMAND' });
      expect(rejected('ReceiveReport')).toMatchObject({ code: 'INVALID_COMMAND' });
    });
  });

  describe('legal dates in the future (after context.now)', () => {
    it('meta.occurredAt', () => {
      spec
        .given([])
        .when(receiveReport(s, { meta: meta(s.bawaslu, '2025-04-01T09:00:00+07:00') }))
        .thenRejectedWith('LEGAL_DATE_IN_FUTURE', { field: 'meta.occurredAt' });
    });

    it('the incident dates', () => {
      const at = '2025-03-01T09:00:00+07:00';
      spec
        .given([])
        .when(
          receiveReport(s, {
            meta: meta(s.bawaslu, at),
            incident: { ...s.incident, occurredOn: '2025-03-10', knownOn: '2025-03-10' },
          }),
        )
        .thenRejectedWith('LEGAL_DATE_IN_FUTURE', { field: 'incident.occurredOn' });
      spec
        .given([])
        .when(
          receiveReport(s, {
            meta: meta(s.bawaslu, at),
            incident: { ...s.incident, knownOn: '2025-03-10' },
          }),
        )
        .thenRejectedWith('LEGAL_DATE_IN_FUTURE', { field: 'incident.knownOn' });
      spec
        .given([])
        .when(recordFinding(s, { meta: meta(s.bawaslu, at), discoveredOn: '2025-03-10' }))
        .thenRejectedWith('LEGAL_DATE_IN_FUTURE', { field: 'discoveredOn' });
    });

    it('a hearing date and a conduct date', () => {
      spec
        .given(history(...registered(s)))
        .when(
          clarify(
            s,
            { kind: 'WITNESS', name: 'Sumarni' },
            '2025-06-01',
            '2025-03-01T09:00:00+07:00',
          ),
        )
        .thenRejectedWith('LEGAL_DATE_IN_FUTURE', { field: 'heldOn' });
      spec
        .given(history(...registered(s)))
        .when(decide(s, s.respondents[0].respondentId, violation(s, { conductOn: '2025-06-01' })))
        .thenRejectedWith('LEGAL_DATE_IN_FUTURE', { field: 'decision.conductOn' });
    });
  });

  describe('dates out of their legal order', () => {
    it('known before it happened', () => {
      spec
        .given([])
        .when(receiveReport(s, { incident: { ...s.incident, knownOn: '2023-06-01' } }))
        .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'incident.knownOn' });
    });

    it('received before it was known', () => {
      spec
        .given([])
        .when(
          receiveReport(s, { meta: meta(s.bawaslu, `${s.incident.occurredOn}T08:00:00+07:00`) }),
        )
        .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
    });
  });
});
