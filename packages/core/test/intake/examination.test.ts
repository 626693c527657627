/**
 * The PPK's examination stage before a discipline sanction (issue 15, PP 94/2021 Pasal 26–27;
 * Perban 6/2022): summons (at most two, the examination at most 7 working days after each
 * letter), the examination (a BAP, a team of at least the respondent's grade) or absence, the
 * decision on the evidence after two absences, and the temporary release from duty. Both
 * regimes; dates worked out by hand from the holiday tables (builders.ts PROCEEDING_TIMES).
 */
import { describe, expect, it } from 'vitest';
import { dutiesDue, evolveCase, initialCaseState } from '../../src/case/index.js';
import { defaultRulebook } from '../../src/rules/index.js';
import {
  decidedBoth,
  decideSanction,
  EXAMINATION_TEAM,
  examined,
  forward,
  history,
  PROCEEDING_TIMES,
  ppkOf,
  proven,
  recordExamination,
  releaseFromDuty,
  spec,
  summonRespondent,
  supervisorOutcome,
} from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: the examination before a discipline sanction', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const recommended = (level: Parameters<typeof proven>[0] = 'MODERATE') =>
    history(
      ...decidedBoth(s),
      forward(s, [id]),
      supervisorOutcome(s, id, proven(level, pns.agency.id), t.outcomeAt),
    );
  const summoned = (level: Parameters<typeof proven>[0] = 'MODERATE') => [
    ...recommended(level),
    ...history(
      ...decidedBoth(s),
      forward(s, [id]),
      supervisorOutcome(s, id, proven(level, pns.agency.id), t.outcomeAt),
      summonRespondent(s, id, t.summonAt, t.examinationOn),
    ).slice(recommended(level).length),
  ];
  const absent = { outcome: 'ABSENT' } as const;
  const day = (on: string, hour = '10:00') => `${on}T${hour}:00+07:00`;

  it('a summons sets the examination at most 7 working days after the letter', () => {
    spec
      .given(recommended())
      .when(summonRespondent(s, id, t.summonAt, t.examinationDue))
      .then([
        {
          type: 'RespondentSummoned',
          data: {
            respondentId: id,
            summons: 1,
            letterNumber: '800/045/BKPSDM/2024',
            letterOn: t.summonOn,
            examinationOn: t.examinationDue,
            examinationDue: t.examinationDue,
            letterDue: null,
            letterWithinDeadline: true,
          },
        },
      ]);
  });

  it('refused: an examination later than 7 working days, or before the letter', () => {
    const dayAfterDue = s.regime === 'PEMILU_2024' ? '2024-03-04' : '2024-09-13';
    spec
      .given(recommended())
      .when(summonRespondent(s, id, t.summonAt, dayAfterDue))
      .thenRejectedWith('EXAMINATION_DATE_TOO_LATE', { field: 'examinationOn' });
    spec
      .given(recommended())
      .when(summonRespondent(s, id, t.summonAt, t.outcomeOn))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'examinationOn' });
  });

  it('refused: a summons without a PROVEN recommendation, or by the PPK of another agency', () => {
    spec
      .given(history(...decidedBoth(s), forward(s, [id])))
      .when(summonRespondent(s, id, t.summonAt, t.examinationOn))
      .thenRejectedWith('NO_RECOMMENDATION');
    spec
      .given(recommended())
      .when(summonRespondent(s, id, t.summonAt, t.examinationOn, ppkOf('another-agency')))
      .thenRejectedWith('CASE_NOT_FOUND');
  });

  it('the examination is recorded with its BAP and team; a second summons is then refused', () => {
    spec
      .given(summoned())
      .when(recordExamination(s, id, t.examineAt))
      .then([
        {
          type: 'ExaminationRecorded',
          data: {
            respondentId: id,
            summons: 1,
            outcome: 'EXAMINED',
            on: t.examinationOn,
            bapReference: 'BAP/800/046/2024',
            team: { ...EXAMINATION_TEAM, members: [...EXAMINATION_TEAM.members] },
            rankComparable: true,
          },
        },
      ])
      .thenState({
        respondents: {
          [id]: {
            proceeding: {
              examination: {
                kind: 'EXAMINED',
                on: t.examinationOn,
                bapReference: 'BAP/800/046/2024',
                team: true,
              },
            },
          },
        },
      });
    spec
      .given([...summoned(), ...history(...examinedHistory())].slice(0, undefined))
      .when(summonRespondent(s, id, t.examineAt, t.examinationDue))
      .thenRejectedWith('EXAMINATION_ALREADY_RECORDED');
  });

  /** The whole history up to an examination with a team. */
  function examinedHistory() {
    return [
      ...decidedBoth(s),
      forward(s, [id]),
      supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
      ...examined(s, id),
    ];
  }

  it('refused: a team member below the respondent’s grade; another scale is recorded as not comparable', () => {
    spec
      .given(summoned())
      .when(
        recordExamination(s, id, t.examineAt, {
          outcome: 'EXAMINED',
          bapReference: 'BAP/1',
          team: {
            respondentGrade: 'III/c',
            members: [
              { name: 'Kepala Dinas', grade: 'IV/a', element: 'ATASAN_LANGSUNG' },
              { name: 'Staf BKPSDM', grade: 'III/b', element: 'KEPEGAWAIAN' },
            ],
          },
        }),
      )
      .thenRejectedWith('TEAM_MEMBER_BELOW_RANK', { field: 'result.team.members.1.grade' });
    spec
      .given(summoned())
      .when(
        recordExamination(s, id, t.examineAt, {
          outcome: 'EXAMINED',
          bapReference: 'BAP/1',
          team: {
            respondentGrade: 'IX',
            members: [{ name: 'Kepala Dinas', grade: 'IV/a', element: 'ATASAN_LANGSUNG' }],
          },
        }),
      )
      .thenMatches([{ type: 'ExaminationRecorded', data: { rankComparable: false } }]);
  });

  it('refused: an examination without a summons; an absence recorded before the examination date', () => {
    spec
      .given(recommended())
      .when(recordExamination(s, id, t.examineAt))
      .thenRejectedWith('NO_SUMMONS_PENDING');
    spec
      .given(summoned())
      .when(recordExamination(s, id, t.summonAt, absent))
      .thenRejectedWith('DATES_OUT_OF_ORDER');
  });

  describe('absent: a second summons, then a decision on the evidence', () => {
    const missedOn = t.examinationOn;
    const secondAt = day(missedOn, '15:00');
    const secondExam = t.examinationDue;
    const absentOnce = () =>
      history(
        ...decidedBoth(s),
        forward(s, [id]),
        supervisorOutcome(s, id, proven('HEAVY', pns.agency.id), t.outcomeAt),
        summonRespondent(s, id, t.summonAt, t.examinationOn),
        recordExamination(s, id, t.examineAt, absent),
      );
    const absentTwice = () =>
      history(
        ...decidedBoth(s),
        forward(s, [id]),
        supervisorOutcome(s, id, proven('HEAVY', pns.agency.id), t.outcomeAt),
        summonRespondent(s, id, t.summonAt, t.examinationOn),
        recordExamination(s, id, t.examineAt, absent),
        summonRespondent(s, id, secondAt, secondExam),
        recordExamination(s, id, day(secondExam), absent),
      );

    it('the second summons is due 7 working days after the missed date', () => {
      spec
        .given(absentOnce())
        .when(summonRespondent(s, id, secondAt, secondExam))
        .thenMatches([
          {
            type: 'RespondentSummoned',
            data: { summons: 2, letterOn: missedOn, letterWithinDeadline: true },
          },
        ]);
    });

    it('no sanction after one absence; a second summons while the first is unrecorded is refused', () => {
      spec
        .given(absentOnce())
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'TURUN_JABATAN_12B' }))
        .thenRejectedWith('EXAMINATION_NOT_RECORDED');
      spec
        .given(summoned())
        .when(summonRespondent(s, id, secondAt, secondExam))
        .thenRejectedWith('EXAMINATION_PENDING');
    });

    it('absent twice: no third summons; the official decides on the evidence, a team not needed', () => {
      spec
        .given(absentTwice())
        .when(summonRespondent(s, id, t.sanctionAt, t.examinationDue))
        .thenRejectedWith('SUMMONS_LIMIT_REACHED');
      spec
        .given(absentTwice())
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'TURUN_JABATAN_12B' }))
        .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'TURUN_JABATAN_12B' } }])
        .thenState({
          respondents: { [id]: { proceeding: { examination: { kind: 'ABSENT_TWICE' } } } },
        });
    });
  });

  describe('the sanction rests on the examination', () => {
    it('refused: a discipline sanction without an examination, or dated before it', () => {
      spec
        .given(recommended())
        .when(decideSanction(s, id, t.sanctionAt))
        .thenRejectedWith('EXAMINATION_NOT_RECORDED', { field: 'respondentId' });
      spec
        .given(summoned())
        .when(decideSanction(s, id, t.sanctionAt))
        .thenRejectedWith('EXAMINATION_NOT_RECORDED');
      spec
        .given(history(...examinedHistory()))
        .when(decideSanction(s, id, t.summonAt))
        .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
    });

    it('a moral sanction (PP 42/2004) does not need the PP 94 examination', () => {
      spec
        .given(recommended('MORAL_TERTUTUP'))
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'MORAL_TERTUTUP' }))
        .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'MORAL_TERTUTUP' } }]);
    });

    it('a heavy sanction needs the examination team; a moderate one does not', () => {
      const noTeam = () =>
        history(
          ...decidedBoth(s),
          forward(s, [id]),
          supervisorOutcome(s, id, proven('HEAVY', pns.agency.id), t.outcomeAt),
          summonRespondent(s, id, t.summonAt, t.examinationOn),
          recordExamination(s, id, t.examineAt, { outcome: 'EXAMINED', bapReference: 'BAP/2' }),
        );
      spec
        .given(noTeam())
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'TURUN_JABATAN_12B' }))
        .thenRejectedWith('EXAMINATION_TEAM_REQUIRED', { field: 'sanction' });
      spec
        .given(noTeam())
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'TUNDA_KGB_1T' }))
        .thenMatches([{ type: 'SanctionDecided', data: { sanction: 'TUNDA_KGB_1T' } }]);
    });
  });

  describe('temporary release from duty', () => {
    it('while a heavy sanction is likely and the examination runs, until the decision', () => {
      const released = history(
        ...decidedBoth(s),
        forward(s, [id]),
        supervisorOutcome(s, id, proven('HEAVY', pns.agency.id), t.outcomeAt),
        summonRespondent(s, id, t.summonAt, t.examinationOn),
        releaseFromDuty(s, id, t.summonAt),
        recordExamination(s, id, t.examineAt),
      );
      spec
        .given(released.slice(0, -2))
        .when(releaseFromDuty(s, id, t.summonAt))
        .thenMatches([{ type: 'ReleasedFromDuty', data: { releasedOn: t.summonOn } }]);
      spec
        .given(released)
        .when(releaseFromDuty(s, id, t.examineAt))
        .thenRejectedWith('RELEASE_NOT_AVAILABLE');
      spec
        .given(released)
        .when(decideSanction(s, id, t.sanctionAt, { sanction: 'TURUN_JABATAN_12B' }))
        .thenState({
          respondents: {
            [id]: {
              proceeding: {
                releasedFromDuty: { releasedOn: t.summonOn, endedOn: t.sanctionOn },
              },
            },
          },
        });
    });

    it('refused: for a moderate recommendation, or before any summons', () => {
      spec
        .given(summoned('MODERATE'))
        .when(releaseFromDuty(s, id, t.summonAt))
        .thenRejectedWith('RELEASE_NOT_AVAILABLE');
      spec
        .given(recommended('HEAVY'))
        .when(releaseFromDuty(s, id, t.summonAt))
        .thenRejectedWith('RELEASE_NOT_AVAILABLE');
    });
  });
});

