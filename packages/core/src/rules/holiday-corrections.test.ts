import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { holidaysDecreedBy, isWorkingDay } from '../time/day-counting.js';
import { computeDeadline } from './deadline.js';
import { applyHolidayCorrections } from './holiday-corrections.js';
import { createRulebook, defaultRulebook, tryCreateRulebook } from './rulebook.js';
import type { HolidayCorrectionOption, RulebookOverrides } from './rulebook-options.js';
import type { RulebookOptionsError } from './rulebook-options-error.js';
import type { Holiday, LegalBasis } from './types.js';

const ISBAT: LegalBasis = {
  instrument: 'Keputusan Menteri Agama (sidang isbat Zulhijah 1446 H)',
  confidence: 'S',
  source: 'hypothetical isbat for the tests',
};

const PERDA: LegalBasis = { instrument: 'Keputusan Bupati Contoh 1/2025', confidence: 'C' };

/** A regional holiday, closing the offices of one kabupaten (Tue 10 Jun 2025). */
const HARI_JADI: Holiday = {
  date: '2025-06-10',
  kind: 'NATIONAL_HOLIDAY',
  name: 'Hari Jadi Kabupaten Contoh',
  basis: PERDA,
  decreedOn: '2025-05-20',
};

const remove = (
  date: string,
  extra: Partial<Extract<HolidayCorrectionOption, { action: 'REMOVE' }>> = {},
): HolidayCorrectionOption => ({
  action: 'REMOVE',
  date,
  reason: 'offices open by order of the Bupati',
  basis: PERDA,
  ...extra,
});

const move = (
  from: string,
  to: string,
  extra: Partial<Extract<HolidayCorrectionOption, { action: 'MOVE' }>> = {},
): HolidayCorrectionOption => ({
  action: 'MOVE',
  from,
  to,
  reason: 'sidang isbat set 10 Zulhijah on another day',
  basis: ISBAT,
  ...extra,
});

const corrected = (...holidayCorrections: HolidayCorrectionOption[]) =>
  createRulebook({ holidayCorrections });

const refusal = (options: unknown): RulebookOptionsError => {
  const created = tryCreateRulebook(options as RulebookOverrides);
  if (E.isRight(created)) throw new Error(`accepted: ${JSON.stringify(options)}`);
  return created.left;
};

const on = (rb: { holidays: readonly Holiday[] }, date: string): readonly Holiday[] =>
  rb.holidays.filter((h) => h.date === date);

const VERSION = /^2024\.2\+custom:[0-9a-f]{12}$/;

