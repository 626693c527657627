import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  localDateOf,
} from './local-date.js';

describe('isIsoDate', () => {
  it('accepts real days, including 29 Feb in a leap year', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2024-12-31')).toBe(true);
  });

  it('rejects days that do not exist', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-04-31')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-00-10')).toBe(false);
    expect(isIsoDate('2024-01-00')).toBe(false);
  });

  it('rejects other shapes', () => {
    expect(isIsoDate('2024-2-01')).toBe(false);
    expect(isIsoDate('2024-02-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('01-02-2024')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('localDateOf', () => {
  it('17:30 UTC on 30 Sep is already 1 Oct in all three zones', () => {
    expect(localDateOf('2024-09-30T17:30:00Z', 'WIB')).toBe('2024-10-01');
    expect(localDateOf('2024-09-30T17:30:00Z', 'WITA')).toBe('2024-10-01');
    expect(localDateOf('2024-09-30T17:30:00Z', 'WIT')).toBe('2024-10-01');
  });

  it('16:30 UTC is 23:30 WIB (30 Sep) but 00:30 WITA and 01:30 WIT (1 Oct)', () => {
    expect(localDateOf('2024-09-30T16:30:00Z', 'WIB')).toBe('2024-09-30');
    expect(localDateOf('2024-09-30T16:30:00Z', 'WITA')).toBe('2024-10-01');
    expect(localDateOf('2024-09-30T16:30:00Z', 'WIT')).toBe('2024-10-01');
  });

  it('15:30 UTC is still 30 Sep in WIB and WITA, 1 Oct only in WIT', () => {
    expect(localDateOf('2024-09-30T15:30:00Z', 'WIB')).toBe('2024-09-30');
    expect(localDateOf('2024-09-30T15:30:00Z', 'WITA')).toBe('2024-09-30');
    expect(localDateOf('2024-09-30T15:30:00Z', 'WIT')).toBe('2024-10-01');
  });

  it('the exact local midnight belongs to the new day', () => {
    expect(localDateOf('2024-09-30T17:00:00Z', 'WIB')).toBe('2024-10-01');
    expect(localDateOf('2024-09-30T16:59:59.999Z', 'WIB')).toBe('2024-09-30');
  });

  it('honours an explicit offset and accepts a Date', () => {
    // 00:30 WITA on 1 Oct is 23:30 WIB on 30 Sep.
    expect(localDateOf('2024-10-01T00:30:00+08:00', 'WIB')).toBe('2024-09-30');
    expect(localDateOf('2024-10-01T00:30:00+08:00', 'WITA')).toBe('2024-10-01');
    expect(localDateOf(new Date(Date.UTC(2023, 11, 31, 17, 0)), 'WIB')).toBe('2024-01-01');
    expect(localDateOf(new Date(Date.UTC(2024, 1, 28, 16, 0)), 'WITA')).toBe('2024-02-29');
  });

  it('refuses an instant without an offset, and an invalid one', () => {
    expect(() => localDateOf('2024-09-30T17:30:00', 'WIB')).toThrow(RangeError);
    expect(() => localDateOf('not a dateZ', 'WIB')).toThrow(RangeError);
    expect(() => localDateOf(new Date(Number.NaN), 'WIB')).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it('crosses month, leap-day and year boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-11-22', 7)).toBe('2024-11-29');
    expect(addCalendarDays('2024-11-22', 0)).toBe('2024-11-22');
  });

  it('rejects a fractional count and a malformed date', () => {
    expect(() => addCalendarDays('2024-01-01', 1.5)).toThrow(RangeError);
    expect(() => addCalendarDays('2024-02-30', 1)).toThrow(RangeError);
  });
});

describe('compareDates, daysBetween and dayOfWeek', () => {
  it('orders dates', () => {
    expect(compareDates('2024-08-22', '2024-08-23')).toBeLessThan(0);
    expect(compareDates('2024-08-23', '2024-08-23')).toBe(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBeGreaterThan(0);
  });

  it('counts days between dates', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29);
  });

  it('names weekdays as the decrees do', () => {
    expect(dayOfWeek('2024-02-14')).toBe(3); // Rabu, Pemilu voting day
    expect(dayOfWeek('2024-11-27')).toBe(3); // Rabu, Pilkada voting day
    expect(dayOfWeek('2024-08-17')).toBe(6); // Sabtu
    expect(dayOfWeek('2024-03-31')).toBe(0); // Minggu, Paskah
    expect(dayOfWeek('2024-02-05')).toBe(1); // Senin
  });
});

describe('years 0000–0099 (Date.UTC would read them as 1900–1999)', () => {
  it('orders them before the 20th century', () => {
    expect(compareDates('0096-01-01', '1995-06-01')).toBe(-1);
    expect(addCalendarDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('refuses an instant whose local day falls outside 0000–9999 instead of writing a bad date', () => {
    expect(() => localDateOf('0000-01-01T00:00:00+14:00', 'WIB')).toThrow(RangeError);
  });
});