describe.each(SCENARIOS)('$regime: the examination on the due list', (s) => {
  const t = PROCEEDING_TIMES[s.regime];
  const pns = s.respondents[0];
  const id = pns.respondentId;
  const mine = (state: ReturnType<typeof stateOf>, at: string) =>
    dutiesDue(state, new Date(at), defaultRulebook).filter((d) => d.respondentId === id);
  const stateOf = (...commands: Parameters<typeof history>) =>
    history(...commands).reduce(evolveCase, initialCaseState());
  const upToSummons = [
    ...decidedBoth(s),
    forward(s, [id]),
    supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
    summonRespondent(s, id, t.summonAt, t.examinationOn),
  ];

  it('a pending summons: the examination is due on its date, overdue the day after; gone once recorded', () => {
    const summoned = stateOf(...upToSummons);
    const onDay = mine(summoned, `${t.examinationOn}T20:00:00+07:00`).find(
      (d) => d.duty === 'EXAMINE',
    );
    expect(onDay).toMatchObject({ who: 'PPK', due: t.examinationOn, overdue: false });
    const after = mine(summoned, t.sanctionAt).find((d) => d.duty === 'EXAMINE');
    expect(after?.overdue).toBe(true);
    const done = stateOf(...upToSummons, recordExamination(s, id, t.examineAt));
    expect(mine(done, t.sanctionAt).map((d) => d.duty)).not.toContain('EXAMINE');
  });

  it('absent on the first: the second summons is due 7 working days after the missed date', () => {
    const absent = stateOf(
      ...upToSummons,
      recordExamination(s, id, t.examineAt, { outcome: 'ABSENT' }),
    );
    const second = mine(absent, t.examineAt).find((d) => d.duty === 'SECOND_SUMMONS');
    const due = s.regime === 'PEMILU_2024' ? '2024-03-05' : '2024-09-17';
    expect(second).toMatchObject({ who: 'PPK', due, overdue: false });
    expect(mine(absent, t.examineAt).map((d) => d.duty)).not.toContain('EXAMINE');
  });
});