describe('holiday corrections change the deadlines they should', () => {
  // Pemilu FILE_REPORT is 7 working days. Around Idul Adha 2025: Fri 6 Jun is a national holiday,
  // Mon 9 Jun cuti bersama.
  const fileReport = (rb: ReturnType<typeof createRulebook>, from: string) =>
    computeDeadline(rb, 'PEMILU_2024', 'FILE_REPORT', from).due;

  it('by default, 7 working days from Wed 4 Jun 2025 skip Fri 6 and Mon 9: due Tue 17 Jun', () => {
    expect(fileReport(defaultRulebook, '2025-06-04')).toBe('2025-06-17');
  });

  it('REMOVE: without the Idul Adha holiday, the count across it is a day shorter', () => {
    const rb = corrected(remove('2025-06-06'));
    expect(rb.version).toMatch(VERSION);
    expect(on(rb, '2025-06-06')).toEqual([]);
    expect(fileReport(rb, '2025-06-04')).toBe('2025-06-16');
    // The cuti bersama three days later is untouched.
    expect(on(rb, '2025-06-09')).toHaveLength(1);
  });

  it('MOVE: Idul Adha a day earlier skips Thu 5 instead of Fri 6', () => {
    const rb = corrected(move('2025-06-06', '2025-06-05'));
    expect(rb.version).toMatch(VERSION);
    expect(isWorkingDay('2025-06-05', rb.holidays, rb.counting)).toBe(false);
    expect(isWorkingDay('2025-06-06', rb.holidays, rb.counting)).toBe(true);
    // From Thu 5 Jun: by default Fri 6 and Mon 9 are skipped (due Wed 18); moved, Fri 6 is day 1.
    expect(fileReport(defaultRulebook, '2025-06-05')).toBe('2025-06-18');
    expect(fileReport(rb, '2025-06-05')).toBe('2025-06-17');
  });

  it('MOVE onto a Saturday: the week gains a working day', () => {
    const rb = corrected(move('2025-06-06', '2025-06-07'));
    expect(fileReport(rb, '2025-06-04')).toBe('2025-06-16');
  });

  it('ADD: a regional holiday on Tue 10 Jun makes the count a day longer', () => {
    const rb = createRulebook({ holidayCorrections: [{ action: 'ADD', holiday: HARI_JADI }] });
    expect(rb.version).toMatch(VERSION);
    expect(on(rb, '2025-06-10')).toEqual([HARI_JADI]);
    expect(fileReport(rb, '2025-06-04')).toBe('2025-06-18');
  });

  it('several corrections apply in order, each to the result of the ones before', () => {
    const rb = corrected(
      move('2025-06-06', '2025-06-05'),
      remove('2025-06-09'),
      { action: 'ADD', holiday: HARI_JADI },
      // The row moved by the first correction can be moved again.
      move('2025-06-05', '2025-06-11', { kind: 'NATIONAL_HOLIDAY' }),
    );
    expect(on(rb, '2025-06-05')).toEqual([]);
    expect(on(rb, '2025-06-09')).toEqual([]);
    expect(on(rb, '2025-06-11').map((h) => h.name)).toEqual(['Idul Adha 1446 Hijriah']);
    // Thu 5 d1, Fri 6 d2, Mon 9 d3, (Tue 10, Wed 11 closed) Thu 12 d4, Fri 13 d5, Mon 16 d6, Tue 17 d7.
    expect(fileReport(rb, '2025-06-04')).toBe('2025-06-17');
  });

  it('a REMOVE without kind removes every holiday on the date; with kind only that kind', () => {
    const twoKinds: Holiday = { ...HARI_JADI, date: '2025-06-06', kind: 'CUTI_BERSAMA' };
    const both = createRulebook({
      holidayCorrections: [{ action: 'ADD', holiday: twoKinds }, remove('2025-06-06')],
    });
    expect(on(both, '2025-06-06')).toEqual([]);
    const one = createRulebook({
      holidayCorrections: [
        { action: 'ADD', holiday: twoKinds },
        remove('2025-06-06', { kind: 'NATIONAL_HOLIDAY' }),
      ],
    });
    expect(on(one, '2025-06-06')).toEqual([twoKinds]);
    expect(isWorkingDay('2025-06-06', one.holidays, one.counting)).toBe(false);
  });
});

describe('a moved row', () => {
  it('keeps its kind and name, takes the new date, and its basis records the correction', () => {
    const rb = corrected(move('2025-06-06', '2025-06-05', { decreedOn: '2025-05-27' }));
    const [row] = on(rb, '2025-06-05');
    expect(row).toMatchObject({
      date: '2025-06-05',
      kind: 'NATIONAL_HOLIDAY',
      name: 'Idul Adha 1446 Hijriah',
      decreedOn: '2025-05-27',
    });
    expect(row?.basis.instrument).toBe(ISBAT.instrument);
    expect(row?.basis.confidence).toBe('S');
    expect(row?.basis.note).toContain(
      'moved from 2025-06-06 by Keputusan Menteri Agama (sidang isbat Zulhijah 1446 H): sidang isbat',
    );
    const published = on(defaultRulebook, '2025-06-06')[0]!;
    expect(row?.basis.note).toContain(
      `published as ${published.basis.instrument} ${published.basis.article}`,
    );
  });

  it('is unknown before the correction was decreed (holidaysDecreedBy)', () => {
    const rb = corrected(move('2025-06-06', '2025-06-05', { decreedOn: '2025-05-27' }));
    expect(on({ holidays: holidaysDecreedBy(rb.holidays, '2025-05-26') }, '2025-06-05')).toEqual(
      [],
    );
    expect(
      on({ holidays: holidaysDecreedBy(rb.holidays, '2025-05-27') }, '2025-06-05'),
    ).toHaveLength(1);
  });

  it('without a decreedOn keeps the row’s own: the move reads as an erratum of the decree', () => {
    const rb = corrected(move('2025-06-06', '2025-06-05'));
    const published = on(defaultRulebook, '2025-06-06')[0]!;
    expect(published.decreedOn).toBeDefined();
    expect(on(rb, '2025-06-05')[0]?.decreedOn).toBe(published.decreedOn);
  });
});

