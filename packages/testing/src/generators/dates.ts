/**
 * Calendar dates and instants for the generators. Legal dates are local `YYYY-MM-DD` days in
 * the zone of the office handling the case; an instant is written either with that zone's
 * offset (as a clerk's system would) or in UTC, so that the decider's conversion of an instant
 * to its local day is exercised too.
 */
import {
  addCalendarDays,
  compareDates,
  daysBetween,
  type IsoDate,
  type TimeZoneCode,
} from '@netra/core';
import type fc from 'fast-check';
import { arbitraryOf, type Chooser } from './chooser.js';

/** UTC offsets of WIB, WITA and WIT (Keppres 41/1987; no daylight-saving time). */
export const ZONE_OFFSET_HOURS: Readonly<Record<TimeZoneCode, number>> = {
  WIB: 7,
  WITA: 8,
  WIT: 9,
};

export const plusDays = (d: IsoDate, n: number): IsoDate => addCalendarDays(d, n);
export const laterOf = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b);
export const earlierOf = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) <= 0 ? a : b);
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;

/** A day in [from, to]; `from` when the window is empty. Shrinks towards `from`. */
export const drawDateBetween = (c: Chooser, from: IsoDate, to: IsoDate): IsoDate =>
  plusDays(from, c.int(0, Math.max(0, daysBetween(from, to))));

/** Arbitrary days in [from, to]. */
export const isoDateArb = (from: IsoDate, to: IsoDate): fc.Arbitrary<IsoDate> =>
  arbitraryOf((c) => drawDateBetween(c, from, to));

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * The instant `minuteOfDay` minutes after local midnight of `date` in `zone`: with the zone's
 * offset (`2024-08-08T10:00:00+07:00`), or the same instant in UTC when `utc` is set.
 */
export const instantAt = (
  date: IsoDate,
  zone: TimeZoneCode,
  minuteOfDay: number,
  utc = false,
): string => {
  const hh = pad2(Math.floor(minuteOfDay / 60));
  const mm = pad2(minuteOfDay % 60);
  const local = `${date}T${hh}:${mm}:00+${pad2(ZONE_OFFSET_HOURS[zone])}:00`;
  return utc ? new Date(Date.parse(local)).toISOString() : local;
};

/** The instant `ms` written with the zone's offset (`2025-03-03T09:00:00+07:00`), or in UTC. */
export const formatInstant = (ms: number, zone: TimeZoneCode, utc = false): string => {
  if (utc) return new Date(ms).toISOString();
  const local = new Date(ms + ZONE_OFFSET_HOURS[zone] * 3_600_000).toISOString().slice(0, 19);
  return `${local}+${pad2(ZONE_OFFSET_HOURS[zone])}:00`;
};

/** The local day and the minute of that day of the instant `ms` in `zone`. */
export const localDayMinute = (
  ms: number,
  zone: TimeZoneCode,
): { readonly day: IsoDate; readonly minute: number } => {
  const local = ms + ZONE_OFFSET_HOURS[zone] * 3_600_000;
  const dayMs = 86_400_000;
  return {
    day: new Date(local).toISOString().slice(0, 10),
    minute: Math.floor((((local % dayMs) + dayMs) % dayMs) / 60_000),
  };
};
