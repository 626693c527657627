import { describe, expect, it } from 'vitest';
import { rulebookV1 } from '../rules/rulebook.js';
import type { CountingPolicy, Holiday } from '../rules/types.js';
import { addDays, holidaysDecreedBy, isWorkingDay } from './day-counting.js';

const DEFAULT: CountingPolicy = {
  cutiBersamaIsWorkingDay: false,
  dayOfKnowledgeCounts: false,
  votingDayIsWorkingDay: false,
};
const CUTI_WORKS: CountingPolicy = { ...DEFAULT, cutiBersamaIsWorkingDay: true };
const VOTING_WORKS: CountingPolicy = { ...DEFAULT, votingDayIsWorkingDay: true };
const DAY_ONE_IS_FROM: CountingPolicy = { ...DEFAULT, dayOfKnowledgeCounts: true };
const H = rulebookV1.holidays;

describe('isWorkingDay', () => {
  it('is false on weekends even without holidays', () => {
    expect(isWorkingDay('2024-07-13', [], DEFAULT)).toBe(false); // Sabtu
    expect(isWorkingDay('2024-07-14', [], DEFAULT)).toBe(false); // Minggu
    expect(isWorkingDay('2024-07-15', [], DEFAULT)).toBe(true);
  });

  it('is false on a national holiday and on a voting day', () => {
    expect(isWorkingDay('2024-02-08', H, DEFAULT)).toBe(false); // Isra Mikraj
    expect(isWorkingDay('2024-02-14', H, DEFAULT)).toBe(false); // Keppres 10/2024
    expect(isWorkingDay('2024-11-27', H, DEFAULT)).toBe(false); // Keppres 33/2024
    expect(isWorkingDay('2024-02-08', H, CUTI_WORKS)).toBe(false);
  });

  it('treats cuti bersama per policy', () => {
    expect(isWorkingDay('2024-02-09', H, DEFAULT)).toBe(false);
    expect(isWorkingDay('2024-02-09', H, CUTI_WORKS)).toBe(true);
  });

  it('treats a voting day per policy, and only a voting day', () => {
    expect(isWorkingDay('2024-02-14', H, VOTING_WORKS)).toBe(true); // Keppres 10/2024
    expect(isWorkingDay('2024-11-27', H, VOTING_WORKS)).toBe(true); // Keppres 33/2024
    expect(isWorkingDay('2024-02-08', H, VOTING_WORKS)).toBe(false); // Isra Mikraj
    expect(isWorkingDay('2024-02-09', H, VOTING_WORKS)).toBe(false); // cuti bersama
    expect(isWorkingDay('2024-02-14', H, CUTI_WORKS)).toBe(false);
  });

  it('a voting day that is also a national holiday stays closed under the switch', () => {
    const both: Holiday[] = [
      {
        date: '2024-02-14',
        kind: 'VOTING_DAY',
        name: 'v',
        basis: { instrument: 'x', confidence: 'R' },
      },
      {
        date: '2024-02-14',
        kind: 'NATIONAL_HOLIDAY',
        name: 'n',
        basis: { instrument: 'y', confidence: 'R' },
      },
    ];
    expect(isWorkingDay('2024-02-14', both, VOTING_WORKS)).toBe(false);
  });

  it('only knows the holidays it is given', () => {
    expect(isWorkingDay('2024-02-08', [], DEFAULT)).toBe(true);
  });
});

