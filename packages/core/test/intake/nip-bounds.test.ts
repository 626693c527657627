import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { type NipHolderKind, validateNip } from '../../src/case/index.js';
import { MAXIMUM_AGE, NIP_FORMAT } from '../../src/case/legal-bases.js';
import { receiveReport, spec } from './builders.js';
import { PEMILU as s } from './fixtures.js';

/*
 * Birth years 0000, 1850 and 1899 used to pass for a PNS, appointed at 90 or 2010; no bound
 * limited the age at appointment from above.
 */

const TODAY = '2025-03-03';

const refusal = (nip: string, kind: NipHolderKind) => {
  const result = validateNip(nip, kind, TODAY, 'respondents.0.nip');
  if (E.isRight(result)) return expect.fail(`expected ${nip} (${kind}) to be refused`);
  return result.left;
};

const accepted = (nip: string, kind: NipHolderKind): boolean =>
  E.isRight(validateNip(nip, kind, TODAY, 'nip'));

describe('NIP birth year from 1900', () => {
  it.each([
    ['0000', '000001012010011002'],
    ['1850', '185006152010011002'],
    ['1899', '189912312010011002'],
  ])('born in %s → BIRTH_DATE', (year, nip) => {
    const error = refusal(nip, 'PNS');
    expect(error.message).toContain('(BIRTH_DATE)');
    expect(error.message).toContain(`birth year ${year} is before 1900`);
    expect(error.legalBasis).toEqual(NIP_FORMAT);
  });

  it('born in 1900 is a real birth year (appointed at 30)', () => {
    expect(accepted('190001011930011002', 'PNS')).toBe(true);
  });
});

describe('maximum age at appointment', () => {
  it.each([
    // Born May 1970: the TMT month of the 47th birthday (2017-05) is the last one accepted.
    ['PNS, TMT in the month of the 47th birthday', '197005152017051002', 'PNS', true],
    ['CPNS, TMT in the month of the 47th birthday', '197005152017052002', 'CPNS', true],
    ['PNS, TMT the month after the 47th birthday', '197005152017061002', 'PNS', false],
    ['CPNS, TMT the month after the 47th birthday', '197005152017062002', 'CPNS', false],
    ['PNS appointed at 90', '192003122010011002', 'PNS', false],
    // PPPK: only the appointment year is in the number.
    ['PPPK, appointment year − birth year = 65', '195804082023212005', 'PPPK', true],
    ['PPPK, appointment year − birth year = 66', '195704082023212005', 'PPPK', false],
  ] as const)('%s → %s', (_name, nip, kind, ok) => {
    if (ok) {
      expect(accepted(nip, kind)).toBe(true);
      return;
    }
    const error = refusal(nip, kind);
    expect(error).toMatchObject({ code: 'INVALID_NIP', field: 'respondents.0.nip' });
    expect(error.message).toContain('(AGE_AT_APPOINTMENT)');
    expect(error.message).toContain(kind === 'PPPK' ? 'at most 65 years' : 'at most 46 years');
    expect(error.legalBasis).toEqual(kind === 'PPPK' ? MAXIMUM_AGE.PPPK : MAXIMUM_AGE.PNS);
  });

  it('the maximum-age bases cite their articles, with confidence tags', () => {
    expect(MAXIMUM_AGE.PNS).toMatchObject({
      article: 'PP 11/2017 Pasal 23 ayat (1) huruf a',
      confidence: 'R',
    });
    expect(MAXIMUM_AGE.PNS.instrument).toContain('PP 17/2020');
    expect(MAXIMUM_AGE.PNS.instrument).toContain('PP 48/2005 jo. PP 56/2012');
    expect(MAXIMUM_AGE.PPPK).toMatchObject({
      instrument: 'PP 49/2018 (Manajemen PPPK)',
      article: 'Pasal 16 huruf a',
      confidence: 'S',
    });
  });

  it('a report naming a respondent born in 1899 is refused by the decider', () => {
    const [first, second] = s.respondents;
    spec
      .given([])
      .when(receiveReport(s, { respondents: [{ ...first, nip: '189912312010011002' }, second] }))
      .thenRejectedWith('INVALID_NIP', {
        field: 'respondents.0.nip',
        message: expect.stringContaining('BIRTH_DATE'),
      });
  });
});
