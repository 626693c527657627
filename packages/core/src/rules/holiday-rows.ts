/**
 * Small constructors for holiday rows, so each yearly table reads as the decree's own list.
 * Internal to rules/: the tables export the rows, not these helpers.
 */
import type { IsoDate } from '../time/local-date.js';
import type { Holiday, LegalBasis } from './types.js';

/** A decree: its basis, and the day it was signed (the day its rows became knowable). */
export interface HolidayDecree {
  readonly basis: LegalBasis;
  readonly signedOn: IsoDate;
}

/** A libur nasional row. */
export const nationalHoliday = (decree: HolidayDecree, date: IsoDate, name: string): Holiday => ({
  date,
  kind: 'NATIONAL_HOLIDAY',
  name,
  basis: decree.basis,
  decreedOn: decree.signedOn,
});

/** A cuti bersama row. */
export const cutiBersama = (decree: HolidayDecree, date: IsoDate, name: string): Holiday => ({
  date,
  kind: 'CUTI_BERSAMA',
  name: `Cuti bersama ${name}`,
  basis: decree.basis,
  decreedOn: decree.signedOn,
});
