/**
 * Instants on the clock, for the periods the law counts in hours ("1×24 jam") and for the hour
 * at which a period counted in days closes (office close on its last day).
 *
 * An instant is written as ISO 8601 with an explicit offset, and this module always writes it
 * in the zone of the office concerned, to the millisecond: `2024-10-01T16:00:00.000+07:00`.
 * Indonesia's zones have fixed offsets (see local-date.ts), so converting between a local time
 * and an instant is exact. Everything here is pure: no function reads the host's clock or time
 * zone.
 */
import { type IsoDate, isIsoDate, type TimeZoneCode, zoneOffsetHours } from './local-date.js';

/** An instant written `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z` or `±HH:MM`; see {@link parseInstant}. */
export type IsoInstant = string;

/** A local wall-clock time `HH:MM`, 00:00–23:59. */
export type LocalTime = string;

export const HOUR_MS = 3_600_000;

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** True when `s` is a local time `HH:MM` from 00:00 to 23:59. */
export const isLocalTime = (s: string): boolean => LOCAL_TIME.test(s);

/**
 * Epoch milliseconds of an ISO 8601 instant. The offset is required (a bare local time is
 * ambiguous) and every field is checked: 2024-02-30, 24:00 and a leap second are refused, as is
 * any other shape `Date.parse` would guess at. Digits past the millisecond are dropped.
 */
export const parseInstant = (instant: IsoInstant): number => {
  const m = INSTANT.exec(instant);
  if (m === null) {
    throw new RangeError(
      `not an ISO instant with an offset (YYYY-MM-DDTHH:MM[:SS[.fff]]±HH:MM): ${instant.slice(0, 64)}`,
    );
  }
  const [, y, mo, d, h, mi, s, frac, z, sign, oh, om] = m;
  const hours = Number(h);
  const minutes = Number(mi);
  const seconds = Number(s ?? '0');
  const offsetMinutes = z !== undefined ? 0 : Number(oh) * 60 + Number(om);
  if (
    !isIsoDate(`${y}-${mo}-${d}`) ||
    hours > 23 ||
    minutes > 59 ||
    seconds > 59 ||
    (z === undefined && (Number(oh) > 14 || Number(om) > 59))
  ) {
    throw new RangeError(`not a valid instant: ${instant}`);
  }
  const millis = Number((frac ?? '').padEnd(3, '0').slice(0, 3));
  const utc = new Date(Date.UTC(2000, Number(mo) - 1, Number(d), hours, minutes, seconds, millis));
  utc.setUTCFullYear(Number(y));
  return utc.getTime() - (sign === '-' ? -1 : 1) * offsetMinutes * 60_000;
};

/**
 * The instant `ms` (epoch milliseconds) written in `zone`, to the millisecond:
 * `YYYY-MM-DDTHH:MM:SS.sss+07:00` (WIB), `+08:00` (WITA), `+09:00` (WIT).
 */
export const formatInstantInZone = (ms: number, zone: TimeZoneCode): IsoInstant => {
  if (!Number.isInteger(ms)) throw new RangeError(`not a whole number of milliseconds: ${ms}`);
  const offset = zoneOffsetHours(zone);
  const local = new Date(ms + offset * HOUR_MS);
  const year = local.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) {
    throw new RangeError(`instant outside the years 0000–9999: ${ms}`);
  }
  return (
    `${pad(year, 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}+${pad(offset)}:00`
  );
};

/** The instant of local time `time` (`HH:MM`) on `date` in `zone`, e.g. 16:00 WIB on a due date. */
export const localTimeToInstant = (
  date: IsoDate,
  time: LocalTime,
  zone: TimeZoneCode,
): IsoInstant => {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO calendar date: ${date}`);
  if (!isLocalTime(time)) throw new RangeError(`not a local time HH:MM (00:00–23:59): ${time}`);
  return `${date}T${time}:00.000+${pad(zoneOffsetHours(zone))}:00`;
};

/** The last millisecond of `date` in `zone`: `YYYY-MM-DDT23:59:59.999+07:00` in WIB. */
export const endOfLocalDay = (date: IsoDate, zone: TimeZoneCode): IsoInstant => {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO calendar date: ${date}`);
  return `${date}T23:59:59.999+${pad(zoneOffsetHours(zone))}:00`;
};

/** Negative when `a` is before `b`, zero when the same instant (whatever the offsets), positive after. */
export const compareInstants = (a: IsoInstant, b: IsoInstant): number => {
  const diff = parseInstant(a) - parseInstant(b);
  return diff === 0 ? 0 : diff < 0 ? -1 : 1;
};
