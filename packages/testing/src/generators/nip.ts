/**
 * Valid 18-digit NIPs (PNS, CPNS) and NI PPPK, built part by part so that every part is a
 * consistent date (see core `case/nip.ts` and its NIP_AGE_BOUNDS): birth date YYYYMMDD; for a
 * PNS/CPNS the TMT month YYYYMM, at 18 or older, not yet 47 before it, and not after
 * `appointedBy`; for a PPPK the year of appointment, at 20 to 65 (by years), and a contract
 * code 01–99 (mostly 21, as issued in practice); sex 1 or 2; serial 001–999.
 */
import { type IsoDate, NIP_AGE_BOUNDS, type NipHolderKind } from '@netra/core';
import type fc from 'fast-check';
import { arbitraryOf, type Chooser } from './chooser.js';
import { drawDateBetween } from './dates.js';

export interface NipOptions {
  readonly kind?: NipHolderKind;
  /** The latest possible appointment (the TMT is not after it); default 2024-06-30. */
  readonly appointedBy?: IsoDate;
}

/** The parts of a NIP, as numbers, before they are written as digits. */
export interface NipDigits {
  readonly birthDate: IsoDate;
  readonly appointmentYear: number;
  /** TMT month 1–12 (PNS, CPNS) or contract code 1–99 (PPPK). */
  readonly appointmentCode: number;
  readonly sex: 1 | 2;
  readonly serial: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Writes the parts as the 18 digits; no check, so it can also write impossible numbers. */
export const formatNip = (d: NipDigits): string =>
  `${d.birthDate.replaceAll('-', '')}${pad(d.appointmentYear, 4)}${pad(d.appointmentCode, 2)}${d.sex}${pad(d.serial, 3)}`;

/** Oldest birth year drawn: still in service in 2024 (retirement at 58–65). */
const OLDEST_BIRTH_YEAR = 1964;
/** PPPK appointments start with the first national PPPK intake (2019). */
const FIRST_PPPK_YEAR = 2019;

const yearMonth = (d: IsoDate): { readonly year: number; readonly month: number } => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
});

export const drawNipDigits = (
  c: Chooser,
  kind: NipHolderKind,
  appointedBy: IsoDate = '2024-06-30',
): NipDigits => {
  const latest = yearMonth(appointedBy);
  const { minimum, maximum } = NIP_AGE_BOUNDS[kind === 'PPPK' ? 'PPPK' : 'PNS'];
  // A CPNS, appointed within the two years before `appointedBy`, was then at most `maximum`.
  const oldest =
    kind === 'CPNS' ? Math.max(OLDEST_BIRTH_YEAR, latest.year - maximum) : OLDEST_BIRTH_YEAR;
  // One spare year, so the appointment window below is never empty.
  const birthYear = c.int(oldest, latest.year - minimum - 1);
  const birthDate = drawDateBetween(c, `${birthYear}-01-01`, `${birthYear}-12-31`);
  const sex = c.pick([1, 2] as const);
  const serial = c.int(1, 999);
  if (kind === 'PPPK') {
    const from = Math.max(birthYear + minimum, Math.min(FIRST_PPPK_YEAR, latest.year));
    const appointmentYear = c.int(from, Math.min(latest.year, birthYear + maximum));
    const appointmentCode = c.chance(70) ? 21 : c.int(1, 99);
    return { birthDate, appointmentYear, appointmentCode, sex, serial };
  }
  // Months counted from year 0: turned 18 in or before the TMT month, not yet 47 before it
  // (the month of the 47th birthday is the last), TMT not after `appointedBy`.
  const birthMonth = Number(birthDate.slice(5, 7));
  const earliest = (birthYear + minimum) * 12 + birthMonth;
  const oldestTmt = (birthYear + maximum + 1) * 12 + birthMonth;
  const last = Math.min(latest.year * 12 + latest.month, oldestTmt);
  // A CPNS is on probation: appointed within the two years before `appointedBy`.
  const first =
    kind === 'CPNS' ? Math.max(earliest, latest.year * 12 + latest.month - 23) : earliest;
  const tmt = c.int(first, last);
  const appointmentYear = Math.floor((tmt - 1) / 12);
  const appointmentCode = tmt - appointmentYear * 12;
  return { birthDate, appointmentYear, appointmentCode, sex, serial };
};

export const drawNip = (c: Chooser, kind: NipHolderKind, appointedBy?: IsoDate): string =>
  formatNip(drawNipDigits(c, kind, appointedBy));

/** Valid NIPs (or NI PPPK) of one kind, or of a random kind. */
export const nipArb = (options: NipOptions = {}): fc.Arbitrary<string> =>
  arbitraryOf((c) =>
    drawNip(c, options.kind ?? c.pick(['PNS', 'CPNS', 'PPPK'] as const), options.appointedBy),
  );
