import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from './deadline.js';
import { createRulebook, rulebookV1, tryCreateRulebook } from './rulebook.js';
import { parseRulebookOptions, type RulebookOverrides } from './rulebook-options.js';
import type { RulebookOptionsError } from './rulebook-options-error.js';
import { VOTING_DAYS_2024 } from './voting-days-2024.js';

/** Options as a JavaScript caller or a configuration file could write them. */
const untyped = (options: unknown): RulebookOverrides => options as RulebookOverrides;

const refusal = (options: unknown): RulebookOptionsError => {
  const created = tryCreateRulebook(untyped(options));
  if (E.isRight(created)) throw new Error(`accepted: ${JSON.stringify(options)}`);
  return created.left;
};

describe('tryCreateRulebook refuses options that would be ignored or misread', () => {
  it('an unknown top-level key, naming it and the keys there are', () => {
    const error = refusal({ holidays: [] });
    expect(error).toEqual({
      code: 'INVALID_RULEBOOK_OPTIONS',
      path: 'holidays',
      message: expect.stringContaining('rulebook option holidays: unknown key'),
    });
    expect(error.message).toContain(
      'expected one of counting, deadlines, skbLevels, bknFrom, extraHolidays, version',
    );
  });

  it('a misspelt counting switch, instead of a "custom" version that counts like the default', () => {
    const error = refusal({ counting: { cutiBersamaIsWorkinDay: true } });
    expect(error.path).toBe('counting.cutiBersamaIsWorkinDay');
    expect(error.message).toContain(
      'expected one of cutiBersamaIsWorkingDay, dayOfKnowledgeCounts, votingDayIsWorkingDay',
    );
  });

  it('a misspelt regime and a misspelt step name', () => {
    expect(refusal({ deadlines: { PEMILU: {} } }).path).toBe('deadlines.PEMILU');
    const error = refusal({ deadlines: { PEMILU_2024: { FILE_REPROT: { days: 3 } } } });
    expect(error.path).toBe('deadlines.PEMILU_2024.FILE_REPROT');
    expect(error.message).toContain('FILE_REPORT, SET_FINDING');
  });

  it('a misspelt or unknown key inside a deadline row', () => {
    expect(refusal({ deadlines: { PEMILU_2024: { DECIDE: { day: 3 } } } }).path).toBe(
      'deadlines.PEMILU_2024.DECIDE.day',
    );
  });

  it('an anchor on a step that has none (only DECIDE and DECIDE_EXTENDED read it)', () => {
    const error = refusal({ deadlines: { PILKADA_2024: { FILE_REPORT: { anchor: 'RECEIPT' } } } });
    expect(error.path).toBe('deadlines.PILKADA_2024.FILE_REPORT.anchor');
    expect(error.message).toContain('expected one of days, dayType');
  });

  it('an invalid sanction level and an unknown SKB code', () => {
    const level = refusal({ skbLevels: { 'D-8': 'SEVERE' } });
    expect(level.path).toBe('skbLevels.D-8');
    expect(level.message).toContain('must be one of MORAL, LIGHT, MODERATE, HEAVY, PTDH');
    expect(level.message).toContain("got 'SEVERE'");
    expect(refusal({ skbLevels: { 'D-14': 'LIGHT' } }).path).toBe('skbLevels.D-14');
  });

  it('an invalid day type and an invalid anchor', () => {
    const dayType = refusal({ deadlines: { PEMILU_2024: { DECIDE: { dayType: 'WORKDAY' } } } });
    expect(dayType.path).toBe('deadlines.PEMILU_2024.DECIDE.dayType');
    expect(dayType.message).toContain('must be one of CALENDAR, WORKING');
    expect(refusal({ deadlines: { PILKADA_2024: { DECIDE: { anchor: 'FILING' } } } }).path).toBe(
      'deadlines.PILKADA_2024.DECIDE.anchor',
    );
  });

  it('values of the wrong type, naming the key', () => {
    const cases: [unknown, string, string][] = [
      [
        { counting: { dayOfKnowledgeCounts: 'yes' } },
        'counting.dayOfKnowledgeCounts',
        'must be a boolean',
      ],
      [{ counting: true }, 'counting', 'must be an object'],
      [
        { deadlines: { PEMILU_2024: { DECIDE: { days: '7' } } } },
        'deadlines.PEMILU_2024.DECIDE.days',
        'must be a number',
      ],
      [{ bknFrom: 20240823 }, 'bknFrom', 'must be a string'],
      [{ extraHolidays: {} }, 'extraHolidays', 'must be an array'],
      [{ version: 2 }, 'version', 'must be a string'],
      [null, '', 'must be an object'],
    ];
    for (const [options, path, problem] of cases) {
      const error = refusal(options);
      expect(error.path, JSON.stringify(options)).toBe(path);
      expect(error.message, JSON.stringify(options)).toContain(problem);
    }
  });

  it('out-of-range values: days, dates, holiday rows, a version that forges a suffix', () => {
    for (const days of [0, -3, 1.5, 366]) {
      const error = refusal({ deadlines: { PILKADA_2024: { DECIDE: { days } } } });
      expect(error.message).toContain('whole number of days from 1 to 365');
    }
    expect(refusal({ bknFrom: '2024-02-30' }).path).toBe('bknFrom');
    const holiday = { ...VOTING_DAYS_2024[0], date: '2020-13-01' };
    expect(refusal({ extraHolidays: [holiday] }).path).toBe('extraHolidays.0.date');
    expect(refusal({ extraHolidays: [{ ...VOTING_DAYS_2024[0], kind: 'REGIONAL' }] }).path).toBe(
      'extraHolidays.0.kind',
    );
    expect(refusal({ extraHolidays: [{ ...VOTING_DAYS_2024[0], keppres: '10/2024' }] }).path).toBe(
      'extraHolidays.0.keppres',
    );
    expect(refusal({ version: '2024.1+custom:000000000000' }).path).toBe('version');
  });

  it('shortens a huge key in the message', () => {
    const error = refusal({ ['x'.repeat(100_000)]: 1 });
    expect(error.message.length).toBeLessThan(400);
  });
});

