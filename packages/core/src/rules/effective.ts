/**
 * Whether a dated row of the rulebook is in force on a day (proceedings-types.ts `Effective`):
 * from `effectiveFrom` to `effectiveUntil`, both inclusive; an absent bound does not bound.
 */
import { compareDates, type IsoDate } from '../time/local-date.js';
import type { Effective } from './proceedings-types.js';

/** True when `row` is in force on `on`. */
export const effectiveOn = (row: Effective, on: IsoDate): boolean =>
  (row.effectiveFrom === undefined || compareDates(on, row.effectiveFrom) >= 0) &&
  (row.effectiveUntil === undefined || compareDates(on, row.effectiveUntil) <= 0);
