/**
 * Calendar dates as the law counts them: a plain `YYYY-MM-DD` day in Indonesia, never an
 * instant. Deadlines ("7 hari sejak diketahui") are counted in whole local days, so the domain
 * works on dates and converts an instant to a date only at the edge, in the zone of the office
 * that acted (WIB, WITA or WIT).
 *
 * All arithmetic runs on UTC midnights so that the host's time zone never leaks in; no function
 * here reads the system clock.
 */

/** A calendar date in Indonesia, `YYYY-MM-DD`. Validate with {@link isIsoDate}. */
export type IsoDate = string;

/**
 * Indonesia's three time zones (Keppres 41/1987): WIB = UTC+7, WITA = UTC+8, WIT = UTC+9.
 * None observes daylight-saving time, so a fixed offset is exact.
 */
export type TimeZoneCode = 'WIB' | 'WITA' | 'WIT';

const OFFSET_HOURS: Readonly<Record<TimeZoneCode, number>> = { WIB: 7, WITA: 8, WIT: 9 };

/** The zone's fixed offset from UTC in hours: WIB 7, WITA 8, WIT 9. */
export const zoneOffsetHours = (zone: TimeZoneCode): number => OFFSET_HOURS[zone];
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad2 = (n: number): string => String(n).padStart(2, '0');

const formatUtc = (d: Date): IsoDate =>
  `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;

/**
 * Milliseconds of the UTC midnight of `d`; throws on a malformed date (a programming error).
 * `Date.UTC` maps years 0–99 to 1900–1999, so the year is set separately.
 */
const toUtcMs = (d: IsoDate): number => {
  const m = ISO_DATE.exec(d);
  if (m === null || !isIsoDate(d)) throw new RangeError(`not an ISO calendar date: ${d}`);
  const midnight = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3])));
  midnight.setUTCFullYear(Number(m[1]));
  return midnight.getTime();
};

const namesRealDay = (s: string): boolean => {
  const m = ISO_DATE.exec(s);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
};

/**
 * Dates already found real. Every stored event's dates are checked again when it is read, and
 * a season names a few thousand distinct days, so the answer is remembered (bounded: the set is
 * emptied when it grows past {@link REAL_DATES_KEPT}). Only `true` answers are kept.
 */
const realDates = new Set<string>();
const REAL_DATES_KEPT = 100_000;

/** True when `s` is `YYYY-MM-DD` and names a real day (so 2023-02-29 and 2024-02-30 are rejected). */
export const isIsoDate = (s: string): boolean => {
  if (realDates.has(s)) return true;
  const real = namesRealDay(s);
  if (real) {
    if (realDates.size >= REAL_DATES_KEPT) realDates.clear();
    realDates.add(s);
  }
  return real;
};

/**
 * The local calendar date of an instant in the given Indonesian zone. A report received at
 * 00:30 WITA on 1 Oct is legally received on 1 Oct even though it is still 30 Sep in UTC.
 * A string must carry its own offset (`Z` or `±hh:mm`); a bare local time is ambiguous.
 */
export const localDateOf = (instant: string | Date, zone: TimeZoneCode): IsoDate => {
  if (typeof instant === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/i.test(instant.trim())) {
    throw new RangeError(`instant without a time-zone offset: ${instant}`);
  }
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`not a valid instant: ${String(instant)}`);
  const local = new Date(ms + OFFSET_HOURS[zone] * 3_600_000);
  const year = local.getUTCFullYear();
  if (year < 0 || year > 9999)
    throw new RangeError(`instant outside the years 0000–9999: ${String(instant)}`);
  return formatUtc(local);
};

/** `d` plus `n` calendar days (`n` may be negative). */
export const addCalendarDays = (d: IsoDate, n: number): IsoDate => {
  if (!Number.isInteger(n)) throw new RangeError(`day count must be an integer: ${n}`);
  return formatUtc(new Date(toUtcMs(d) + n * DAY_MS));
};

/** Negative when `a` is before `b`, zero when equal, positive when after. */
export const compareDates = (a: IsoDate, b: IsoDate): number => {
  const diff = toUtcMs(a) - toUtcMs(b);
  return diff === 0 ? 0 : diff < 0 ? -1 : 1;
};

/** 0 = Sunday (Minggu) … 6 = Saturday (Sabtu). */
export const dayOfWeek = (d: IsoDate): number => new Date(toUtcMs(d)).getUTCDay();

/** Whole calendar days from `a` to `b` (positive when `b` is later). */
export const daysBetween = (a: IsoDate, b: IsoDate): number =>
  Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
