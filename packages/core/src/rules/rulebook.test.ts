import { describe, expect, it } from 'vitest';
import { AUTHORITY_2024 } from './authority-2024.js';
import { GAKKUMDU_POLICY_2024 } from './gakkumdu-policy.js';
import * as rules from './index.js';
import { MODERATE_SANCTIONS_2024 } from './moderate-sanctions-2024.js';
import { NON_ASN_ROUTES_2024 } from './non-asn-routes.js';
import { shortHash } from './overrides-hash.js';
import { PROCEEDINGS_2024 } from './proceedings-2024.js';
import { createRulebook, defaultRulebook, rulebookV1 } from './rulebook.js';
import { SANCTIONS_2024 } from './sanctions-2024.js';
import type { Holiday } from './types.js';

const KEPPRES_2020: Holiday = {
  date: '2020-12-09',
  kind: 'VOTING_DAY',
  name: 'Hari pemungutan suara Pilkada 2020',
  basis: { instrument: 'Keppres 22/2020', confidence: 'S' },
};

describe('defaultRulebook (2024.2)', () => {
  it('is version 2024.2, with the 2024.2 tables and no holiday corrections', () => {
    expect(defaultRulebook.version).toBe('2024.2');
    expect(defaultRulebook.holidayCorrections).toEqual([]);
    expect(defaultRulebook.nonAsnRoutes).toEqual(NON_ASN_ROUTES_2024);
    expect(defaultRulebook.gakkumdu).toEqual(GAKKUMDU_POLICY_2024);
    expect(Object.keys(defaultRulebook.nonAsnRoutes).sort()).toEqual([
      'NON_ASN',
      'POLRI',
      'TNI',
      'VILLAGE_HEAD',
      'VILLAGE_OFFICIAL',
    ]);
  });

  it('has a row for every intake step in both regimes, including the 2024.2 steps', () => {
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      for (const step of ['COMPLETION_NOTICE', 'STATUS_NOTICE'] as const) {
        expect(defaultRulebook.deadlines[regime][step].step).toBe(step);
      }
    }
  });

  it('holds the issue 15 tables: sanctions, the moderate switch, authority, proceedings', () => {
    expect(defaultRulebook.sanctions).toBe(SANCTIONS_2024);
    expect(defaultRulebook.moderateSanctions).toBe(MODERATE_SANCTIONS_2024);
    expect(defaultRulebook.authority).toBe(AUTHORITY_2024);
    expect(defaultRulebook.proceedings).toBe(PROCEEDINGS_2024);
    expect(Object.isFrozen(defaultRulebook.sanctions[0])).toBe(true);
    expect(Object.isFrozen(defaultRulebook.authority[0]?.sanctions)).toBe(true);
    expect(Object.isFrozen(defaultRulebook.proceedings.PILKADA_2024.PPK_FOLLOW_UP)).toBe(true);
    expect(rules.SANCTIONS_2024).toBe(SANCTIONS_2024);
    expect(typeof rules.checkAuthority).toBe('function');
    expect(typeof rules.sanctionsInForce).toBe('function');
    expect(typeof rules.effectiveOn).toBe('function');
  });

  it('rulebookV1 is a deprecated alias of the same object', () => {
    expect(rulebookV1).toBe(defaultRulebook);
  });

  it('is exported from rules/index.ts with the new functions', () => {
    expect(rules.defaultRulebook).toBe(defaultRulebook);
    expect(rules.rulebookV1).toBe(defaultRulebook);
    expect(typeof rules.computeDeadlineAt).toBe('function');
    expect(typeof rules.isOnTime).toBe('function');
    expect(typeof rules.applyHolidayCorrections).toBe('function');
    expect(rules.NON_ASN_ROUTES_2024).toBe(NON_ASN_ROUTES_2024);
    expect(rules.GAKKUMDU_POLICY_2024).toBe(GAKKUMDU_POLICY_2024);
    expect(rules.MAX_PERIOD_HOURS).toBe(720);
  });
});

