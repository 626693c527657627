import { describe, expect, it } from 'vitest';
import { compareDates, dayOfWeek, isIsoDate } from '../time/local-date.js';
import { HOLIDAYS_2023 } from './holidays-2023.js';
import { HOLIDAYS_2024 } from './holidays-2024.js';
import { HOLIDAYS_2025 } from './holidays-2025.js';
import { HOLIDAYS_2026 } from './holidays-2026.js';
import { rulebookV1 } from './rulebook.js';
import type { Holiday } from './types.js';
import { VOTING_DAYS_2024 } from './voting-days-2024.js';

const count = (rows: readonly Holiday[], kind: Holiday['kind']): number =>
  rows.filter((h) => h.kind === kind).length;
const datesOf = (rows: readonly Holiday[], kind: Holiday['kind']): string[] =>
  rows.filter((h) => h.kind === kind).map((h) => h.date);

describe('yearly decrees', () => {
  it('2023: 16 holidays, 8 cuti bersama as amended twice (11 days)', () => {
    expect(count(HOLIDAYS_2023, 'NATIONAL_HOLIDAY')).toBe(16);
    expect(datesOf(HOLIDAYS_2023, 'CUTI_BERSAMA')).toEqual([
      '2023-01-23',
      '2023-03-23',
      '2023-04-19',
      '2023-04-20',
      '2023-04-21',
      '2023-04-24',
      '2023-04-25',
      '2023-06-02',
      '2023-06-28',
      '2023-06-30',
      '2023-12-26',
    ]);
    // 26 Apr 2023 was dropped by the first amendment (SKB 327/2023).
    expect(HOLIDAYS_2023.some((h) => h.date === '2023-04-26')).toBe(false);
  });

  it('2024: 17 holidays and 10 cuti bersama (SKB 855/2023, 3/2023, 4/2023)', () => {
    expect(datesOf(HOLIDAYS_2024, 'NATIONAL_HOLIDAY')).toEqual([
      '2024-01-01',
      '2024-02-08',
      '2024-02-10',
      '2024-03-11',
      '2024-03-29',
      '2024-03-31',
      '2024-04-10',
      '2024-04-11',
      '2024-05-01',
      '2024-05-09',
      '2024-05-23',
      '2024-06-01',
      '2024-06-17',
      '2024-07-07',
      '2024-08-17',
      '2024-09-16',
      '2024-12-25',
    ]);
    expect(datesOf(HOLIDAYS_2024, 'CUTI_BERSAMA')).toEqual([
      '2024-02-09',
      '2024-03-12',
      '2024-04-08',
      '2024-04-09',
      '2024-04-12',
      '2024-04-15',
      '2024-05-10',
      '2024-05-24',
      '2024-06-18',
      '2024-12-26',
    ]);
    expect(HOLIDAYS_2024.every((h) => h.basis.instrument.includes('855/2023'))).toBe(true);
  });

  it('2025: 17 holidays, 10 cuti bersama plus 18 Aug by the 2025 amendment', () => {
    expect(count(HOLIDAYS_2025, 'NATIONAL_HOLIDAY')).toBe(17);
    expect(count(HOLIDAYS_2025, 'CUTI_BERSAMA')).toBe(11);
    const aug18 = HOLIDAYS_2025.find((h) => h.date === '2025-08-18');
    expect(aug18?.kind).toBe('CUTI_BERSAMA');
    expect(aug18?.decreedOn).toBe('2025-08-07');
    expect(aug18?.basis.instrument).toContain('933/2025');
  });

  it('2026: 17 holidays and 8 cuti bersama', () => {
    expect(count(HOLIDAYS_2026, 'NATIONAL_HOLIDAY')).toBe(17);
    expect(datesOf(HOLIDAYS_2026, 'CUTI_BERSAMA')).toEqual([
      '2026-02-16',
      '2026-03-18',
      '2026-03-20',
      '2026-03-23',
      '2026-03-24',
      '2026-05-15',
      '2026-05-28',
      '2026-12-24',
    ]);
  });

  it('voting days carry their Keppres and decree date', () => {
    expect(VOTING_DAYS_2024).toEqual([
      expect.objectContaining({ date: '2024-02-14', kind: 'VOTING_DAY', decreedOn: '2024-02-06' }),
      expect.objectContaining({ date: '2024-11-27', kind: 'VOTING_DAY', decreedOn: '2024-11-21' }),
    ]);
    expect(VOTING_DAYS_2024[0]?.basis.instrument).toBe('Keppres 10/2024');
    expect(VOTING_DAYS_2024[1]?.basis.instrument).toBe('Keppres 33/2024');
  });
});

describe('every holiday row in the rulebook', () => {
  const rows = rulebookV1.holidays;

  it('has a valid date, a name, and a cited basis with a confidence tag', () => {
    expect(rows.length).toBe(27 + 29 + 28 + 25);
    for (const h of rows) {
      expect(isIsoDate(h.date), h.date).toBe(true);
      expect(h.name.length).toBeGreaterThan(0);
      expect(h.basis.instrument, h.date).toMatch(/SKB|Keppres/);
      expect(['C', 'S', 'R']).toContain(h.basis.confidence);
      expect(h.basis.source, h.date).toBeTruthy();
    }
  });

  it('was decreed before the day it names', () => {
    for (const h of rows) {
      expect(h.decreedOn, h.date).toBeDefined();
      expect(compareDates(h.decreedOn ?? h.date, h.date), h.date).toBeLessThan(0);
    }
  });

  it('appears once per date, in date order', () => {
    const dates = rows.map((h) => h.date);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
  });

  it('puts cuti bersama and voting days on weekdays (they close offices that would be open)', () => {
    for (const h of rows.filter((r) => r.kind !== 'NATIONAL_HOLIDAY')) {
      expect([1, 2, 3, 4, 5], `${h.date} ${h.name}`).toContain(dayOfWeek(h.date));
    }
  });

  it('matches the weekdays the decrees print for holidays on a weekend', () => {
    // §4.1: 10 Feb (Sat), 31 Mar (Sun), 1 Jun (Sat), 7 Jul (Sun), 17 Aug (Sat) 2024.
    expect(
      ['2024-02-10', '2024-03-31', '2024-06-01', '2024-07-07', '2024-08-17'].map(dayOfWeek),
    ).toEqual([6, 0, 6, 0, 6]);
    expect(dayOfWeek('2025-03-29')).toBe(6); // Nyepi 2025, Sabtu
    expect(dayOfWeek('2026-03-21')).toBe(6); // Idul Fitri 2026, Sabtu
  });
});