describe('addDays, WORKING (Pemilu)', () => {
  it('7 working days from a Wednesday skip one weekend', () => {
    // Thu 11, Fri 12, Mon 15 … Fri 19.
    expect(addDays('2024-07-10', 7, 'WORKING', H, DEFAULT)).toBe('2024-07-19');
  });

  it('7 working days from a Friday: day 1 is the Monday', () => {
    expect(addDays('2024-07-05', 7, 'WORKING', H, DEFAULT)).toBe('2024-07-16');
  });

  it('7 working days from 5 Feb 2024 skip Isra Mikraj, cuti bersama, the weekend and voting day', () => {
    // 6 (1), 7 (2), [8 Isra Mikraj, 9 cuti bersama, 10–11 weekend], 12 (3), 13 (4),
    // [14 voting day], 15 (5), 16 (6), [17–18 weekend], 19 (7).
    expect(addDays('2024-02-05', 7, 'WORKING', H, DEFAULT)).toBe('2024-02-19');
  });

  it('counting cuti bersama as a working day moves the due date earlier', () => {
    // 9 Feb becomes day 3: 6, 7, 9, 12, 13, 15, 16.
    expect(addDays('2024-02-05', 7, 'WORKING', H, CUTI_WORKS)).toBe('2024-02-16');
  });

  it('counting the voting day as a working day moves the due date one working day earlier', () => {
    // 14 Feb becomes day 5: 6, 7, 12, 13, 14, 15, 16 — Fri 16 instead of Mon 19.
    expect(addDays('2024-02-05', 7, 'WORKING', H, VOTING_WORKS)).toBe('2024-02-16');
    // Pilkada voting day, Wed 27 Nov 2024: from Mon 25, 3 working days are 26, 28, 29 by
    // default, and 26, 27, 28 when the voting day counts.
    expect(addDays('2024-11-25', 3, 'WORKING', H, DEFAULT)).toBe('2024-11-29');
    expect(addDays('2024-11-25', 3, 'WORKING', H, VOTING_WORKS)).toBe('2024-11-28');
  });

  it('14 working days across Lebaran 2024 skip 8–15 April', () => {
    // 2–5 Apr (4), [8, 9 cuti, 10, 11 Idul Fitri, 12 cuti, 13–14, 15 cuti], 16–19 (8), 22–26 (13), 29 (14).
    expect(addDays('2024-04-01', 14, 'WORKING', H, DEFAULT)).toBe('2024-04-29');
    expect(addDays('2024-04-01', 14, 'WORKING', H, CUTI_WORKS)).toBe('2024-04-23');
  });

  it('runs across the year end (25 Dec holiday, 26 Dec cuti bersama 2023)', () => {
    expect(addDays('2023-12-21', 2, 'WORKING', H, DEFAULT)).toBe('2023-12-27');
  });

  it('dayOfKnowledgeCounts makes `from` day 1 when it is a working day', () => {
    expect(addDays('2024-07-08', 7, 'WORKING', H, DEFAULT)).toBe('2024-07-17');
    expect(addDays('2024-07-08', 7, 'WORKING', H, DAY_ONE_IS_FROM)).toBe('2024-07-16');
  });

  it('dayOfKnowledgeCounts changes nothing when `from` is not a working day', () => {
    // Knowledge on Saturday: day 1 is Monday 15 July either way.
    expect(addDays('2024-07-13', 7, 'WORKING', H, DEFAULT)).toBe('2024-07-23');
    expect(addDays('2024-07-13', 7, 'WORKING', H, DAY_ONE_IS_FROM)).toBe('2024-07-23');
  });
});

describe('addDays, CALENDAR (Pilkada)', () => {
  it('7 calendar days ignore weekends, holidays and the voting day', () => {
    // Fri 22 Nov 2024 → Fri 29 Nov, across the weekend and 27 Nov (Keppres 33/2024).
    expect(addDays('2024-11-22', 7, 'CALENDAR', H, DEFAULT)).toBe('2024-11-29');
    expect(addDays('2024-11-22', 7, 'CALENDAR', [], DEFAULT)).toBe('2024-11-29');
  });

  it('dayOfKnowledgeCounts shortens a calendar period by one day', () => {
    expect(addDays('2024-10-01', 7, 'CALENDAR', H, DEFAULT)).toBe('2024-10-08');
    expect(addDays('2024-10-01', 7, 'CALENDAR', H, DAY_ONE_IS_FROM)).toBe('2024-10-07');
    expect(addDays('2024-10-01', 1, 'CALENDAR', H, DAY_ONE_IS_FROM)).toBe('2024-10-01');
  });

  it('rejects a period shorter than one day', () => {
    expect(() => addDays('2024-10-01', 0, 'CALENDAR', H, DEFAULT)).toThrow(RangeError);
    expect(() => addDays('2024-10-01', 2.5, 'WORKING', H, DEFAULT)).toThrow(RangeError);
  });
});

describe('holidaysDecreedBy', () => {
  it('leaves out the voting day before its Keppres was signed', () => {
    const known5Feb = holidaysDecreedBy(H, '2024-02-05');
    const known6Feb = holidaysDecreedBy(H, '2024-02-06');
    expect(known5Feb.some((h) => h.date === '2024-02-14')).toBe(false);
    expect(known6Feb.some((h) => h.date === '2024-02-14')).toBe(true);
    // What a clerk could compute on 5 Feb: 14 Feb still looked like a working day.
    expect(addDays('2024-02-05', 7, 'WORKING', known5Feb, DEFAULT)).toBe('2024-02-16');
  });

  it('keeps rows without a decree date', () => {
    const undated: Holiday = {
      date: '2020-12-09',
      kind: 'VOTING_DAY',
      name: 'Pilkada 2020',
      basis: { instrument: 'Keppres 22/2020', confidence: 'S' },
    };
    expect(holidaysDecreedBy([undated], '2000-01-01')).toEqual([undated]);
  });
});
