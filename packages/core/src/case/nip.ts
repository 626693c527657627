/**
 * The 18-digit NIP (Nomor Induk Pegawai) of a PNS or CPNS, and the Nomor Induk (NI) of a PPPK.
 * Its parts are dates, so it can be checked without asking BKN:
 *
 * | digits | PNS / CPNS (Perka BKN 22/2007)      | PPPK (BKN NI PPPK)                  |
 * | ------ | ----------------------------------- | ----------------------------------- |
 * | 1–8    | birth date YYYYMMDD                 | birth date YYYYMMDD                 |
 * | 9–14   | TMT CPNS: year and month YYYYMM     | year of first appointment YYYY + a  |
 * |        |                                     | 2-digit contract code (e.g. 21)     |
 * | 15     | sex: 1 male, 2 female               | sex: 1 male, 2 female               |
 * | 16–18  | serial 001–999                      | serial 001–999                      |
 *
 * Choices (documented, because no source settles them exactly):
 * - Birth year from 1900: the legal dates of a case are bounded the same way, and no one born
 *   earlier can be serving; 0000, 1850 or 1899 is a mistyped number, refused as BIRTH_DATE.
 * - Age at appointment, checked only where the number proves it impossible:
 *
 *   | kind      | youngest                           | oldest                                      |
 *   | --------- | ---------------------------------- | ------------------------------------------- |
 *   | PNS, CPNS | turned 18 by the TMT month         | not yet 47 before the TMT month             |
 *   |           | (PP 11/2017 Pasal 23(1)(a))        | (35 at application, 40 for some positions,  |
 *   |           |                                    | under PP 11/2017 Pasal 23(1)(a) as amended  |
 *   |           |                                    | by PP 17/2020; honorer appointed CPNS under |
 *   |           |                                    | PP 48/2005 jo. PP 56/2012: up to 46)        |
 *   | PPPK      | appointment year − birth year ≥ 20 | appointment year − birth year ≤ 65          |
 *   |           | (PP 49/2018 Pasal 16(a))           | (PP 49/2018 Pasal 16(a): at most one year   |
 *   |           |                                    | before the position's retirement age, the   |
 *   |           |                                    | highest of which is 65, functional)         |
 *
 *   The PNS maximum is the widest any route allowed (the honorer route, 46), not the usual 35:
 *   a NIP from that route is real and must not be refused. Appointment follows selection by
 *   months, so the TMT month of the 18th birthday is accepted and so is the month of the 47th
 *   (the day of the TMT is not in the number). For a PPPK only the year is in the number, so
 *   both checks can only reject numbers that are impossible whatever the months were.
 * - PPPK digits 13–14: sources disagree (a month, or a count of contracts, "21" in practice),
 *   so any value 01–99 is accepted; 00 is not.
 * - The appointment may not lie after today (`today`): a NIP is issued for a TMT that has come.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { LegalBasis } from '../rules/index.js';
import { isIsoDate } from '../time/index.js';
import { type CaseError, invalidNip, type NipPart } from './errors.js';
import { MAXIMUM_AGE, MINIMUM_AGE, NI_PPPK_FORMAT, NIP_FORMAT } from './legal-bases.js';

/** The kinds of employee that carry a NIP (or NI PPPK). */
export type NipHolderKind = 'PNS' | 'CPNS' | 'PPPK';

/** What a valid NIP says about its holder. */
export interface NipParts {
  readonly birthDate: string;
  readonly appointmentYear: number;
  /** TMT month 1–12 for a PNS/CPNS; the 2-digit contract code for a PPPK. */
  readonly appointmentCode: number;
  readonly sex: 'MALE' | 'FEMALE';
  readonly serial: number;
}

const NIP_SHAPE = /^(\d{4})(\d{2})(\d{2})(\d{4})(\d{2})(\d)(\d{3})$/;

/** The bounds of the table above, in years. */
export const NIP_AGE_BOUNDS = {
  earliestBirthYear: 1900,
  PNS: { minimum: 18, maximum: 46 },
  PPPK: { minimum: 20, maximum: 65 },
} as const;

/**
 * Checks `nip` for an employee of `kind`; `today` is the local date of the decision, `field`
 * the command path for the error. Answers the parts, or an INVALID_NIP error naming the part.
 */