describe('a REMOVE with decreedOn', () => {
  it('is recorded on the correction; the removed day is a working day whatever the day of computing', () => {
    const rb = corrected(remove('2025-06-06', { decreedOn: '2025-06-02' }));
    expect(rb.holidayCorrections).toEqual([
      expect.objectContaining({ action: 'REMOVE', date: '2025-06-06', decreedOn: '2025-06-02' }),
    ]);
    // The corrected table has no row to bring back: a deadline computed before the removal is
    // the one its event carries, computed under the rulebook version that still had the holiday.
    for (const asOf of ['2025-06-01', '2025-06-02', '2025-07-01']) {
      expect(isWorkingDay('2025-06-06', holidaysDecreedBy(rb.holidays, asOf), rb.counting)).toBe(
        true,
      );
    }
    expect(isWorkingDay('2025-06-06', defaultRulebook.holidays, defaultRulebook.counting)).toBe(
      false,
    );
  });
});

describe('the applied corrections, recorded on the rulebook', () => {
  it('are empty by default', () => {
    expect(defaultRulebook.holidayCorrections).toEqual([]);
    expect(createRulebook().holidayCorrections).toEqual([]);
  });

  it('are normalised: extraHolidays become ADDs first, trimmed text, the kind a REMOVE hit', () => {
    const extra: Holiday = {
      date: '2029-02-14',
      kind: 'VOTING_DAY',
      name: 'Hari pemungutan suara Pemilu 2029',
      basis: { instrument: 'Keppres 1/2029', confidence: 'S' },
    };
    const rb = createRulebook({
      extraHolidays: [extra],
      holidayCorrections: [
        {
          ...(remove('2025-06-06') as object),
          reason: '  offices open  ',
        } as HolidayCorrectionOption,
      ],
    });
    expect(rb.holidayCorrections).toEqual([
      { action: 'ADD', holiday: extra },
      {
        action: 'REMOVE',
        date: '2025-06-06',
        kind: 'NATIONAL_HOLIDAY',
        reason: 'offices open',
        basis: PERDA,
      },
    ]);
    expect(Object.isFrozen(rb.holidayCorrections)).toBe(true);
  });

  it('leading ADDs are sorted (they commute); later ones keep their place', () => {
    const a: Holiday = { ...HARI_JADI, date: '2025-06-12' };
    const b: Holiday = { ...HARI_JADI, date: '2025-06-10' };
    const rb = corrected(
      { action: 'ADD', holiday: a },
      { action: 'ADD', holiday: b },
      remove('2025-06-06'),
      {
        action: 'ADD',
        holiday: { ...HARI_JADI, date: '2025-06-06' },
      },
    );
    expect(
      rb.holidayCorrections.map((c) => [c.action, c.action === 'ADD' ? c.holiday.date : '']),
    ).toEqual([
      ['ADD', '2025-06-10'],
      ['ADD', '2025-06-12'],
      ['REMOVE', ''],
      ['ADD', '2025-06-06'],
    ]);
  });

  it('do not freeze the caller’s objects', () => {
    const mine = { action: 'ADD' as const, holiday: { ...HARI_JADI, basis: { ...PERDA } } };
    createRulebook({ holidayCorrections: [mine] });
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(mine.holiday)).toBe(false);
  });
});

