import { describe, expect, it } from 'vitest';
import { effectiveOn } from './effective.js';
import { createRulebook, defaultRulebook } from './rulebook.js';
import { supervisorEffective, supervisorFor } from './supervisor-routing.js';

describe('effectiveOn', () => {
  it('an undated row is always in force', () => {
    expect(effectiveOn({}, '1990-01-01')).toBe(true);
    expect(effectiveOn({}, '2099-12-31')).toBe(true);
  });

  it('effectiveFrom and effectiveUntil are both inclusive', () => {
    const row = { effectiveFrom: '2021-08-31', effectiveUntil: '2024-08-22' };
    expect(effectiveOn(row, '2021-08-30')).toBe(false);
    expect(effectiveOn(row, '2021-08-31')).toBe(true);
    expect(effectiveOn(row, '2024-08-22')).toBe(true);
    expect(effectiveOn(row, '2024-08-23')).toBe(false);
    expect(effectiveOn({ effectiveFrom: '2024-02-29' }, '2024-03-01')).toBe(true);
    expect(effectiveOn({ effectiveUntil: '2024-02-29' }, '2024-03-01')).toBe(false);
  });
});

describe('supervisor routing as dated rows', () => {
  it('KASN until the day before bknFrom, BKN from it, KemenPAN-RB from the SE (4 Sep 2024)', () => {
    const rb = defaultRulebook;
    expect(supervisorEffective(rb, 'KASN')).toEqual({ effectiveUntil: '2024-08-22' });
    expect(supervisorEffective(rb, 'BKN')).toEqual({ effectiveFrom: '2024-08-23' });
    expect(rb.supervisorRouting.transition.effectiveFrom).toBe('2024-09-04');
    expect(rb.supervisorRouting.transition.effectiveFrom).toBe(
      rb.supervisorRouting.transition.seSignedOn,
    );
    expect(supervisorEffective(rb, 'MENPANRB')).toEqual({ effectiveFrom: '2024-09-04' });
  });

  it('agrees with supervisorFor on every day around the boundary, also when overridden', () => {
    for (const rb of [defaultRulebook, createRulebook({ bknFrom: '2024-08-24' })]) {
      expect(supervisorEffective(rb, 'KASN')).toEqual({
        effectiveUntil: rb.supervisorRouting.bknFrom === '2024-08-24' ? '2024-08-23' : '2024-08-22',
      });
      for (const day of ['2024-08-21', '2024-08-22', '2024-08-23', '2024-08-24', '2024-08-25']) {
        const kasn = effectiveOn(supervisorEffective(rb, 'KASN'), day);
        const bkn = effectiveOn(supervisorEffective(rb, 'BKN'), day);
        expect(kasn).not.toBe(bkn);
        expect(supervisorFor(rb, day)).toBe(kasn ? 'KASN' : 'BKN');
      }
    }
  });
});
