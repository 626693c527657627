import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstantInZone, parseInstant } from '../time/instant.js';
import { dayOfWeek, localDateOf, type TimeZoneCode, zoneOffsetHours } from '../time/local-date.js';
import { computeDeadline } from './deadline.js';
import { computeDeadlineAt, isOnTime } from './deadline-at.js';
import { createRulebook, defaultRulebook } from './rulebook.js';
import type { DeadlineRule, IntakeStep, Regime, Rulebook } from './types.js';

const HOUR = 3_600_000;

/**
 * Rows pinned here, so these tests do not depend on the defaults of the data tables. Built as a
 * value, not through the options: the options accept clock keys only on the steps the decider
 * judges on the clock, while computeDeadlineAt works on any row.
 */
const pin = <R extends Regime>(
  regime: R,
  rows: Partial<Record<IntakeStep, Partial<DeadlineRule>>>,
): Rulebook['deadlines'][R] => {
  const base = defaultRulebook.deadlines[regime];
  const out: Record<string, DeadlineRule> = { ...base };
  for (const [step, row] of Object.entries(rows)) {
    const { hours: _h, closesAt: _c, closesAtOnFriday: _f, ...rest } = base[step as IntakeStep];
    out[step] = { ...rest, ...row } as DeadlineRule;
  }
  return out as Rulebook['deadlines'][R];
};

const rb: Rulebook = {
  ...defaultRulebook,
  deadlines: {
    PEMILU_2024: pin('PEMILU_2024', {
      REFER_TO_POLICE: { hours: 24 },
      FILE_REPORT: { days: 7, dayType: 'WORKING' },
      DECIDE: { days: 7, dayType: 'WORKING', closesAt: '16:00' },
    }),
    PILKADA_2024: pin('PILKADA_2024', {
      REFER_TO_POLICE: { hours: 48 },
      FILE_REPORT: { days: 7, dayType: 'CALENDAR' },
      DECIDE: { days: 3, dayType: 'CALENDAR', closesAt: '16:00' },
    }),
  },
};

describe('computeDeadlineAt: a period counted in hours', () => {
  it('ends exactly `hours` after the instant, across midnight', () => {
    const d = computeDeadlineAt(
      rb,
      'PEMILU_2024',
      'REFER_TO_POLICE',
      '2024-02-09T22:30:00+07:00',
      'WIB',
    );
    expect(d).toMatchObject({
      step: 'REFER_TO_POLICE',
      regime: 'PEMILU_2024',
      fromAt: '2024-02-09T22:30:00.000+07:00',
      due: '2024-02-10',
      dueAt: '2024-02-10T22:30:00.000+07:00',
    });
    expect(d.rule).toBe(rb.deadlines.PEMILU_2024.REFER_TO_POLICE);
  });

  it('ignores weekends and holidays: 48 hours from Friday evening end on Sunday evening', () => {
    // Fri 22 Nov 2024, 21:15 WITA; 48 hours later is Sun 24 Nov, 21:15 WITA.
    const d = computeDeadlineAt(
      rb,
      'PILKADA_2024',
      'REFER_TO_POLICE',
      '2024-11-22T21:15:00+08:00',
      'WITA',
    );
    expect(d.dueAt).toBe('2024-11-24T21:15:00.000+08:00');
    expect(d.due).toBe('2024-11-24');
    // Across the Pilkada voting day (Wed 27 Nov, a holiday by Keppres 33/2024): still 48 hours.
    expect(
      computeDeadlineAt(rb, 'PILKADA_2024', 'REFER_TO_POLICE', '2024-11-26T10:00:00+08:00', 'WITA')
        .dueAt,
    ).toBe('2024-11-28T10:00:00.000+08:00');
  });

  it('writes the instants in the office’s zone, whatever offset the input had', () => {
    const from = '2024-02-09T16:30:00Z'; // 23:30 WIB, 00:30 WITA and 01:30 WIT on 10 Feb
    const at = (zone: TimeZoneCode) =>
      computeDeadlineAt(rb, 'PEMILU_2024', 'REFER_TO_POLICE', from, zone);
    expect(at('WIB')).toMatchObject({
      fromAt: '2024-02-09T23:30:00.000+07:00',
      dueAt: '2024-02-10T23:30:00.000+07:00',
      due: '2024-02-10',
    });
    expect(at('WITA')).toMatchObject({
      fromAt: '2024-02-10T00:30:00.000+08:00',
      dueAt: '2024-02-11T00:30:00.000+08:00',
      due: '2024-02-11',
    });
    expect(at('WIT')).toMatchObject({
      fromAt: '2024-02-10T01:30:00.000+09:00',
      dueAt: '2024-02-11T01:30:00.000+09:00',
      due: '2024-02-11',
    });
    // The same instant in every zone.
    expect(
      new Set((['WIB', 'WITA', 'WIT'] as const).map((z) => parseInstant(at(z).dueAt))).size,
    ).toBe(1);
  });
});

