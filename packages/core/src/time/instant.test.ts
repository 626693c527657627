import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  compareInstants,
  endOfLocalDay,
  formatInstantInZone,
  isLocalTime,
  localTimeToInstant,
  parseInstant,
} from './instant.js';
import { localDateOf, type TimeZoneCode, zoneOffsetHours } from './local-date.js';

const ZONES: readonly TimeZoneCode[] = ['WIB', 'WITA', 'WIT'];

describe('zoneOffsetHours', () => {
  it('WIB +7, WITA +8, WIT +9', () => {
    expect(ZONES.map(zoneOffsetHours)).toEqual([7, 8, 9]);
  });
});

describe('parseInstant', () => {
  it('reads Z and ±HH:MM offsets (with or without the colon) to epoch milliseconds', () => {
    const ms = Date.UTC(2024, 8, 30, 17, 30);
    expect(parseInstant('2024-09-30T17:30:00Z')).toBe(ms);
    expect(parseInstant('2024-09-30T17:30Z')).toBe(ms);
    expect(parseInstant('2024-10-01T00:30:00+07:00')).toBe(ms);
    expect(parseInstant('2024-10-01T01:30:00.000+08:00')).toBe(ms);
    expect(parseInstant('2024-10-01T02:30:00+0900')).toBe(ms);
    expect(parseInstant('2024-09-30T12:30:00-05:00')).toBe(ms);
  });

  it('keeps milliseconds and drops digits past them', () => {
    const ms = Date.UTC(2024, 8, 30, 17, 30, 15, 123);
    expect(parseInstant('2024-09-30T17:30:15.123Z')).toBe(ms);
    expect(parseInstant('2024-09-30T17:30:15.123999+00:00')).toBe(ms);
    expect(parseInstant('2024-09-30T17:30:15.1Z')).toBe(ms - 23);
  });

  it('refuses an instant without an offset, an impossible one, and other shapes', () => {
    for (const bad of [
      '2024-10-01T00:30:00',
      '2024-10-01',
      '2024-02-30T10:00:00Z',
      '2024-10-01T24:00:00Z',
      '2024-10-01T10:60:00Z',
      '2024-12-31T23:59:60Z',
      '2024-10-01T10:00:00+15:00',
      'Tue Oct 01 2024 00:30:00 GMT+0700',
      '2024-10-01 00:30:00+07:00',
      '',
    ]) {
      expect(() => parseInstant(bad), bad).toThrow(RangeError);
    }
  });
});

describe('formatInstantInZone', () => {
  it('writes the instant in the zone, to the millisecond, with the zone’s offset', () => {
    const ms = Date.UTC(2024, 8, 30, 17, 30, 5, 7);
    expect(formatInstantInZone(ms, 'WIB')).toBe('2024-10-01T00:30:05.007+07:00');
    expect(formatInstantInZone(ms, 'WITA')).toBe('2024-10-01T01:30:05.007+08:00');
    expect(formatInstantInZone(ms, 'WIT')).toBe('2024-10-01T02:30:05.007+09:00');
  });

  it('round-trips through parseInstant, and its date is localDateOf', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom(...ZONES),
        (ms, zone) => {
          const written = formatInstantInZone(ms, zone);
          expect(written).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[789]:00$/);
          expect(parseInstant(written)).toBe(ms);
          expect(written.slice(0, 10)).toBe(localDateOf(new Date(ms).toISOString(), zone));
        },
      ),
    );
  });

  it('refuses a fractional or non-finite millisecond count, and years past 9999', () => {
    expect(() => formatInstantInZone(1.5, 'WIB')).toThrow(RangeError);
    expect(() => formatInstantInZone(Number.NaN, 'WIB')).toThrow(RangeError);
    expect(() => formatInstantInZone(Date.UTC(9999, 11, 31, 20), 'WIB')).toThrow(RangeError);
  });
});

describe('local times', () => {
  it('isLocalTime: HH:MM from 00:00 to 23:59', () => {
    for (const ok of ['00:00', '09:05', '16:00', '23:59']) expect(isLocalTime(ok), ok).toBe(true);
    for (const bad of ['24:00', '7:00', '16:60', '16:00:00', '1600', '', ' 16:00']) {
      expect(isLocalTime(bad), bad).toBe(false);
    }
  });

  it('localTimeToInstant: that wall-clock time in the zone', () => {
    expect(localTimeToInstant('2024-10-01', '16:00', 'WIB')).toBe('2024-10-01T16:00:00.000+07:00');
    expect(localTimeToInstant('2024-10-01', '16:00', 'WITA')).toBe('2024-10-01T16:00:00.000+08:00');
    expect(parseInstant(localTimeToInstant('2024-10-01', '16:00', 'WIT'))).toBe(
      Date.UTC(2024, 9, 1, 7),
    );
    expect(parseInstant(localTimeToInstant('2024-10-01', '00:00', 'WIB'))).toBe(
      Date.UTC(2024, 8, 30, 17),
    );
    expect(() => localTimeToInstant('2024-10-01', '24:00', 'WIB')).toThrow(RangeError);
    expect(() => localTimeToInstant('2024-02-30', '16:00', 'WIB')).toThrow(RangeError);
  });

  it('endOfLocalDay: the last millisecond of the local day', () => {
    expect(endOfLocalDay('2024-10-01', 'WITA')).toBe('2024-10-01T23:59:59.999+08:00');
    expect(parseInstant(endOfLocalDay('2024-10-01', 'WIB')) + 1).toBe(
      parseInstant(localTimeToInstant('2024-10-02', '00:00', 'WIB')),
    );
    expect(() => endOfLocalDay('2024-13-01', 'WIB')).toThrow(RangeError);
  });
});

describe('compareInstants', () => {
  it('compares the instants, not the strings', () => {
    expect(compareInstants('2024-10-01T00:30:00+07:00', '2024-09-30T17:30:00Z')).toBe(0);
    expect(compareInstants('2024-10-01T00:30:00+08:00', '2024-10-01T00:00:00+07:00')).toBe(-1);
    expect(compareInstants('2024-10-01T00:00:00.001+07:00', '2024-10-01T00:00:00+07:00')).toBe(1);
  });
});

describe('no host time zone leaks in', () => {
  const saved = process.env.TZ;
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('answers the same under any TZ of the host', () => {
    const answers = (): unknown[] => [
      parseInstant('2024-10-01T00:30:00+07:00'),
      formatInstantInZone(Date.UTC(2024, 8, 30, 17, 30), 'WITA'),
      localTimeToInstant('2024-03-31', '02:30', 'WIB'),
    ];
    const reference = answers();
    for (const tz of ['America/New_York', 'Europe/Berlin', 'Pacific/Chatham', 'UTC']) {
      process.env.TZ = tz;
      expect(answers(), tz).toEqual(reference);
    }
  });
});
