/**
 * Counting legal periods in days.
 *
 * An n-day period "sejak" (since) a date `from` ends on its n-th day, the last day on which the
 * act is still in time (`due`). Which day is day 1 is a policy choice no source settles
 * (research/legal-process.md §4.1) and lives in {@link CountingPolicy}:
 * - `dayOfKnowledgeCounts = false` (default [R]): day 1 is the day after `from`;
 * - `dayOfKnowledgeCounts = true`: day 1 is `from` itself.
 *
 * `hari kalender` (CALENDAR) counts every day. `hari kerja` (WORKING) counts only working days:
 * Saturdays, Sundays, national holidays (libur nasional) and, by default, voting days made
 * holidays by Keppres and cuti bersama [R] are skipped. So with the default policy day 1 of a
 * working-day period is the first working day after `from`; when `from` itself counts, day 1 is
 * `from` if it is a working day, else the first working day after it.
 *
 * Only the holidays passed in apply: a holiday decreed later (e.g. a Keppres making a voting day
 * a holiday a week before) reaches a deadline only once it is added to the rulebook, which
 * changes the rulebook version (see rules/rulebook.ts). {@link holidaysDecreedBy} lets a caller
 * reconstruct what was known on a given day.
 */
import type { CountingPolicy, DayType, Holiday } from '../rules/types.js';
import { addCalendarDays, compareDates, dayOfWeek, type IsoDate } from './local-date.js';

/** True when government offices are open on `d` under `policy`. */
export const isWorkingDay = (
  d: IsoDate,
  holidays: readonly Holiday[],
  policy: CountingPolicy,
): boolean => {
  const weekday = dayOfWeek(d);
  if (weekday === 0 || weekday === 6) return false;
  for (const h of holidays) {
    if (h.date !== d) continue;
    if (h.kind === 'CUTI_BERSAMA' && policy.cutiBersamaIsWorkingDay) continue;
    if (h.kind === 'VOTING_DAY' && policy.votingDayIsWorkingDay) continue;
    return false;
  }
  return true;
};

/**
 * The last day (`due`) of an `n`-day period running from `from`, `n` ≥ 1.
 * Example (Pemilu, working days, default policy): knowledge on Fri 2024-03-01, 7 working days →
 * Mon 4 … Fri 8 are days 1–5, Mon 11 (Nyepi) and Tue 12 (cuti bersama) are skipped,
 * Wed 13 is day 6 and Thu 14 day 7: due 2024-03-14.
 */
export const addDays = (
  from: IsoDate,
  n: number,
  dayType: DayType,
  holidays: readonly Holiday[],
  policy: CountingPolicy,
): IsoDate => {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`a period must be a whole number of days ≥ 1, got ${n}`);
  }
  // The day before day 1's earliest candidate: `from` itself, or the day before when it counts.
  const start = policy.dayOfKnowledgeCounts ? addCalendarDays(from, -1) : from;
  if (dayType === 'CALENDAR') return addCalendarDays(start, n);
  let cursor = start;
  let counted = 0;
  while (counted < n) {
    cursor = addCalendarDays(cursor, 1);
    if (isWorkingDay(cursor, holidays, policy)) counted += 1;
  }
  return cursor;
};

/** The holidays whose decree was signed on or before `asOf` (rows without `decreedOn` always count). */
export const holidaysDecreedBy = (
  holidays: readonly Holiday[],
  asOf: IsoDate,
): readonly Holiday[] =>
  holidays.filter((h) => h.decreedOn === undefined || compareDates(h.decreedOn, asOf) <= 0);
