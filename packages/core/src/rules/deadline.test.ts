import { describe, expect, it } from 'vitest';
import { computeDeadline, isWithinDeadline } from './deadline.js';
import { createRulebook, rulebookV1 } from './rulebook.js';
import type { DayType, IntakeStep, Regime } from './types.js';

/**
 * The legal table of research/legal-process.md §3.2 and §4 (rulebook 2024.2), pinned row by row:
 * days, day type, and the clock (`hours` for a period counted in hours, `closesAt` for the hour
 * a period counted in days ends).
 */
const EXPECTED: readonly (readonly [Regime, IntakeStep, number, DayType, number?, string?])[] = [
  ['PEMILU_2024', 'FILE_REPORT', 7, 'WORKING'],
  ['PEMILU_2024', 'SET_FINDING', 7, 'WORKING'],
  ['PEMILU_2024', 'PRELIMINARY_REVIEW', 2, 'WORKING'],
  ['PEMILU_2024', 'COMPLETION_NOTICE', 1, 'WORKING'],
  ['PEMILU_2024', 'COMPLETE_REQUIREMENTS', 2, 'WORKING', undefined, '16:00'],
  ['PEMILU_2024', 'DECIDE', 7, 'WORKING'],
  ['PEMILU_2024', 'DECIDE_EXTENDED', 14, 'WORKING'],
  ['PEMILU_2024', 'REFER_TO_POLICE', 1, 'CALENDAR', 24],
  ['PEMILU_2024', 'STATUS_NOTICE', 1, 'WORKING'],
  ['PILKADA_2024', 'FILE_REPORT', 7, 'CALENDAR'],
  ['PILKADA_2024', 'SET_FINDING', 7, 'CALENDAR'],
  ['PILKADA_2024', 'PRELIMINARY_REVIEW', 2, 'CALENDAR'],
  ['PILKADA_2024', 'COMPLETION_NOTICE', 1, 'CALENDAR'],
  ['PILKADA_2024', 'COMPLETE_REQUIREMENTS', 2, 'CALENDAR', 48],
  ['PILKADA_2024', 'DECIDE', 3, 'CALENDAR'],
  ['PILKADA_2024', 'DECIDE_EXTENDED', 5, 'CALENDAR'],
  ['PILKADA_2024', 'REFER_TO_POLICE', 1, 'CALENDAR', 24],
  ['PILKADA_2024', 'STATUS_NOTICE', 1, 'CALENDAR'],
];

describe('deadline table', () => {
  const rows = EXPECTED.map(([regime, step, days, dayType, hours, closesAt]) => ({
    regime,
    step,
    days,
    dayType,
    hours,
    closesAt,
  }));
  it.each(rows)(
    '$regime $step: $days $dayType days',
    ({ regime, step, days, dayType, hours, closesAt }) => {
      const rule = rulebookV1.deadlines[regime][step];
      expect(rule.step).toBe(step);
      expect(rule.days).toBe(days);
      expect(rule.dayType).toBe(dayType);
      expect(rule.hours).toBe(hours);
      expect(rule.closesAt).toBe(closesAt);
    },
  );

  it('pins every row of both regimes', () => {
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      expect(Object.keys(rulebookV1.deadlines[regime]).sort()).toEqual(
        EXPECTED.filter(([r]) => r === regime)
          .map(([, step]) => step)
          .sort(),
      );
    }
  });

  it('cites the statute for the statutory periods', () => {
    const p = rulebookV1.deadlines.PEMILU_2024;
    const k = rulebookV1.deadlines.PILKADA_2024;
    expect(p.FILE_REPORT.basis.article).toBe('Pasal 454 ayat (6)');
    expect(p.SET_FINDING.basis.article).toBe('Pasal 454 ayat (5)');
    expect(p.PRELIMINARY_REVIEW.basis).toMatchObject({
      instrument: 'Perbawaslu 7/2022',
      article: 'Pasal 15 ayat (1)',
    });
    expect(p.DECIDE.basis.article).toBe('Pasal 454 ayat (7)');
    expect(p.DECIDE_EXTENDED.basis.article).toBe('Pasal 454 ayat (8)');
    expect(p.REFER_TO_POLICE.basis.article).toBe('Pasal 476 ayat (1)');
    expect(k.FILE_REPORT.basis.article).toBe('Pasal 134 ayat (4)');
    expect(k.DECIDE.basis.article).toBe('Pasal 134 ayat (5)');
    expect(k.DECIDE_EXTENDED.basis.article).toBe('Pasal 134 ayat (6)');
    expect(k.REFER_TO_POLICE.basis.article).toBe('Pasal 135 ayat (2)');
  });

  it('marks every recollection and every disputed reading as contested', () => {
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      for (const rule of Object.values(rulebookV1.deadlines[regime])) {
        if (rule.basis.confidence === 'R')
          expect(rule.contested, `${regime} ${rule.step}`).toBeTruthy();
      }
    }
    // "hari" in Pasal 454(5) and (7) read as working days: stated as a choice.
    expect(rulebookV1.deadlines.PEMILU_2024.SET_FINDING.contested).toMatch(/CALENDAR/);
    expect(rulebookV1.deadlines.PEMILU_2024.DECIDE.contested).toMatch(/CALENDAR/);
    // Kajian awal Pilkada: 2 vs 3 days.
    expect(rulebookV1.deadlines.PILKADA_2024.PRELIMINARY_REVIEW.contested).toMatch(/2 days/);
  });
});

