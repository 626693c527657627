import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import {
  context,
  decide,
  history,
  plusDays,
  registered,
  stateAfter,
  violation,
  wib,
} from '../../test/intake/builders.js';
import { SCENARIOS } from '../../test/intake/fixtures.js';
import { caseDecider } from '../case/index.js';
import { type ActToClassify, classifyAct } from './classify-act.js';
import type { ClassifyActError } from './classify-act-error.js';
import { createRulebook, rulebookV1 } from './rulebook.js';
import { SKB_CODES } from './skb-2022.js';
import type { SkbCode } from './types.js';

const right = <A>(result: Either<ClassifyActError, A>): A => {
  if (E.isLeft(result)) throw new Error(`refused: ${result.left.code}: ${result.left.message}`);
  return result.right;
};

const left = <A>(result: Either<ClassifyActError, A>): ClassifyActError => {
  if (E.isRight(result)) throw new Error(`accepted: ${JSON.stringify(result.right)}`);
  return result.left;
};

/** Input as a form or a JavaScript caller could send it. */
const untyped = (act: unknown): ActToClassify => act as ActToClassify;

const codesOf = (items: readonly { code: SkbCode }[]): SkbCode[] => items.map((i) => i.code);

describe('classifyAct with a code: the item to use at the conduct date’s stage', () => {
  it('Pemilu 2024: KE-4 before 13 Nov 2023 stays KE-4 (moral); from 13 Nov it becomes D-6 (heavy)', () => {
    const before = right(classifyAct({ regime: 'PEMILU_2024', code: 'KE-4', on: '2023-11-12' }));
    expect(before).toMatchObject({
      stage: 'BAKAL_CALON',
      candidateDetermination: '2023-11-13',
      requested: 'KE-4',
      item: { code: 'KE-4', kind: 'ETHICS', level: 'MORAL', stage: 'BAKAL_CALON' },
      rulebookVersion: '2024.2',
    });
    expect(before.item.basis.article).toContain('PP 42/2004 Pasal 11 huruf c');

    const after = right(classifyAct({ regime: 'PEMILU_2024', code: 'KE-4', on: '2023-11-13' }));
    expect(after).toMatchObject({
      stage: 'CALON',
      requested: 'KE-4',
      item: { code: 'D-6', kind: 'DISCIPLINE', level: 'HEAVY', stage: 'CALON' },
    });
    expect(after.item.basis.article).toBe('Pasal 14 huruf i angka 3 dan 4');
  });

  it('Pilkada 2024: the boundary is 22 Sep 2024, and a calon item given too early maps back', () => {
    expect(
      right(classifyAct({ regime: 'PILKADA_2024', code: 'D-4', on: '2024-09-21' })).item.code,
    ).toBe('KE-3');
    expect(
      right(classifyAct({ regime: 'PILKADA_2024', code: 'D-4', on: '2024-09-22' })).item.code,
    ).toBe('D-4');
    // The same day is calon stage for Pemilu and bakal calon stage for Pilkada.
    expect(
      right(classifyAct({ regime: 'PEMILU_2024', code: 'D-9', on: '2024-01-10' })),
    ).toMatchObject({
      stage: 'CALON',
      item: { code: 'D-10', level: 'HEAVY' },
    });
    expect(
      right(classifyAct({ regime: 'PILKADA_2024', code: 'D-10', on: '2024-01-10' })),
    ).toMatchObject({
      stage: 'BAKAL_CALON',
      item: { code: 'D-9', level: 'MODERATE' },
    });
  });

  it('an item bound to no stage is itself at both stages, with its contested note', () => {
    for (const on of ['2024-09-21', '2024-09-22']) {
      const d8 = right(classifyAct({ regime: 'PILKADA_2024', code: 'D-8', on }));
      expect(d8.item).toMatchObject({ code: 'D-8', stage: 'ANY', level: 'HEAVY' });
      expect(d8.item.contested).toMatch(/infosemarang/);
    }
  });

  it('every row comes from the rulebook passed in: an office’s skbLevels override shows', () => {
    const office = createRulebook({ skbLevels: { 'D-8': 'MODERATE', 'D-6': 'MODERATE' } });
    const d8 = right(classifyAct({ regime: 'PEMILU_2024', code: 'D-8', on: '2024-01-15' }, office));
    expect(d8.item.level).toBe('MODERATE');
    expect(d8.rulebookVersion).toBe(office.version);
    expect(d8.rulebookVersion).not.toBe(rulebookV1.version);
    // The override reaches the counterpart too: KE-4 after determination is the office's D-6.
    const ke4 = right(
      classifyAct({ regime: 'PEMILU_2024', code: 'KE-4', on: '2024-01-15' }, office),
    );
    expect(ke4.item).toMatchObject({ code: 'D-6', level: 'MODERATE' });
    // And the default rulebook is untouched.
    expect(
      right(classifyAct({ regime: 'PEMILU_2024', code: 'D-8', on: '2024-01-15' })).item.level,
    ).toBe('HEAVY');
  });
});

