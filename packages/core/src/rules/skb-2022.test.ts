import { describe, expect, it } from 'vitest';
import { createRulebook, rulebookV1 } from './rulebook.js';
import {
  SKB_2022,
  SKB_CODES,
  SKB_STAGE_COUNTERPARTS,
  skbItem,
  skbStageCounterpart,
} from './skb-2022.js';
import type { SkbCode } from './types.js';

const ALL_CODES: readonly SkbCode[] = [
  'KE-1',
  'KE-2',
  'KE-3',
  'KE-4',
  'KE-5',
  'KE-6',
  'KE-7',
  'D-1',
  'D-2',
  'D-3',
  'D-4',
  'D-5',
  'D-6',
  'D-7',
  'D-8',
  'D-9',
  'D-10',
  'D-11',
  'D-12',
  'D-13',
];

describe('SKB 2022 Lampiran II', () => {
  it('holds every code exactly once, in order', () => {
    expect(SKB_CODES).toEqual(ALL_CODES);
    expect(rulebookV1.skb.map((i) => i.code)).toEqual(ALL_CODES);
  });

  it('ethics items: moral sanction at the bakal calon stage, except KE-7 (any stage)', () => {
    for (const item of SKB_2022.filter((i) => i.code.startsWith('KE-'))) {
      const stage = item.code === 'KE-7' ? 'ANY' : 'BAKAL_CALON';
      expect(item).toMatchObject({ kind: 'ETHICS', level: 'MORAL', stage });
      expect(item.basis.article).toContain('PP 42/2004 Pasal 11 huruf c');
    }
  });

  it('discipline items: the levels of the matrix', () => {
    const levels = Object.fromEntries(
      SKB_2022.filter((i) => i.kind === 'DISCIPLINE').map((i) => [i.code, i.level]),
    );
    expect(levels).toEqual({
      'D-1': 'HEAVY',
      'D-2': 'HEAVY',
      'D-3': 'MODERATE',
      'D-4': 'HEAVY',
      'D-5': 'PTDH',
      'D-6': 'HEAVY',
      'D-7': 'HEAVY',
      'D-8': 'HEAVY',
      'D-9': 'MODERATE',
      'D-10': 'HEAVY',
      'D-11': 'HEAVY',
      'D-12': 'HEAVY',
      'D-13': 'SATGAS_DECIDES',
    });
  });

  it('discipline items: stage-bound only where the SKB ties them to determination', () => {
    const stages = Object.fromEntries(
      SKB_2022.filter((i) => i.kind === 'DISCIPLINE').map((i) => [i.code, i.stage]),
    );
    expect(stages).toEqual({
      'D-1': 'CALON',
      'D-2': 'CALON',
      'D-3': 'ANY',
      'D-4': 'CALON',
      'D-5': 'ANY',
      'D-6': 'CALON',
      'D-7': 'CALON',
      'D-8': 'ANY',
      'D-9': 'BAKAL_CALON',
      'D-10': 'CALON',
      'D-11': 'ANY',
      'D-12': 'ANY',
      'D-13': 'ANY',
    });
  });

  it('D-3, D-8 and D-9 say the sources disagree; D-5 cites UU 20/2023 and UU 5/2014', () => {
    expect(skbItem(rulebookV1, 'D-8').contested).toMatch(/infosemarang/);
    expect(skbItem(rulebookV1, 'D-8').contested).toMatch(/MODERATE/);
    expect(skbItem(rulebookV1, 'D-3').contested).toMatch(/HEAVY/);
    expect(skbItem(rulebookV1, 'D-9').contested).toMatch(/HEAVY/);
    expect(skbItem(rulebookV1, 'D-3').basis.note).toMatch(/garbled/);
    expect(skbItem(rulebookV1, 'D-5').basis.article).toContain(
      'UU 20/2023 Pasal 52 ayat (3) huruf j jo. ayat (4)',
    );
    expect(skbItem(rulebookV1, 'D-5').basis.article).toContain(
      'UU 5/2014 Pasal 87 ayat (4) huruf c',
    );
  });

  it('stage counterparts go from a bakal calon item to a calon item', () => {
    for (const [before, after] of SKB_STAGE_COUNTERPARTS) {
      expect(skbItem(rulebookV1, before).stage).toBe('BAKAL_CALON');
      expect(skbItem(rulebookV1, after).stage).toBe('CALON');
    }
    expect(skbStageCounterpart('KE-4')).toBe('D-6');
    expect(skbStageCounterpart('D-6')).toBe('KE-4');
    expect(skbStageCounterpart('KE-3')).toBe('D-4');
    expect(skbStageCounterpart('D-9')).toBe('D-10');
    expect(skbStageCounterpart('D-5')).toBeUndefined();
    expect(skbStageCounterpart('KE-7')).toBeUndefined();
  });
});

describe('skbItem with overrides', () => {
  it('a D-8 override changes the level and the version, and nothing else', () => {
    const moderate = createRulebook({ skbLevels: { 'D-8': 'MODERATE' } });
    expect(skbItem(moderate, 'D-8').level).toBe('MODERATE');
    expect(skbItem(moderate, 'D-8').contested).toBe(skbItem(rulebookV1, 'D-8').contested);
    expect(skbItem(rulebookV1, 'D-8').level).toBe('HEAVY');
    expect(moderate.version).not.toBe(rulebookV1.version);
    expect(moderate.version.startsWith(`${rulebookV1.version}+custom:`)).toBe(true);
    for (const code of ALL_CODES.filter((c) => c !== 'D-8')) {
      expect(skbItem(moderate, code)).toBe(skbItem(rulebookV1, code));
    }
  });

  it('throws for a rulebook missing a code (a programming error)', () => {
    const broken = { ...rulebookV1, skb: rulebookV1.skb.filter((i) => i.code !== 'D-13') };
    expect(() => skbItem(broken, 'D-13')).toThrow(/D-13/);
  });
});