describe('the version counts the corrections', () => {
  it('each kind of correction gives its own version, deterministically', () => {
    const versions = [
      corrected(remove('2025-06-06')).version,
      corrected(move('2025-06-06', '2025-06-05')).version,
      corrected(move('2025-06-06', '2025-06-07')).version,
      corrected({ action: 'ADD', holiday: HARI_JADI }).version,
      corrected(remove('2025-06-06', { reason: 'another reason' })).version,
      corrected(remove('2025-06-06', { decreedOn: '2025-06-02' })).version,
    ];
    for (const v of versions) expect(v).toMatch(VERSION);
    expect(new Set(versions).size).toBe(versions.length);
    expect(corrected(remove('2025-06-06')).version).toBe(versions[0]);
  });

  it('an ADD is the same content as the same row in extraHolidays: the same version', () => {
    const asExtra = createRulebook({ extraHolidays: [HARI_JADI] });
    const asAdd = corrected({ action: 'ADD', holiday: HARI_JADI });
    expect(asAdd.version).toBe(asExtra.version);
    expect(asAdd.holidays).toEqual(asExtra.holidays);
    expect(asAdd.holidayCorrections).toEqual(asExtra.holidayCorrections);
  });

  it('ADDs listed in another order give the same version', () => {
    const a: Holiday = { ...HARI_JADI, date: '2025-06-12' };
    const b: Holiday = { ...HARI_JADI, date: '2025-06-10' };
    expect(corrected({ action: 'ADD', holiday: a }, { action: 'ADD', holiday: b }).version).toBe(
      corrected({ action: 'ADD', holiday: b }, { action: 'ADD', holiday: a }).version,
    );
  });

  it('a REMOVE naming the only kind on its date is the same as one naming none', () => {
    expect(corrected(remove('2025-06-06', { kind: 'NATIONAL_HOLIDAY' })).version).toBe(
      corrected(remove('2025-06-06')).version,
    );
  });

  it('keys written in any order give the same version', () => {
    const reordered = JSON.parse(
      '{"basis":{"confidence":"C","instrument":"Keputusan Bupati Contoh 1/2025"},"reason":"offices open by order of the Bupati","date":"2025-06-06","action":"REMOVE"}',
    );
    expect(corrected(reordered).version).toBe(corrected(remove('2025-06-06')).version);
  });
});