describe('classifyAct without a code: the items a form may offer', () => {
  it('before determination: the ethics items, D-9 and the stage-free items', () => {
    const { stage, items } = right(classifyAct({ regime: 'PEMILU_2024', on: '2023-10-01' }));
    expect(stage).toBe('BAKAL_CALON');
    expect(codesOf(items)).toEqual([
      'KE-1',
      'KE-2',
      'KE-3',
      'KE-4',
      'KE-5',
      'KE-6',
      'KE-7',
      'D-3',
      'D-5',
      'D-8',
      'D-9',
      'D-11',
      'D-12',
      'D-13',
    ]);
  });

  it('from determination on: the calon-stage discipline items and the stage-free items (KE-7 among them)', () => {
    const { stage, items } = right(classifyAct({ regime: 'PILKADA_2024', on: '2024-09-22' }));
    expect(stage).toBe('CALON');
    expect(codesOf(items)).toEqual([
      'KE-7',
      'D-1',
      'D-2',
      'D-3',
      'D-4',
      'D-5',
      'D-6',
      'D-7',
      'D-8',
      'D-10',
      'D-11',
      'D-12',
      'D-13',
    ]);
  });

  it('the listed rows carry the rulebook’s levels', () => {
    const office = createRulebook({ skbLevels: { 'D-13': 'LIGHT' } });
    const { items } = right(classifyAct({ regime: 'PILKADA_2024', on: '2024-10-01' }, office));
    expect(items.find((i) => i.code === 'D-13')?.level).toBe('LIGHT');
  });
});

