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
 * - Age at appointment: a CPNS applies at 18 at the earliest (PP 11/2017 Pasal 23(1)(a)), a
 *   PPPK at 20 (PP 49/2018 Pasal 16(a)). Appointment follows selection, so we require the
 *   person to have turned 18 by the appointment month (PNS/CPNS). For a PPPK only the year is
 *   in the number, so we require appointment year − birth year ≥ 20, which can only reject
 *   numbers that are impossible whatever the months were.
 * - PPPK digits 13–14: sources disagree (a month, or a count of contracts, "21" in practice),
 *   so any value 01–99 is accepted; 00 is not.
 * - The appointment may not lie after today (`today`): a NIP is issued for a TMT that has come.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { LegalBasis } from '../rules/index.js';
import { isIsoDate } from '../time/index.js';
import { type CaseError, invalidNip, type NipPart } from './errors.js';
import { MINIMUM_AGE, NI_PPPK_FORMAT, NIP_FORMAT } from './legal-bases.js';

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
    if (appointmentYear - birthYear < 20) {
      return fail(
        'AGE_AT_APPOINTMENT',
        `born in ${by} and appointed in ${ay}: a PPPK is at least 20 years old`,
        MINIMUM_AGE.PPPK,
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
    // Turned 18 in or before the appointment month.
    if (appointment < (birthYear + 18) * 12 + birthMonth) {
      return fail(
        'AGE_AT_APPOINTMENT',
        `born ${birthDate} and appointed ${ay}-${ac}: a CPNS is at least 18 years old at appointment`,
        MINIMUM_AGE.PNS,
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