describe('rulebookV1', () => {
  it('is version 2024.2 with the stated counting defaults', () => {
    expect(rulebookV1.version).toBe('2024.2');
    expect(rulebookV1.counting).toEqual({
      cutiBersamaIsWorkingDay: false,
      dayOfKnowledgeCounts: false,
      votingDayIsWorkingDay: false,
    });
  });

  it('names each regime with its law and procedure', () => {
    expect(rulebookV1.regimes.PEMILU_2024.law.instrument).toContain('UU 7/2017');
    expect(rulebookV1.regimes.PEMILU_2024.procedure.instrument).toContain('Perbawaslu 7/2022');
    expect(rulebookV1.regimes.PILKADA_2024.law.instrument).toContain('UU 10/2016');
    expect(rulebookV1.regimes.PILKADA_2024.procedure.instrument).toContain('Perbawaslu 9/2024');
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(rulebookV1)).toBe(true);
    expect(Object.isFrozen(rulebookV1.holidays)).toBe(true);
    expect(Object.isFrozen(rulebookV1.deadlines.PEMILU_2024.FILE_REPORT)).toBe(true);
    expect(() => {
      (rulebookV1.counting as { dayOfKnowledgeCounts: boolean }).dayOfKnowledgeCounts = true;
    }).toThrow(TypeError);
  });
});