describe('corrections that cannot apply are refused, naming the key and why', () => {
  const ok = remove('2025-06-09');
  const at2 = (c: unknown) =>
    refusal({ holidayCorrections: [ok, move('2025-06-06', '2025-06-05'), c] });

  it('a REMOVE of a date with no holiday', () => {
    const error = at2(remove('2025-06-10'));
    expect(error).toEqual({
      code: 'INVALID_RULEBOOK_OPTIONS',
      path: 'holidayCorrections.2.date',
      message:
        'rulebook option holidayCorrections.2.date: there is no holiday on 2025-06-10 to remove',
    });
  });

  it('a REMOVE of a date the corrections before emptied', () => {
    expect(at2(remove('2025-06-09')).path).toBe('holidayCorrections.2.date');
    expect(at2(remove('2025-06-06')).path).toBe('holidayCorrections.2.date');
  });

  it('a REMOVE of a kind the date does not have', () => {
    const error = at2(remove('2025-06-01', { kind: 'CUTI_BERSAMA' }));
    expect(error.path).toBe('holidayCorrections.2.kind');
    expect(error.message).toContain('there is no CUTI_BERSAMA on 2025-06-01 to remove');
    expect(error.message).toContain("it has NATIONAL_HOLIDAY 'Hari Lahir Pancasila'");
  });

  it('a MOVE from a date with no holiday, or none of the kind named', () => {
    const error = at2(move('2025-06-10', '2025-06-11'));
    expect(error.path).toBe('holidayCorrections.2.from');
    expect(error.message).toContain('there is no holiday on 2025-06-10 to move');
    expect(at2(move('2025-06-01', '2025-06-02', { kind: 'VOTING_DAY' })).path).toBe(
      'holidayCorrections.2.kind',
    );
  });

  it('a MOVE onto a date that already has a holiday of the same kind', () => {
    const error = at2(move('2025-06-05', '2025-06-01'));
    expect(error.path).toBe('holidayCorrections.2.to');
    expect(error.message).toContain(
      "2025-06-01 already has NATIONAL_HOLIDAY 'Hari Lahir Pancasila': REMOVE it first",
    );
  });

  it('a MOVE onto a date with a holiday of another kind is fine', () => {
    const rb = corrected(move('2025-06-06', '2025-06-09'));
    expect(on(rb, '2025-06-09').map((h) => h.kind)).toEqual(['CUTI_BERSAMA', 'NATIONAL_HOLIDAY']);
  });

  it('a MOVE onto its own date', () => {
    const error = at2(move('2025-06-05', '2025-06-05'));
    expect(error.path).toBe('holidayCorrections.2.to');
    expect(error.message).toContain(
      'is the same date as from (2025-06-05): a move must change the date',
    );
  });

  it('an ADD of a second holiday of the same kind on a date (it would change no count)', () => {
    const error = at2({ action: 'ADD', holiday: { ...HARI_JADI, date: '2025-06-01' } });
    expect(error.path).toBe('holidayCorrections.2.holiday.date');
    expect(error.message).toContain(
      "2025-06-01 already has NATIONAL_HOLIDAY 'Hari Lahir Pancasila'",
    );
    // The same row in extraHolidays and again as an ADD.
    expect(
      refusal({
        extraHolidays: [HARI_JADI],
        holidayCorrections: [{ action: 'ADD', holiday: HARI_JADI }],
      }).path,
    ).toBe('holidayCorrections.0.holiday.date');
  });

  it('extraHolidays keeps 2024.1’s leniency: a row already there is dropped, not refused', () => {
    const rb = createRulebook({ extraHolidays: [defaultRulebook.holidays[0]!] });
    expect(rb.version).toBe('2024.2');
    expect(rb.holidayCorrections).toEqual([]);
  });

  it('malformed corrections, by the schema', () => {
    const cases: [unknown, string, string][] = [
      [
        { action: 'SHIFT', date: '2025-06-06' },
        'holidayCorrections.0.action',
        "must be one of ADD, REMOVE, MOVE, got 'SHIFT'",
      ],
      [
        { date: '2025-06-06' },
        'holidayCorrections.0.action',
        'must be one of ADD, REMOVE, MOVE, got nothing',
      ],
      [
        { ...remove('2025-06-06'), to: '2025-06-07' },
        'holidayCorrections.0.to',
        'expected one of action, date, kind, reason, basis, decreedOn',
      ],
      [
        { ...move('2025-06-06', '2025-06-07'), date: '2025-06-07' },
        'holidayCorrections.0.date',
        'expected one of action, from, to, kind, reason, basis, decreedOn',
      ],
      [
        { action: 'ADD', holiday: { ...HARI_JADI, basis: { ...PERDA, url: 'x' } } },
        'holidayCorrections.0.holiday.basis.url',
        'expected one of instrument, article, confidence, source, note',
      ],
      [
        { ...remove('2025-06-06'), basis: { ...PERDA, url: 'x' } },
        'holidayCorrections.0.basis.url',
        'expected one of instrument, article, confidence, source, note',
      ],
      [
        { ...remove('2025-06-06'), reason: ' ' },
        'holidayCorrections.0.reason',
        'must not be empty',
      ],
      [
        { action: 'REMOVE', date: '2025-06-06', basis: PERDA },
        'holidayCorrections.0.reason',
        'must be a string',
      ],
      [remove('2025-06-31'), 'holidayCorrections.0.date', 'real calendar date'],
      [
        remove('2025-06-06', { kind: 'REGIONAL' as never }),
        'holidayCorrections.0.kind',
        'must be one of NATIONAL_HOLIDAY, CUTI_BERSAMA, VOTING_DAY',
      ],
      [move('2025-06-06', '6 Juni'), 'holidayCorrections.0.to', 'real calendar date'],
      [
        remove('2025-06-06', { decreedOn: '2025-02-29' }),
        'holidayCorrections.0.decreedOn',
        'real calendar date',
      ],
      [null, 'holidayCorrections.0', 'must be an object'],
    ];
    for (const [c, path, problem] of cases) {
      const error = refusal({ holidayCorrections: [c] });
      expect(error.path, JSON.stringify(c)).toBe(path);
      expect(error.message, JSON.stringify(c)).toContain(problem);
    }
    expect(refusal({ holidayCorrections: {} }).path).toBe('holidayCorrections');
  });
});

describe('applyHolidayCorrections', () => {
  it('works on any table, and answers it sorted by date', () => {
    const table: Holiday[] = [
      { ...HARI_JADI, date: '2025-06-12' },
      { ...HARI_JADI, date: '2025-06-10' },
    ];
    const result = applyHolidayCorrections(table, [move('2025-06-12', '2025-06-02')]);
    expect(E.isRight(result)).toBe(true);
    if (E.isRight(result)) {
      expect(result.right.holidays.map((h) => h.date)).toEqual(['2025-06-02', '2025-06-10']);
      expect(table.map((h) => h.date)).toEqual(['2025-06-12', '2025-06-10']);
    }
  });
});

describe('refusal messages stay short', () => {
  it('a huge holiday name is shortened in the message', () => {
    const huge: Holiday = { ...HARI_JADI, name: 'x'.repeat(100_000) };
    const error = refusal({
      holidayCorrections: [
        { action: 'ADD', holiday: huge },
        { action: 'ADD', holiday: { ...HARI_JADI, name: 'another' } },
      ],
    });
    expect(error.path).toBe('holidayCorrections.1.holiday.date');
    expect(error.message.length).toBeLessThan(400);
  });
});
