import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { validateNip } from '../../src/case/index.js';
import { receiveReport, spec } from './builders.js';
import { SCENARIOS } from './fixtures.js';

const TODAY = '2025-03-03';

describe('NIP structure (Perka BKN 22/2007; NI PPPK)', () => {
  it('reads the parts of a valid PNS NIP', () => {
    expect(validateNip('198503122010011002', 'PNS', TODAY, 'nip')).toEqual(
      E.right({
        birthDate: '1985-03-12',
        appointmentYear: 2010,
        appointmentCode: 1,
        sex: 'MALE',
        serial: 2,
      }),
    );
  });

  it('reads a PPPK NI, whose digits 13–14 are a contract code, not a month', () => {
    expect(validateNip('199104082023212005', 'PPPK', TODAY, 'nip')).toEqual(
      E.right({
        birthDate: '1991-04-08',
        appointmentYear: 2023,
        appointmentCode: 21,
        sex: 'FEMALE',
        serial: 5,
      }),
    );
  });

  it.each([
    ['too short', '19850312201001100', 'PNS', 'FORMAT'],
    ['letters', '19850312201001100X', 'PNS', 'FORMAT'],
    ['30 February', '198502302010011002', 'PNS', 'BIRTH_DATE'],
    ['29 February of a common year', '198302292010011002', 'PNS', 'BIRTH_DATE'],
    ['appointment month 13', '198503122010131002', 'PNS', 'APPOINTMENT'],
    ['appointment month 00', '198503122010001002', 'CPNS', 'APPOINTMENT'],
    ['appointment after today', '198503122026011002', 'PNS', 'APPOINTMENT'],
    ['appointed at 5', '200503122010011002', 'PNS', 'AGE_AT_APPOINTMENT'],
    ['appointed one month before turning 18', '199204152010031002', 'PNS', 'AGE_AT_APPOINTMENT'],
    ['sex digit 3', '198503122010013002', 'PNS', 'SEX'],
    ['serial 000', '198503122010011000', 'PNS', 'SERIAL'],
    ['PPPK contract code 00', '199104082023002005', 'PPPK', 'APPOINTMENT'],
    ['PPPK appointed at 18', '200504082023212005', 'PPPK', 'AGE_AT_APPOINTMENT'],
    ['PPPK appointed in a future year', '199104082027212005', 'PPPK', 'APPOINTMENT'],
  ] as const)('%s → INVALID_NIP naming %s', (_name, nip, kind, part) => {
    const result = validateNip(nip, kind, TODAY, 'respondents.0.nip');
    expect(E.isLeft(result)).toBe(true);
    if (E.isLeft(result)) {
      expect(result.left).toMatchObject({
        code: 'INVALID_NIP',
        field: 'respondents.0.nip',
        nipPart: part,
      });
      expect(result.left.message).toContain(`(${part})`);
      expect(result.left.legalBasis).toBeDefined();
    }
  });

  it('turning 18 in the appointment month is enough', () => {
    expect(E.isRight(validateNip('199203152010031002', 'PNS', TODAY, 'nip'))).toBe(true);
  });
});

describe.each(SCENARIOS)('$regime: NIPs of the respondents of a new case', (s) => {
  const [first, second] = s.respondents;

  it('an ASN without NIP is refused', () => {
    const { nip: _nip, ...withoutNip } = first;
    spec
      .given([])
      .when(receiveReport(s, { respondents: [withoutNip, second] }))
      .thenRejectedWith('INVALID_NIP', {
        field: 'respondents.0.nip',
        message: expect.stringContaining('PRESENCE'),
      });
  });

  it('a village head has no NIP', () => {
    spec
      .given([])
      .when(receiveReport(s, { respondents: [first, { ...s.villageHead, nip: first.nip }] }))
      .thenRejectedWith('INVALID_NIP', { field: 'respondents.1.nip' });
    spec
      .given([])
      .when(receiveReport(s, { respondents: [first, s.villageHead] }))
      .thenMatches([{ type: 'ReportReceived' }]);
  });

  it('an invalid NIP is refused, naming the part', () => {
    spec
      .given([])
      .when(receiveReport(s, { respondents: [first, { ...second, nip: '198503122010011000' }] }))
      .thenRejectedWith('INVALID_NIP', {
        field: 'respondents.1.nip',
        message: expect.stringContaining('SERIAL'),
      });
  });

  it('the same NIP twice is the same person listed twice', () => {
    spec
      .given([])
      .when(receiveReport(s, { respondents: [first, { ...second, kind: 'PNS', nip: first.nip }] }))
      .thenRejectedWith('DUPLICATE_RESPONDENT', { field: 'respondents.1.nip' });
  });
});