describe('classifyAct refuses bad input with a typed error, never an exception', () => {
  it('an unknown SKB code', () => {
    const error = left(
      classifyAct(untyped({ regime: 'PEMILU_2024', code: 'D-14', on: '2024-01-15' })),
    );
    expect(error).toMatchObject({ code: 'UNKNOWN_SKB_CODE', field: 'code' });
    expect(error.message).toContain('D-14');
  });

  it('an unknown regime, and a malformed or impossible date', () => {
    expect(left(classifyAct(untyped({ regime: 'PILPRES_2029', on: '2024-01-15' })))).toMatchObject({
      code: 'UNKNOWN_REGIME',
      field: 'regime',
    });
    expect(left(classifyAct(untyped({ regime: 'PEMILU_2024', on: '15/01/2024' })))).toMatchObject({
      code: 'INVALID_DATE',
      field: 'on',
    });
    expect(left(classifyAct({ regime: 'PEMILU_2024', on: '2023-02-29' })).code).toBe(
      'INVALID_DATE',
    );
    expect(left(classifyAct(untyped({ regime: 'PEMILU_2024', on: undefined }))).code).toBe(
      'INVALID_DATE',
    );
  });

  it('a date outside the election calendar: before SKB 2022, after the Pemilu 2024 tahapan', () => {
    const early = left(classifyAct({ regime: 'PILKADA_2024', code: 'KE-1', on: '2022-09-21' }));
    expect(early).toMatchObject({ code: 'OUTSIDE_ELECTION_CALENDAR', field: 'on' });
    expect(early.legalBasis?.instrument).toContain('SKB 2022');
    expect(right(classifyAct({ regime: 'PILKADA_2024', on: '2022-09-22' })).stage).toBe(
      'BAKAL_CALON',
    );
    expect(right(classifyAct({ regime: 'PEMILU_2024', on: '2024-10-20' })).stage).toBe('CALON');
    expect(left(classifyAct({ regime: 'PEMILU_2024', on: '2024-10-21' })).code).toBe(
      'OUTSIDE_ELECTION_CALENDAR',
    );
  });

  it('a bakal calon item with no calon counterpart (KE-6) after determination', () => {
    const error = left(classifyAct({ regime: 'PEMILU_2024', code: 'KE-6', on: '2024-01-15' }));
    expect(error).toMatchObject({ code: 'NO_ITEM_AT_STAGE', field: 'code' });
    expect(error.legalBasis?.instrument).toContain('SKB 2022');
    expect(
      right(classifyAct({ regime: 'PEMILU_2024', code: 'KE-6', on: '2023-11-12' })).item.code,
    ).toBe('KE-6');
  });

  it('KE-7 (a spouse who is a calon) is bound to no stage since 2024.2: the same item before and after determination', () => {
    for (const on of ['2023-11-12', '2024-01-15']) {
      const { item } = right(classifyAct({ regime: 'PEMILU_2024', code: 'KE-7', on }));
      expect(item).toMatchObject({ code: 'KE-7', stage: 'ANY', level: 'MORAL' });
    }
  });
});

describe.each(SCENARIOS)('$regime: the decider accepts what classifyAct gives', (s) => {
  const determination = rulebookV1.elections[s.regime].candidateDetermination;
  // A decision day after both conduct dates; Pilkada's fixture case is decided in August, so
  // its decision is late (recorded and flagged, not refused).
  const decideAt = s.regime === 'PEMILU_2024' ? s.t.decideAt : wib(plusDays(determination, 1));
  const state = stateAfter(history(...registered(s)));
  const respondentId = s.respondents[0].respondentId;

  const decideWith = (skbCode: SkbCode, conductOn: string) =>
    caseDecider.decide(
      decide(s, respondentId, violation(s, { skbCode, conductOn }), decideAt),
      state,
      context,
    );

  it.each([plusDays(determination, -1), determination])('conduct on %s, every code', (on) => {
    for (const code of SKB_CODES) {
      const classified = classifyAct({ regime: s.regime, code, on });
      if (E.isRight(classified)) {
        const { item, stage } = classified.right;
        const decided = decideWith(item.code, on);
        expect(E.isRight(decided), `${code} → ${item.code} on ${on}`).toBe(true);
        if (E.isRight(decided)) {
          expect(decided.right[0]?.data).toMatchObject({
            decision: { skbCode: item.code, stage: { computed: stage, applied: stage } },
          });
        }
        // A code swapped for its counterpart is one the decider refuses as given.
        if (item.code !== code) {
          expect(decideWith(code, on)).toMatchObject({ left: { code: 'SKB_STAGE_MISMATCH' } });
        }
      } else {
        // No item at this stage: the decider refuses the code without a reviewer's override.
        expect(classified.left.code).toBe('NO_ITEM_AT_STAGE');
        expect(decideWith(code, on)).toMatchObject({ left: { code: 'SKB_STAGE_MISMATCH' } });
      }
    }
  });

  it.each([plusDays(determination, -1), determination])('conduct on %s, the offered list', (on) => {
    const { items } = right(classifyAct({ regime: s.regime, on }));
    const offered = new Set(codesOf(items));
    for (const code of SKB_CODES) {
      expect(E.isRight(decideWith(code, on)), `${code} on ${on}`).toBe(offered.has(code));
    }
  });
});
