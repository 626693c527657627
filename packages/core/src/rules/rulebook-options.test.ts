import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { computeDeadline } from './deadline.js';
import { createRulebook, defaultRulebook, rulebookV1, tryCreateRulebook } from './rulebook.js';
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
      'expected one of counting, deadlines, skbLevels, bknFrom, extraHolidays, holidayCorrections, ' +
        'gakkumdu, candidateDetermination, proceedings, moderateSanctions, villageSanctionLadder, version',
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
    expect(error.message).toContain(
      'expected one of FILE_REPORT, SET_FINDING, PRELIMINARY_REVIEW, COMPLETION_NOTICE, ' +
        'COMPLETE_REQUIREMENTS, DECIDE, DECIDE_EXTENDED, REFER_TO_POLICE, STATUS_NOTICE',
    );
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
    expect(error.message).not.toContain('hours');
    for (const step of ['COMPLETION_NOTICE', 'STATUS_NOTICE']) {
      expect(refusal({ deadlines: { PEMILU_2024: { [step]: { anchor: 'RECEIPT' } } } }).path).toBe(
        `deadlines.PEMILU_2024.${step}.anchor`,
      );
    }
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
    expect(refusal({ version: '2024.2+custom:000000000000' }).path).toBe('version');
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
      version: '2024.2',
    });
    expect(E.map((rb: { version: string }) => rb.version)(created)).toEqual(E.right('2024.2'));
  });

  it('an extra holiday the rulebook already has is no change, in version or in content', () => {
    const rb = createRulebook({ extraHolidays: [...VOTING_DAYS_2024, ...VOTING_DAYS_2024] });
    expect(rb.version).toBe('2024.2');
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
      '2024.2+custom:652fdf01e508',
    );
    expect(createRulebook({ bknFrom: '2024-08-24' }).version).toBe('2024.2+custom:9eed10b2caf0');
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
    ).toBe('2024.2+custom:189a1f19910c');
  });
});

