import { describe, expect, it } from 'vitest';
import { addDays } from '../time/day-counting.js';
import { PROCEEDING_STEPS, PROCEEDINGS_2024 } from './proceedings-2024.js';
import type { ProceedingStep } from './proceedings-types.js';
import { defaultRulebook } from './rulebook.js';
import type { DayType, Regime } from './types.js';

const rb = defaultRulebook;

const due = (step: ProceedingStep, from: string, regime: Regime = 'PILKADA_2024'): string => {
  const rule = rb.proceedings[regime][step];
  if (rule.days === null) throw new Error(`${step} has no period`);
  return addDays(from, rule.days, rule.dayType, rb.holidays, rb.counting);
};

/** [days, dayType, confidence] per step, as the brief and the research read them. */
const SHARED: Readonly<Record<string, readonly [number | null, DayType, 'C' | 'S' | 'R']>> = {
  PPK_FOLLOW_UP: [null, 'CALENDAR', 'C'],
  SUMMONS_TO_EXAMINATION: [7, 'WORKING', 'C'],
  DELIVER_SANCTION: [14, 'WORKING', 'C'],
  SANCTION_IN_FORCE: [15, 'CALENDAR', 'R'],
  FILE_KEBERATAN: [14, 'WORKING', 'C'],
  PEJABAT_ANSWER: [6, 'WORKING', 'C'],
  DECIDE_KEBERATAN: [21, 'WORKING', 'C'],
  FILE_BANDING: [14, 'WORKING', 'C'],
  PPK_ANSWER_BANDING: [21, 'WORKING', 'C'],
  DECIDE_BANDING: [65, 'WORKING', 'C'],
};

const CRIMINAL: Readonly<Record<string, readonly [number, DayType, 'C' | 'S']>> = {
  INVESTIGATION: [14, 'WORKING', 'C'],
  RETURN_FILE: [3, 'WORKING', 'C'],
  RESUBMIT_FILE: [3, 'WORKING', 'C'],
  PROSECUTION: [5, 'WORKING', 'C'],
  DISTRICT_COURT: [7, 'CALENDAR', 'S'],
  FILE_CRIMINAL_APPEAL: [3, 'CALENDAR', 'S'],
  HIGH_COURT: [7, 'CALENDAR', 'S'],
};

describe('PROCEEDINGS_2024', () => {
  it('has a row for every step in both regimes, and is the default rulebook’s', () => {
    expect(rb.proceedings).toEqual(PROCEEDINGS_2024);
    expect([...PROCEEDING_STEPS].sort()).toEqual(
      [...Object.keys(SHARED), ...Object.keys(CRIMINAL)].sort(),
    );
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      expect(Object.keys(PROCEEDINGS_2024[regime]).sort()).toEqual([...PROCEEDING_STEPS].sort());
      for (const step of PROCEEDING_STEPS) expect(PROCEEDINGS_2024[regime][step].step).toBe(step);
    }
  });

  it.each(Object.entries(SHARED))(
    '%s: the same row in both regimes',
    (step, [days, dayType, c]) => {
      const pemilu = PROCEEDINGS_2024.PEMILU_2024[step as ProceedingStep];
      expect(pemilu).toBe(PROCEEDINGS_2024.PILKADA_2024[step as ProceedingStep]);
      expect(pemilu.days).toBe(days);
      expect(pemilu.dayType).toBe(dayType);
      expect(pemilu.basis.confidence).toBe(c);
    },
  );

  it.each(Object.entries(CRIMINAL))(
    '%s: Pilkada from UU 10/2016 [C] or Bawaslu [S]; Pemilu the same shape [R]',
    (step, [days, dayType, c]) => {
      const pilkada = PROCEEDINGS_2024.PILKADA_2024[step as ProceedingStep];
      const pemilu = PROCEEDINGS_2024.PEMILU_2024[step as ProceedingStep];
      expect([pilkada.days, pilkada.dayType, pilkada.basis.confidence]).toEqual([days, dayType, c]);
      if (c === 'C') expect(pilkada.basis.article).toBe('Pasal 146 ayat (3)–(6)');
      expect([pemilu.days, pemilu.dayType, pemilu.basis.confidence]).toEqual([days, dayType, 'R']);
      expect(pemilu.basis.instrument).toContain('UU 7/2017');
      expect(pemilu.contested).toContain('[R]');
    },
  );

  it('every row not [C] says why; PP 94/2021 and PP 79/2021 rows carry their dates', () => {
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      for (const step of PROCEEDING_STEPS) {
        const rule = PROCEEDINGS_2024[regime][step];
        if (rule.basis.confidence !== 'C') expect(rule.contested, step).toBeTruthy();
        const instrument = rule.basis.instrument;
        const expected = instrument.startsWith('PP 94/2021')
          ? '2021-08-31'
          : instrument.startsWith('PP 79/2021')
            ? '2021-08-10'
            : undefined;
        expect(rule.effectiveFrom, step).toBe(expected);
        expect(rule.effectiveUntil).toBeUndefined();
      }
    }
  });

  it('the PPK’s follow-up has no period; the Kemendagri 10 days are named as a policy option', () => {
    const rule = rb.proceedings.PILKADA_2024.PPK_FOLLOW_UP;
    expect(rule.days).toBeNull();
    expect(rule.basis.article).toContain('Pasal 32 ayat (3)');
    expect(rule.contested).toContain('10 hari');
    expect(rule.contested).toContain('14 hari');
  });

  it('SANCTION_IN_FORCE: the due date is the 15th day since receipt, the day it takes force', () => {
    // The lead’s fixture: received Tue 26 Mar 2024, in force Wed 10 Apr 2024.
    expect(due('SANCTION_IN_FORCE', '2024-03-26')).toBe('2024-04-10');
    // Calendar days: holidays and weekends count (Idul Fitri 10–11 Apr 2024).
    expect(due('SANCTION_IN_FORCE', '2024-04-01')).toBe('2024-04-16');
  });

  it('working-day periods skip weekends and holidays (PP 94 Pasal 37(3): 14 hari kerja)', () => {
    // Decision Tue 5 Mar 2024: Nyepi 11 Mar and cuti bersama 12 Mar skipped, and 29 Mar.
    expect(due('DELIVER_SANCTION', '2024-03-05')).toBe('2024-03-27');
    expect(due('DECIDE_BANDING', '2024-01-02')).toBe(
      due('DECIDE_BANDING', '2024-01-02', 'PEMILU_2024'),
    );
  });
});
