/**
 * ISO 8601 weeks (Monday to Sunday; week 1 holds the year's first Thursday), written
 * `YYYY-Www`: the unit of the weekly review. A week is taken of a legal *date* — already the
 * local date in the case's time zone (WIB, WITA, WIT), as every date in the case state is — so
 * an act on Monday 00:30 WITA counts in Monday's week wherever the server runs.
 */
import { addCalendarDays, dayOfWeek, type IsoDate, isIsoDate } from '../../time/index.js';

/** `YYYY-Www`, e.g. `2024-W33`. */
export type IsoWeek = string;

const ISO_WEEK = /^(\d{4})-W(\d{2})$/;

const DAY_MS = 86_400_000;
const weeks = new Map<IsoDate, IsoWeek>();

const computeIsoWeek = (date: IsoDate): IsoWeek => {
  const ms = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  // The Thursday of the date's week decides the week's year and number.
  const thursday = new Date(ms + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const ordinal = Math.round((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS) + 1;
  return `${year}-W${String(Math.floor((ordinal - 1) / 7) + 1).padStart(2, '0')}`;
};

/**
 * The ISO week of a date: 2024-08-12 (a Monday) → `2024-W33`; 2024-12-30 → `2025-W01`.
 * Remembered per date (a season has a few hundred distinct dates), since the projection's
 * totals ask for the same dates again and again.
 */
export const isoWeekOf = (date: IsoDate): IsoWeek => {
  const known = weeks.get(date);
  if (known !== undefined) return known;
  if (!isIsoDate(date)) throw new RangeError(`not an ISO calendar date: ${date}`);
  const week = computeIsoWeek(date);
  weeks.set(date, week);
  return week;
};

/** Whether `s` is written `YYYY-Www` with a week from 01 to 53. */
export const isIsoWeek = (s: string): boolean => {
  const m = ISO_WEEK.exec(s);
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 53;
};

/** The Monday a week starts on: `2024-W33` → 2024-08-12. */
export const mondayOf = (week: IsoWeek): IsoDate => {
  const m = ISO_WEEK.exec(week);
  if (m === null) throw new RangeError(`not an ISO week (YYYY-Www): ${week}`);
  // 4 January is always in week 1.
  const jan4 = `${m[1]}-01-04`;
  const week1Monday = addCalendarDays(jan4, -((dayOfWeek(jan4) + 6) % 7));
  return addCalendarDays(week1Monday, (Number(m[2]) - 1) * 7);
};