describe('computeDeadline', () => {
  it('Pemilu report known on 5 Feb 2024 is due 19 Feb', () => {
    const d = computeDeadline(rulebookV1, 'PEMILU_2024', 'FILE_REPORT', '2024-02-05');
    expect(d).toMatchObject({
      step: 'FILE_REPORT',
      regime: 'PEMILU_2024',
      from: '2024-02-05',
      due: '2024-02-19',
    });
    expect(d.rule).toBe(rulebookV1.deadlines.PEMILU_2024.FILE_REPORT);
  });

  it('Pilkada report known on Fri 22 Nov 2024 is due Fri 29 Nov, voting day notwithstanding', () => {
    expect(computeDeadline(rulebookV1, 'PILKADA_2024', 'FILE_REPORT', '2024-11-22').due).toBe(
      '2024-11-29',
    );
  });

  it('Pilkada decision: 3 days, or 5 with additional information', () => {
    expect(computeDeadline(rulebookV1, 'PILKADA_2024', 'DECIDE', '2024-11-25').due).toBe(
      '2024-11-28',
    );
    expect(computeDeadline(rulebookV1, 'PILKADA_2024', 'DECIDE_EXTENDED', '2024-11-25').due).toBe(
      '2024-11-30',
    );
  });

  it('Pemilu kajian awal over Christmas 2023: 2 working days', () => {
    expect(computeDeadline(rulebookV1, 'PEMILU_2024', 'PRELIMINARY_REVIEW', '2023-12-21').due).toBe(
      '2023-12-27',
    );
  });

  it('referral to police runs on the clock even on a Saturday', () => {
    expect(computeDeadline(rulebookV1, 'PEMILU_2024', 'REFER_TO_POLICE', '2024-02-09').due).toBe(
      '2024-02-10',
    );
  });

  it('uses the rulebook counting policy', () => {
    const lenient = createRulebook({ counting: { cutiBersamaIsWorkingDay: true } });
    expect(computeDeadline(lenient, 'PEMILU_2024', 'FILE_REPORT', '2024-02-05').due).toBe(
      '2024-02-16',
    );
    const inclusive = createRulebook({ counting: { dayOfKnowledgeCounts: true } });
    expect(computeDeadline(inclusive, 'PILKADA_2024', 'FILE_REPORT', '2024-10-01').due).toBe(
      '2024-10-07',
    );
  });

  it('uses an overridden period', () => {
    const threeDayReview = createRulebook({
      deadlines: { PILKADA_2024: { PRELIMINARY_REVIEW: { days: 3 } } },
    });
    expect(
      computeDeadline(rulebookV1, 'PILKADA_2024', 'PRELIMINARY_REVIEW', '2024-10-01').due,
    ).toBe('2024-10-03');
    expect(
      computeDeadline(threeDayReview, 'PILKADA_2024', 'PRELIMINARY_REVIEW', '2024-10-01').due,
    ).toBe('2024-10-04');
  });

  it('a holiday decreed later reaches the deadline once added, with a new version', () => {
    // Pilkada 2020 voting day, 9 Dec 2020, Keppres 22/2020.
    const withKeppres = createRulebook({
      extraHolidays: [
        {
          date: '2020-12-09',
          kind: 'VOTING_DAY',
          name: 'Hari pemungutan suara Pilkada 2020',
          basis: { instrument: 'Keppres 22/2020', confidence: 'S' },
        },
      ],
    });
    expect(computeDeadline(rulebookV1, 'PEMILU_2024', 'FILE_REPORT', '2020-12-07').due).toBe(
      '2020-12-16',
    );
    expect(computeDeadline(withKeppres, 'PEMILU_2024', 'FILE_REPORT', '2020-12-07').due).toBe(
      '2020-12-17',
    );
    expect(withKeppres.version).not.toBe(rulebookV1.version);
  });
});

describe('isWithinDeadline', () => {
  it('is true on the due day and false the day after', () => {
    expect(
      isWithinDeadline(rulebookV1, 'PEMILU_2024', 'FILE_REPORT', '2024-02-05', '2024-02-19'),
    ).toBe(true);
    expect(
      isWithinDeadline(rulebookV1, 'PEMILU_2024', 'FILE_REPORT', '2024-02-05', '2024-02-20'),
    ).toBe(false);
    expect(
      isWithinDeadline(rulebookV1, 'PILKADA_2024', 'FILE_REPORT', '2024-11-22', '2024-11-29'),
    ).toBe(true);
    expect(
      isWithinDeadline(rulebookV1, 'PILKADA_2024', 'FILE_REPORT', '2024-11-22', '2024-11-30'),
    ).toBe(false);
  });

  it('an act on the day of knowledge itself is in time', () => {
    expect(isWithinDeadline(rulebookV1, 'PILKADA_2024', 'DECIDE', '2024-10-01', '2024-10-01')).toBe(
      true,
    );
  });
});