describe('createRulebook', () => {
  it('throws a RangeError naming the key (not a TypeError), with the typed error as cause', () => {
    const options = untyped({ deadlines: { PEMILU_2024: { FILE_REPROT: { days: 3 } } } });
    expect(() => createRulebook(options)).toThrow(RangeError);
    expect(() => createRulebook(options)).toThrow(
      'rulebook option deadlines.PEMILU_2024.FILE_REPROT: unknown key',
    );
    try {
      createRulebook(options);
    } catch (error) {
      expect((error as Error).cause).toMatchObject({ code: 'INVALID_RULEBOOK_OPTIONS' });
    }
  });
});

describe('parseRulebookOptions', () => {
  it('accepts a configuration read from JSON, and answers fresh objects', () => {
    const json = JSON.parse('{"counting":{"votingDayIsWorkingDay":true},"version":"bantul-2024"}');
    const parsed = parseRulebookOptions(json);
    expect(parsed).toEqual(E.right(json));
    if (E.isRight(parsed)) expect(parsed.right).not.toBe(json);
  });
});

describe('the version is derived only from options that change something', () => {
  it('every default passed explicitly keeps the base version', () => {
    const created = tryCreateRulebook({
      counting: {
        cutiBersamaIsWorkingDay: false,
        dayOfKnowledgeCounts: false,
        votingDayIsWorkingDay: false,
      },
      deadlines: {
        PEMILU_2024: { DECIDE: { days: 7, dayType: 'WORKING', anchor: 'REGISTRATION' } },
        PILKADA_2024: { DECIDE: { anchor: 'RECEIPT' }, FILE_REPORT: { dayType: 'CALENDAR' } },
      },
      skbLevels: { 'D-8': 'HEAVY', 'D-13': 'SATGAS_DECIDES' },
      bknFrom: rulebookV1.supervisorRouting.bknFrom,
      extraHolidays: [],
      version: '2024.1',
    });
    expect(E.map((rb: { version: string }) => rb.version)(created)).toEqual(E.right('2024.1'));
  });

  it('an extra holiday the rulebook already has is no change, in version or in content', () => {
    const rb = createRulebook({ extraHolidays: [...VOTING_DAYS_2024, ...VOTING_DAYS_2024] });
    expect(rb.version).toBe('2024.1');
    expect(rb.holidays).toEqual(rulebookV1.holidays);
  });

  it('extra holidays listed in any order give the same version', () => {
    const a = { ...VOTING_DAYS_2024[0]!, date: '2029-02-14', decreedOn: '2029-02-06' };
    const b = { ...VOTING_DAYS_2024[1]!, date: '2029-11-27', decreedOn: '2029-11-21' };
    expect(createRulebook({ extraHolidays: [a, b] }).version).toBe(
      createRulebook({ extraHolidays: [b, a] }).version,
    );
  });

  it('keeps the documented versions of effective overrides (docs/legal-basis.md)', () => {
    expect(createRulebook({ counting: { cutiBersamaIsWorkingDay: true } }).version).toBe(
      '2024.1+custom:652fdf01e508',
    );
    expect(createRulebook({ bknFrom: '2024-08-24' }).version).toBe('2024.1+custom:9eed10b2caf0');
    expect(
      createRulebook({
        extraHolidays: [
          {
            date: '2020-12-09',
            kind: 'VOTING_DAY',
            name: 'Hari pemungutan suara Pilkada 2020',
            basis: { instrument: 'Keppres 22/2020', confidence: 'S' },
          },
        ],
      }).version,
    ).toBe('2024.1+custom:189a1f19910c');
  });
});

describe('counting.votingDayIsWorkingDay', () => {
  it('is off by default: voting days are holidays by Keppres 10/2024 and 33/2024', () => {
    expect(rulebookV1.counting.votingDayIsWorkingDay).toBe(false);
  });

  it('counts a voting day as a working day, with a derived version', () => {
    const rb = createRulebook({ counting: { votingDayIsWorkingDay: true } });
    expect(rb.version).toMatch(/^2024\.1\+custom:[0-9a-f]{12}$/);
    expect(rb.version).not.toBe(
      createRulebook({ counting: { cutiBersamaIsWorkingDay: true } }).version,
    );
    // 7 working days from Mon 5 Feb 2024 across the Pemilu voting day (14 Feb): the count
    // gains one working day, so the due date is Fri 16 instead of Mon 19.
    expect(computeDeadline(rulebookV1, 'PEMILU_2024', 'FILE_REPORT', '2024-02-05').due).toBe(
      '2024-02-19',
    );
    expect(computeDeadline(rb, 'PEMILU_2024', 'FILE_REPORT', '2024-02-05').due).toBe('2024-02-16');
  });
});