describe('counting.votingDayIsWorkingDay', () => {
  it('is off by default: voting days are holidays by Keppres 10/2024 and 33/2024', () => {
    expect(rulebookV1.counting.votingDayIsWorkingDay).toBe(false);
  });

  it('counts a voting day as a working day, with a derived version', () => {
    const rb = createRulebook({ counting: { votingDayIsWorkingDay: true } });
    expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
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

describe('deadline rows on the clock: hours and closesAt', () => {
  it('hours: a whole number from 1 to 720, naming the key', () => {
    for (const hours of [0, -24, 1.5, 721, '24']) {
      const error = refusal({ deadlines: { PEMILU_2024: { REFER_TO_POLICE: { hours } } } });
      expect(error.path).toBe('deadlines.PEMILU_2024.REFER_TO_POLICE.hours');
      expect(error.message).toContain(
        typeof hours === 'string' ? 'must be a number' : 'whole number of hours from 1 to 720',
      );
    }
    for (const hours of [1, 48, 720]) {
      const rb = createRulebook({ deadlines: { PILKADA_2024: { REFER_TO_POLICE: { hours } } } });
      expect(rb.deadlines.PILKADA_2024.REFER_TO_POLICE.hours).toBe(hours);
    }
  });

  it('closesAt: HH:MM from 00:00 to 23:59, naming the key', () => {
    for (const closesAt of ['24:00', '7:00', '16:60', '16:00:00', '1600', '', 16]) {
      const error = refusal({
        deadlines: { PEMILU_2024: { COMPLETE_REQUIREMENTS: { closesAt } } },
      });
      expect(error.path, String(closesAt)).toBe(
        'deadlines.PEMILU_2024.COMPLETE_REQUIREMENTS.closesAt',
      );
    }
    expect(
      refusal({ deadlines: { PEMILU_2024: { COMPLETE_REQUIREMENTS: { closesAt: '24:00' } } } })
        .message,
    ).toContain('must be a local time written HH:MM, from 00:00 to 23:59');
    for (const closesAt of ['00:00', '16:00', '23:59']) {
      const rb = createRulebook({
        deadlines: {
          PEMILU_2024: { COMPLETE_REQUIREMENTS: { closesAt, closesAtOnFriday: closesAt } },
        },
      });
      expect(rb.deadlines.PEMILU_2024.COMPLETE_REQUIREMENTS).toMatchObject({
        closesAt,
        closesAtOnFriday: closesAt,
      });
    }
  });

  it('clock keys only where the decider reads them: a step judged by date refuses them by name', () => {
    for (const step of [
      'FILE_REPORT',
      'SET_FINDING',
      'PRELIMINARY_REVIEW',
      'COMPLETION_NOTICE',
      'DECIDE',
      'DECIDE_EXTENDED',
      'STATUS_NOTICE',
    ]) {
      for (const [key, value] of [
        ['hours', 24],
        ['closesAt', '16:00'],
        ['closesAtOnFriday', '16:30'],
      ] as const) {
        const error = refusal({ deadlines: { PILKADA_2024: { [step]: { [key]: value } } } });
        expect(error.path, `${step}.${key}`).toBe(`deadlines.PILKADA_2024.${step}.${key}`);
        expect(error.message).toContain(`unknown key '${key}'`);
      }
    }
  });

  it('a closesAt on a row counted in hours would be ignored, so it is refused', () => {
    const error = refusal({
      deadlines: { PILKADA_2024: { COMPLETE_REQUIREMENTS: { hours: 24, closesAt: '16:00' } } },
    });
    expect(error.path).toBe('deadlines.PILKADA_2024.COMPLETE_REQUIREMENTS.closesAt');
    expect(error.message).toContain('counted in hours (hours: 24)');
    // The default Pilkada completion row is counted in hours (2×24 jam): a closing time on it is
    // refused without any hours in the patch.
    expect(defaultRulebook.deadlines.PILKADA_2024.COMPLETE_REQUIREMENTS.hours).toBe(48);
    expect(
      refusal({
        deadlines: { PILKADA_2024: { COMPLETE_REQUIREMENTS: { closesAtOnFriday: '16:30' } } },
      }).path,
    ).toBe('deadlines.PILKADA_2024.COMPLETE_REQUIREMENTS.closesAtOnFriday');
  });

  it('count in the version only when they change the row', () => {
    const rule = defaultRulebook.deadlines.PEMILU_2024.REFER_TO_POLICE;
    const same = createRulebook({
      deadlines: {
        PEMILU_2024: {
          REFER_TO_POLICE: { ...(rule.hours === undefined ? {} : { hours: rule.hours }) },
        },
      },
    });
    expect(same.version).toBe('2024.2');
    const changed = [
      createRulebook({ deadlines: { PEMILU_2024: { REFER_TO_POLICE: { hours: 47 } } } }),
      createRulebook({ deadlines: { PEMILU_2024: { REFER_TO_POLICE: { hours: 49 } } } }),
      createRulebook({
        deadlines: { PEMILU_2024: { COMPLETE_REQUIREMENTS: { closesAt: '15:00' } } },
      }),
      createRulebook({
        deadlines: { PEMILU_2024: { COMPLETE_REQUIREMENTS: { closesAt: '15:30' } } },
      }),
    ];
    for (const rb of changed) expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
    expect(new Set(changed.map((rb) => rb.version)).size).toBe(changed.length);
  });
});

describe('the 2024.2 steps COMPLETION_NOTICE and STATUS_NOTICE are patchable', () => {
  it.each(['COMPLETION_NOTICE', 'STATUS_NOTICE'] as const)('%s', (step) => {
    const base = defaultRulebook.deadlines.PILKADA_2024[step];
    expect(base.step).toBe(step);
    const days = base.days === 5 ? 6 : 5;
    const rb = createRulebook({ deadlines: { PILKADA_2024: { [step]: { days } } } });
    expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
    expect(rb.deadlines.PILKADA_2024[step]).toEqual({ ...base, days });
    expect(
      createRulebook({ deadlines: { PILKADA_2024: { [step]: { days: base.days } } } }).version,
    ).toBe('2024.2');
    expect(refusal({ deadlines: { PILKADA_2024: { [step]: { days: 0 } } } }).path).toBe(
      `deadlines.PILKADA_2024.${step}.days`,
    );
  });
});

describe('gakkumdu', () => {
  it('deliberationBeforeDeclaration is true by default; false is an override with a version', () => {
    expect(defaultRulebook.gakkumdu.deliberationBeforeDeclaration).toBe(true);
    const rb = createRulebook({ gakkumdu: { deliberationBeforeDeclaration: false } });
    expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
    expect(rb.gakkumdu).toEqual({
      ...defaultRulebook.gakkumdu,
      deliberationBeforeDeclaration: false,
    });
    expect(createRulebook({ gakkumdu: { deliberationBeforeDeclaration: true } }).version).toBe(
      '2024.2',
    );
    expect(createRulebook({ gakkumdu: {} }).version).toBe('2024.2');
  });

  it('is strict', () => {
    const error = refusal({ gakkumdu: { deliberation: false } });
    expect(error.path).toBe('gakkumdu.deliberation');
    expect(error.message).toContain('expected one of deliberationBeforeDeclaration');
    expect(refusal({ gakkumdu: { deliberationBeforeDeclaration: 'no' } }).path).toBe(
      'gakkumdu.deliberationBeforeDeclaration',
    );
    expect(refusal({ gakkumdu: { basis: {} } }).path).toBe('gakkumdu.basis');
  });
});

describe('candidateDetermination', () => {
  it('overrides elections[regime].candidateDetermination, with a version', () => {
    // The determination of the presidential candidates instead of the parties'.
    const rb = createRulebook({ candidateDetermination: { PEMILU_2024: '2023-11-14' } });
    expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
    expect(rb.elections.PEMILU_2024).toEqual({
      ...defaultRulebook.elections.PEMILU_2024,
      candidateDetermination: '2023-11-14',
    });
    expect(rb.elections.PILKADA_2024).toBe(defaultRulebook.elections.PILKADA_2024);
    const pilkada = createRulebook({ candidateDetermination: { PILKADA_2024: '2024-09-23' } });
    expect(pilkada.elections.PILKADA_2024.candidateDetermination).toBe('2024-09-23');
    expect(pilkada.version).not.toBe(rb.version);
  });

  it('the default date is no override', () => {
    expect(
      createRulebook({
        candidateDetermination: {
          PEMILU_2024: defaultRulebook.elections.PEMILU_2024.candidateDetermination,
          PILKADA_2024: defaultRulebook.elections.PILKADA_2024.candidateDetermination,
        },
      }).version,
    ).toBe('2024.2');
  });

  it('is strict, and refuses a date after the voting day', () => {
    expect(refusal({ candidateDetermination: { PEMILU: '2023-11-14' } }).path).toBe(
      'candidateDetermination.PEMILU',
    );
    expect(refusal({ candidateDetermination: { PEMILU_2024: '2023-11-31' } }).path).toBe(
      'candidateDetermination.PEMILU_2024',
    );
    const late = refusal({ candidateDetermination: { PILKADA_2024: '2024-11-28' } });
    expect(late).toEqual({
      code: 'INVALID_RULEBOOK_OPTIONS',
      path: 'candidateDetermination.PILKADA_2024',
      message:
        'rulebook option candidateDetermination.PILKADA_2024: 2024-11-28 is after the voting day (2024-11-27)',
    });
    expect(
      createRulebook({ candidateDetermination: { PILKADA_2024: '2024-11-27' } }).elections
        .PILKADA_2024.candidateDetermination,
    ).toBe('2024-11-27');
  });
});

describe('proceedings (issue 15): the periods after Bawaslu', () => {
  it('overrides days and dayType of one step in one regime, with a version', () => {
    const rb = createRulebook({
      proceedings: { PEMILU_2024: { DISTRICT_COURT: { days: 10, dayType: 'WORKING' } } },
    });
    expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
    expect(rb.proceedings.PEMILU_2024.DISTRICT_COURT).toMatchObject({
      step: 'DISTRICT_COURT',
      days: 10,
      dayType: 'WORKING',
    });
    expect(rb.proceedings.PEMILU_2024.DISTRICT_COURT.basis).toBe(
      defaultRulebook.proceedings.PEMILU_2024.DISTRICT_COURT.basis,
    );
    expect(rb.proceedings.PILKADA_2024).toEqual(defaultRulebook.proceedings.PILKADA_2024);
    expect(rb.proceedings.PEMILU_2024.HIGH_COURT).toBe(
      defaultRulebook.proceedings.PEMILU_2024.HIGH_COURT,
    );
  });

  it('PPK_FOLLOW_UP: a policy period (the 10 days of 2020) and back to none', () => {
    const ten = createRulebook({ proceedings: { PILKADA_2024: { PPK_FOLLOW_UP: { days: 10 } } } });
    expect(ten.proceedings.PILKADA_2024.PPK_FOLLOW_UP.days).toBe(10);
    expect(ten.version).not.toBe('2024.2');
    // null is the default: no override, no version change.
    expect(
      createRulebook({ proceedings: { PILKADA_2024: { PPK_FOLLOW_UP: { days: null } } } }).version,
    ).toBe('2024.2');
  });

  it('null only on PPK_FOLLOW_UP; days 1–365; strict keys, naming the path', () => {
    const nulled = refusal({ proceedings: { PEMILU_2024: { FILE_BANDING: { days: null } } } });
    expect(nulled.path).toBe('proceedings.PEMILU_2024.FILE_BANDING.days');
    expect(nulled.message).toContain('must be a number');
    for (const days of [0, -1, 2.5, 366]) {
      const error = refusal({ proceedings: { PILKADA_2024: { PPK_FOLLOW_UP: { days } } } });
      expect(error.path).toBe('proceedings.PILKADA_2024.PPK_FOLLOW_UP.days');
      expect(error.message).toContain('whole number of days from 1 to 365');
    }
    expect(refusal({ proceedings: { PILKADA: {} } }).path).toBe('proceedings.PILKADA');
    const step = refusal({ proceedings: { PILKADA_2024: { APPEAL: { days: 3 } } } });
    expect(step.path).toBe('proceedings.PILKADA_2024.APPEAL');
    expect(step.message).toContain(
      'expected one of PPK_FOLLOW_UP, SUMMONS_TO_EXAMINATION, DELIVER_SANCTION, SANCTION_IN_FORCE',
    );
    expect(refusal({ proceedings: { PILKADA_2024: { HIGH_COURT: { hours: 24 } } } }).path).toBe(
      'proceedings.PILKADA_2024.HIGH_COURT.hours',
    );
    expect(
      refusal({ proceedings: { PILKADA_2024: { HIGH_COURT: { dayType: 'HARI' } } } }).message,
    ).toContain('must be one of CALENDAR, WORKING');
  });

  it('counts in the version only what changes a row', () => {
    const same = createRulebook({
      proceedings: {
        PEMILU_2024: { DELIVER_SANCTION: { days: 14, dayType: 'WORKING' } },
        PILKADA_2024: { INVESTIGATION: { days: 14 }, HIGH_COURT: {} },
      },
    });
    expect(same.version).toBe('2024.2');
    expect(same).toEqual(defaultRulebook);
    const a = createRulebook({
      proceedings: { PEMILU_2024: { INVESTIGATION: { days: 14, dayType: 'CALENDAR' } } },
    });
    const b = createRulebook({
      proceedings: { PEMILU_2024: { INVESTIGATION: { dayType: 'CALENDAR' } } },
    });
    expect(a.version).toBe(b.version);
    expect(a.version).not.toBe(
      createRulebook({ proceedings: { PILKADA_2024: { INVESTIGATION: { dayType: 'CALENDAR' } } } })
        .version,
    );
  });
});

describe('moderateSanctions.pp94ModerateFrom (PP 94/2021 Pasal 42)', () => {
  it('null by default; a date switches to the tukin cuts, with a version', () => {
    expect(defaultRulebook.moderateSanctions.pp94ModerateFrom).toBeNull();
    expect(createRulebook({ moderateSanctions: { pp94ModerateFrom: null } }).version).toBe(
      '2024.2',
    );
    expect(createRulebook({ moderateSanctions: {} }).version).toBe('2024.2');
    const rb = createRulebook({ moderateSanctions: { pp94ModerateFrom: '2025-01-01' } });
    expect(rb.version).toMatch(/^2024\.2\+custom:[0-9a-f]{12}$/);
    expect(rb.moderateSanctions.pp94ModerateFrom).toBe('2025-01-01');
    expect(rb.moderateSanctions.basis).toBe(defaultRulebook.moderateSanctions.basis);
    // The build passes the other issue 15 tables through unchanged.
    expect(rb.sanctions).toBe(defaultRulebook.sanctions);
    expect(rb.authority).toBe(defaultRulebook.authority);
    expect(rb.proceedings).toEqual(defaultRulebook.proceedings);
    expect(rb.version).not.toBe(
      createRulebook({ moderateSanctions: { pp94ModerateFrom: '2025-01-02' } }).version,
    );
  });

  it('is strict: a real date or null, and no other key', () => {
    expect(refusal({ moderateSanctions: { pp94ModerateFrom: '2025-02-30' } }).path).toBe(
      'moderateSanctions.pp94ModerateFrom',
    );
    expect(refusal({ moderateSanctions: { pp94ModerateFrom: 20250101 } }).message).toContain(
      'must be a string',
    );
    const key = refusal({ moderateSanctions: { pp53Types: [] } });
    expect(key.path).toBe('moderateSanctions.pp53Types');
    expect(key.message).toContain('expected one of pp94ModerateFrom');
  });
});

describe('the issue 15 options round trip through JSON', () => {
  it('parses as written, and builds the same rulebook from the parsed options', () => {
    const options = {
      proceedings: {
        PEMILU_2024: { PPK_FOLLOW_UP: { days: 10, dayType: 'CALENDAR' }, HIGH_COURT: { days: 5 } },
        PILKADA_2024: { PPK_FOLLOW_UP: { days: null } },
      },
      moderateSanctions: { pp94ModerateFrom: '2025-01-01' },
    };
    const json = JSON.parse(JSON.stringify(options)) as unknown;
    const parsed = parseRulebookOptions(json);
    expect(parsed).toEqual(E.right(options));
    if (E.isLeft(parsed)) throw new Error(parsed.left.message);
    const direct = createRulebook(untyped(options));
    const viaJson = createRulebook(parsed.right);
    expect(viaJson).toEqual(direct);
    expect(viaJson.version).toBe(direct.version);
    expect(direct.proceedings.PEMILU_2024.PPK_FOLLOW_UP.days).toBe(10);
    expect(direct.proceedings.PILKADA_2024.PPK_FOLLOW_UP.days).toBeNull();
    // Only the two effective changes are hashed: the same version from them alone.
    expect(direct.version).toBe(
      createRulebook({
        proceedings: { PEMILU_2024: { PPK_FOLLOW_UP: { days: 10 }, HIGH_COURT: { days: 5 } } },
        moderateSanctions: { pp94ModerateFrom: '2025-01-01' },
      }).version,
    );
    expect(Object.isFrozen(direct.proceedings.PEMILU_2024.PPK_FOLLOW_UP)).toBe(true);
    expect(Object.isFrozen(options.proceedings.PEMILU_2024.PPK_FOLLOW_UP)).toBe(false);
  });
});