export const validateNip = (
  nip: string,
  kind: NipHolderKind,
  today: string,
  field: string,
): Either<CaseError, NipParts> => {
  const basis: LegalBasis = kind === 'PPPK' ? NI_PPPK_FORMAT : NIP_FORMAT;
  const fail = (part: NipPart, problem: string, legalBasis: LegalBasis = basis) =>
    E.left(invalidNip(field, nip, part, problem, legalBasis));

  const m = NIP_SHAPE.exec(nip);
  if (m === null)
    return fail('FORMAT', `a NIP is exactly 18 digits, this has ${nip.length} characters`);
  const [, by, bm, bd, ay, ac, sexDigit, serialDigits] = m as unknown as readonly string[];
  const birthDate = `${by}-${bm}-${bd}`;
  if (!isIsoDate(birthDate))
    return fail('BIRTH_DATE', `digits 1–8 (${by}${bm}${bd}) are not a real date of birth`);
  if (Number(by) < NIP_AGE_BOUNDS.earliestBirthYear) {
    return fail(
      'BIRTH_DATE',
      `birth year ${by} is before ${NIP_AGE_BOUNDS.earliestBirthYear}: no one born then is in service`,
    );
  }

  const appointmentYear = Number(ay);
  const appointmentCode = Number(ac);
  const birthYear = Number(by);
  const birthMonth = Number(bm);
  const [todayYear, todayMonth] = today.split('-').map(Number) as [number, number];

  if (kind === 'PPPK') {
    if (appointmentCode === 0) return fail('APPOINTMENT', `digits 13–14 (${ac}) cannot be 00`);
    if (appointmentYear > todayYear) {
      return fail('APPOINTMENT', `year of appointment ${ay} is after today (${today})`);
    }
    const { minimum, maximum } = NIP_AGE_BOUNDS.PPPK;
    if (appointmentYear - birthYear < minimum) {
      return fail(
        'AGE_AT_APPOINTMENT',
        `born in ${by} and appointed in ${ay}: a PPPK is at least ${minimum} years old`,
        MINIMUM_AGE.PPPK,
      );
    }
    if (appointmentYear - birthYear > maximum) {
      return fail(
        'AGE_AT_APPOINTMENT',
        `born in ${by} and appointed in ${ay}: a PPPK is at most ${maximum} years old at appointment`,
        MAXIMUM_AGE.PPPK,
      );
    }
  } else {
    if (appointmentCode < 1 || appointmentCode > 12) {
      return fail('APPOINTMENT', `digits 13–14 (${ac}) are not a month of appointment (TMT CPNS)`);
    }
    const appointment = appointmentYear * 12 + appointmentCode;
    if (appointment > todayYear * 12 + todayMonth) {
      return fail('APPOINTMENT', `appointment month ${ay}-${ac} is after today (${today})`);
    }
    const { minimum, maximum } = NIP_AGE_BOUNDS.PNS;
    // Turned 18 in or before the appointment month.
    if (appointment < (birthYear + minimum) * 12 + birthMonth) {
      return fail(
        'AGE_AT_APPOINTMENT',
        `born ${birthDate} and appointed ${ay}-${ac}: a CPNS is at least ${minimum} years old at appointment`,
        MINIMUM_AGE.PNS,
      );
    }
    // Turned 47 before the appointment month: older than any route to CPNS allowed.
    if (appointment > (birthYear + maximum + 1) * 12 + birthMonth) {
      return fail(
        'AGE_AT_APPOINTMENT',
        `born ${birthDate} and appointed ${ay}-${ac}: a CPNS is at most ${maximum} years old at appointment`,
        MAXIMUM_AGE.PNS,
      );
    }
  }
  if (sexDigit !== '1' && sexDigit !== '2') {
    return fail('SEX', `digit 15 (${sexDigit}) must be 1 (male) or 2 (female)`);
  }
  const serial = Number(serialDigits);
  if (serial === 0)
    return fail('SERIAL', 'digits 16–18 are a serial number from 001 to 999, not 000');
  return E.right({
    birthDate,
    appointmentYear,
    appointmentCode,
    sex: sexDigit === '1' ? 'MALE' : 'FEMALE',
    serial,
  });
};