describe('computeDeadlineAt: a period counted in days', () => {
  it('closes at 16:30 when the last day is a Friday (Perbawaslu 7/2022 Pasal 11), else 16:00', () => {
    // Pemilu completion: 2 working days from the notice. Received Wed 10 Jan 2024 → Fri 12 Jan.
    const friday = computeDeadlineAt(
      defaultRulebook,
      'PEMILU_2024',
      'COMPLETE_REQUIREMENTS',
      '2024-01-10T11:00:00+07:00',
      'WIB',
    );
    expect(friday).toMatchObject({ due: '2024-01-12', dueAt: '2024-01-12T16:30:00.000+07:00' });
    // The Surakarta case: notice Fri 12 Jan 2024 → Tue 16 Jan 2024, 16:00 WIB.
    const tuesday = computeDeadlineAt(
      defaultRulebook,
      'PEMILU_2024',
      'COMPLETE_REQUIREMENTS',
      '2024-01-12T10:00:00+07:00',
      'WIB',
    );
    expect(tuesday).toMatchObject({ due: '2024-01-16', dueAt: '2024-01-16T16:00:00.000+07:00' });
  });

  it('ends at closesAt on the due date, in the office’s zone', () => {
    // Pemilu, 7 working days from Fri 1 Mar 2024 (Nyepi and cuti bersama on 11–12 Mar): 14 Mar.
    const wib = computeDeadlineAt(rb, 'PEMILU_2024', 'DECIDE', '2024-03-01T10:00:00+07:00', 'WIB');
    expect(wib).toMatchObject({ due: '2024-03-14', dueAt: '2024-03-14T16:00:00.000+07:00' });
    const wit = computeDeadlineAt(rb, 'PEMILU_2024', 'DECIDE', '2024-03-01T10:00:00+07:00', 'WIT');
    expect(wit).toMatchObject({ due: '2024-03-14', dueAt: '2024-03-14T16:00:00.000+09:00' });
    // 16:00 WIT is two hours before 16:00 WIB.
    expect(parseInstant(wib.dueAt) - parseInstant(wit.dueAt)).toBe(2 * HOUR);
  });

  it('counts from the local date of the instant: 00:30 WIB on 1 Mar is 1 Mar, though 29 Feb in UTC', () => {
    const d = computeDeadlineAt(rb, 'PEMILU_2024', 'DECIDE', '2024-02-29T17:30:00Z', 'WIB');
    expect(d.fromAt).toBe('2024-03-01T00:30:00.000+07:00');
    expect(d.due).toBe('2024-03-14');
    // In WIB it was still 29 Feb at 23:30: one working day earlier.
    expect(computeDeadlineAt(rb, 'PEMILU_2024', 'DECIDE', '2024-02-29T16:30:00Z', 'WIB').due).toBe(
      '2024-03-13',
    );
  });

  it('a working-day count skips the weekend; the clock time does not move the due date', () => {
    // Fri 22 Nov 2024 at 23:59 WIB: 7 working days (voting day 27 Nov skipped) → Wed 4 Dec.
    const late = computeDeadlineAt(
      rb,
      'PEMILU_2024',
      'FILE_REPORT',
      '2024-11-22T23:59:59+07:00',
      'WIB',
    );
    const early = computeDeadlineAt(
      rb,
      'PEMILU_2024',
      'FILE_REPORT',
      '2024-11-22T00:00:00+07:00',
      'WIB',
    );
    expect(late.due).toBe('2024-12-04');
    expect(early.due).toBe('2024-12-04');
  });

  it('ends at the last millisecond of the local due date when the row has no closesAt', () => {
    const d = computeDeadlineAt(
      rb,
      'PILKADA_2024',
      'FILE_REPORT',
      '2024-11-22T09:00:00+08:00',
      'WITA',
    );
    expect(d).toMatchObject({ due: '2024-11-29', dueAt: '2024-11-29T23:59:59.999+08:00' });
    expect(d.rule.closesAt).toBeUndefined();
  });

  it('Pilkada decision: 3 calendar days, closing at 16:00 WITA', () => {
    const d = computeDeadlineAt(rb, 'PILKADA_2024', 'DECIDE', '2024-11-25T18:00:00+08:00', 'WITA');
    expect(d.dueAt).toBe('2024-11-28T16:00:00.000+08:00');
  });

  it('refuses an instant without an offset', () => {
    expect(() =>
      computeDeadlineAt(rb, 'PEMILU_2024', 'DECIDE', '2024-03-01T10:00:00', 'WIB'),
    ).toThrow(RangeError);
  });
});