describe('createRulebook', () => {
  it('without overrides: a new rulebook with the default version and content', () => {
    const rb = createRulebook();
    expect(rb).not.toBe(rulebookV1);
    expect(rb.version).toBe(rulebookV1.version);
    expect(rb).toEqual(rulebookV1);
  });

  it('an override equal to the default is no override', () => {
    const rb = createRulebook({
      counting: { cutiBersamaIsWorkingDay: false },
      deadlines: { PEMILU_2024: { FILE_REPORT: { days: 7 } } },
      skbLevels: { 'D-8': 'HEAVY' },
      bknFrom: '2024-08-23',
      extraHolidays: [],
      proceedings: { PILKADA_2024: { PPK_FOLLOW_UP: { days: null }, HIGH_COURT: { days: 7 } } },
      moderateSanctions: { pp94ModerateFrom: null },
    });
    expect(rb.version).toBe('2024.2');
  });

  it('any effective override changes the version to <base>+custom:<hash>', () => {
    const rb = createRulebook({ counting: { cutiBersamaIsWorkingDay: true } });
    expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
    expect(rb.counting).toEqual({
      cutiBersamaIsWorkingDay: true,
      dayOfKnowledgeCounts: false,
      votingDayIsWorkingDay: false,
    });
    expect(rulebookV1.counting.cutiBersamaIsWorkingDay).toBe(false);
  });

  it('the version is deterministic and independent of key order', () => {
    const a = createRulebook({ skbLevels: { 'D-8': 'MODERATE' }, bknFrom: '2024-08-24' });
    const b = createRulebook({ bknFrom: '2024-08-24', skbLevels: { 'D-8': 'MODERATE' } });
    expect(a.version).toBe(b.version);
    expect(a.version).toBe(
      createRulebook({ skbLevels: { 'D-8': 'MODERATE' }, bknFrom: '2024-08-24' }).version,
    );
  });

  it('different overrides give different versions', () => {
    const versions = new Set([
      createRulebook({ skbLevels: { 'D-8': 'MODERATE' } }).version,
      createRulebook({ skbLevels: { 'D-8': 'PTDH' } }).version,
      createRulebook({ bknFrom: '2024-08-24' }).version,
      createRulebook({ counting: { dayOfKnowledgeCounts: true } }).version,
      createRulebook({ deadlines: { PILKADA_2024: { PRELIMINARY_REVIEW: { days: 2 } } } }).version,
      createRulebook({ deadlines: { PEMILU_2024: { DECIDE: { dayType: 'CALENDAR' } } } }).version,
      createRulebook({ extraHolidays: [KEPPRES_2020] }).version,
      createRulebook({ deadlines: { PEMILU_2024: { STATUS_NOTICE: { days: 3 } } } }).version,
      createRulebook({
        deadlines: { PEMILU_2024: { COMPLETE_REQUIREMENTS: { closesAt: '15:00' } } },
      }).version,
      createRulebook({ deadlines: { PEMILU_2024: { COMPLETE_REQUIREMENTS: { hours: 168 } } } })
        .version,
      createRulebook({ gakkumdu: { deliberationBeforeDeclaration: false } }).version,
      createRulebook({ candidateDetermination: { PEMILU_2024: '2023-11-14' } }).version,
      createRulebook({
        holidayCorrections: [
          {
            action: 'REMOVE',
            date: '2025-06-06',
            reason: 'test',
            basis: { instrument: 'test', confidence: 'R' },
          },
        ],
      }).version,
      createRulebook({ proceedings: { PILKADA_2024: { PPK_FOLLOW_UP: { days: 10 } } } }).version,
      createRulebook({ proceedings: { PEMILU_2024: { PPK_FOLLOW_UP: { days: 10 } } } }).version,
      createRulebook({ proceedings: { PEMILU_2024: { HIGH_COURT: { dayType: 'WORKING' } } } })
        .version,
      createRulebook({ moderateSanctions: { pp94ModerateFrom: '2024-01-01' } }).version,
    ]);
    expect(versions.size).toBe(17);
  });

  it('a named base version is kept, and still suffixed when content changes', () => {
    expect(createRulebook({ version: 'kediri-2024' }).version).toBe('kediri-2024');
    expect(createRulebook({ version: 'kediri-2024', bknFrom: '2024-08-24' }).version).toMatch(
      /^kediri-2024\+custom:[0-9a-f]{12}$/,
    );
  });

  it('applies deadline overrides to the one rule only', () => {
    const rb = createRulebook({ deadlines: { PEMILU_2024: { DECIDE: { dayType: 'CALENDAR' } } } });
    expect(rb.deadlines.PEMILU_2024.DECIDE).toMatchObject({
      days: 7,
      dayType: 'CALENDAR',
      step: 'DECIDE',
    });
    expect(rb.deadlines.PEMILU_2024.DECIDE.basis).toBe(
      rulebookV1.deadlines.PEMILU_2024.DECIDE.basis,
    );
    expect(rb.deadlines.PEMILU_2024.FILE_REPORT).toBe(rulebookV1.deadlines.PEMILU_2024.FILE_REPORT);
    expect(rb.deadlines.PILKADA_2024).toEqual(rulebookV1.deadlines.PILKADA_2024);
    expect(rulebookV1.deadlines.PEMILU_2024.DECIDE.dayType).toBe('WORKING');
  });

  it('adds extra holidays in date order without freezing the caller’s object', () => {
    const mine: Holiday = { ...KEPPRES_2020, basis: { ...KEPPRES_2020.basis } };
    const rb = createRulebook({ extraHolidays: [mine] });
    expect(rb.holidays.length).toBe(rulebookV1.holidays.length + 1);
    expect(rb.holidays[0]?.date).toBe('2020-12-09');
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it('rejects invalid overrides', () => {
    expect(() => createRulebook({ deadlines: { PILKADA_2024: { DECIDE: { days: 0 } } } })).toThrow(
      RangeError,
    );
    expect(() =>
      createRulebook({ deadlines: { PILKADA_2024: { DECIDE: { days: 1.5 } } } }),
    ).toThrow(RangeError);
    expect(() => createRulebook({ bknFrom: '2024-02-30' })).toThrow(RangeError);
    expect(() =>
      createRulebook({ extraHolidays: [{ ...KEPPRES_2020, date: '2020-13-01' }] }),
    ).toThrow(RangeError);
  });
});

describe('shortHash', () => {
  it('is 12 hex digits, order-independent for object keys, sensitive to values', () => {
    expect(shortHash({ a: 1, b: [1, 2] })).toMatch(/^[0-9a-f]{12}$/);
    expect(shortHash({ a: 1, b: [1, 2] })).toBe(shortHash({ b: [1, 2], a: 1 }));
    expect(shortHash({ a: 1, b: [1, 2] })).not.toBe(shortHash({ a: 1, b: [2, 1] }));
    expect(shortHash({ a: 'x' })).not.toBe(shortHash({ a: 'y' }));
  });

  it('is FNV-1a-64 (pinned reference value for the empty object)', () => {
    // FNV-1a-64 of the bytes "{}" (0x7b 0x7d), first 12 hex digits.
    expect(shortHash({})).toBe(fnv1a64('{}').slice(0, 12));
  });
});

/** Independent reference implementation for the pin above. */
function fnv1a64(s: string): string {
  let h = 0xcbf29ce484222325n;
  for (const c of Buffer.from(s, 'utf8')) {
    h ^= BigInt(c);
    h = BigInt.asUintN(64, h * 0x100000001b3n);
  }
  return h.toString(16).padStart(16, '0');
}