describe('isOnTime', () => {
  const dueAt = '2024-03-14T16:00:00.000+07:00';

  it('at ≤ dueAt, to the millisecond, whatever the offsets', () => {
    expect(isOnTime('2024-03-14T16:00:00.000+07:00', dueAt)).toBe(true);
    expect(isOnTime('2024-03-14T15:59:59.999+07:00', dueAt)).toBe(true);
    expect(isOnTime('2024-03-14T16:00:00.001+07:00', dueAt)).toBe(false);
    expect(isOnTime('2024-03-14T09:00:00Z', dueAt)).toBe(true);
    expect(isOnTime('2024-03-14T17:00:00.001+08:00', dueAt)).toBe(false);
  });

  it('refuses an instant without an offset', () => {
    expect(() => isOnTime('2024-03-14T16:00:00', dueAt)).toThrow(RangeError);
  });
});

const REGIMES: readonly Regime[] = ['PEMILU_2024', 'PILKADA_2024'];
const ZONES: readonly TimeZoneCode[] = ['WIB', 'WITA', 'WIT'];
const rulebooks = [
  defaultRulebook,
  rb,
  createRulebook({ counting: { dayOfKnowledgeCounts: true, cutiBersamaIsWorkingDay: true } }),
];

const rows = rulebooks.flatMap((rulebook) =>
  REGIMES.flatMap((regime) =>
    Object.values(rulebook.deadlines[regime]).map((rule) => ({ rulebook, regime, rule })),
  ),
);

const arbitraryCase = (hourly: boolean) =>
  fc.record({
    row: fc.constantFrom(...rows.filter((r) => (r.rule.hours !== undefined) === hourly)),
    ms: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 11, 31) }),
    zone: fc.constantFrom(...ZONES),
    inputZone: fc.constantFrom(...ZONES),
  });

describe('computeDeadlineAt agrees with computeDeadline (property)', () => {
  it('without hours: due is computeDeadline from the local date; dueAt falls on it', () => {
    fc.assert(
      fc.property(
        arbitraryCase(false),
        ({ row: { rulebook, regime, rule }, ms, zone, inputZone }) => {
          const from = formatInstantInZone(ms, inputZone);
          const d = computeDeadlineAt(rulebook, regime, rule.step, from, zone);
          const byDate = computeDeadline(rulebook, regime, rule.step, localDateOf(from, zone));
          expect(d.due).toBe(byDate.due);
          expect(localDateOf(d.dueAt, zone)).toBe(d.due);
          const closes =
            rule.closesAt === undefined
              ? undefined
              : dayOfWeek(d.due) === 5
                ? (rule.closesAtOnFriday ?? rule.closesAt)
                : rule.closesAt;
          expect(d.dueAt).toBe(
            `${d.due}T${closes === undefined ? '23:59:59.999' : `${closes}:00.000`}+0${zoneOffsetHours(zone)}:00`,
          );
          if (!rulebook.counting.dayOfKnowledgeCounts) {
            expect(parseInstant(d.dueAt)).toBeGreaterThan(ms);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('with hours: dueAt - fromAt is exactly hours × 3600 s', () => {
    fc.assert(
      fc.property(
        arbitraryCase(true),
        ({ row: { rulebook, regime, rule }, ms, zone, inputZone }) => {
          const d = computeDeadlineAt(
            rulebook,
            regime,
            rule.step,
            formatInstantInZone(ms, inputZone),
            zone,
          );
          expect(parseInstant(d.fromAt)).toBe(ms);
          expect(parseInstant(d.dueAt) - ms).toBe((rule.hours ?? 0) * HOUR);
          expect(d.due).toBe(localDateOf(d.dueAt, zone));
        },
      ),
      { numRuns: 200 },
    );
  });
});
