/**
 * The PPK's examination before a discipline sanction (PP 94/2021 Pasal 26–27), walked in among
 * the proceedings: a written summons for an examination at most 7 working days after the
 * letter; the respondent examined (with a team where a heavy sanction is in question: the
 * recommendation is HEAVY or PTDH — the walk never decides heavier than recommended) or
 * absent; after one absence a second summons; after two, the decision rests on the evidence.
 * While a heavy sanction is likely the respondent may be released from duty.
 */
import type { IsoDate } from '@netra/core';
import { drawDateBetween, laterOf, plusDays } from './dates.js';
import { ppkOf, proceedingDue } from './proceedings-walk.js';
import { addStep, type RespondentModel, type Walk } from './walk-state.js';

const heavy = (r: RespondentModel): boolean =>
  r.proceeding.recommended === 'HEAVY' || r.proceeding.recommended === 'PTDH';

/** Still to be examined: a PROVEN recommendation, no sanction, no examination or two absences. */
const beforeExamination = (r: RespondentModel): boolean =>
  r.proceeding.exit === null &&
  r.proceeding.outcome === 'PROVEN' &&
  r.proceeding.sanction === null &&
  r.proceeding.examination === null;

export const maySummon = (_w: Walk, r: RespondentModel): boolean =>
  beforeExamination(r) && r.proceeding.pendingExamOn === null && r.proceeding.summonses < 2;

export const mayExamine = (_w: Walk, r: RespondentModel): boolean =>
  beforeExamination(r) && r.proceeding.pendingExamOn !== null;

export const mayRelease = (_w: Walk, r: RespondentModel): boolean =>
  beforeExamination(r) && heavy(r) && r.proceeding.summonses > 0 && !r.proceeding.released;

export const summonForExamination = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const letterOn = plusDays(w.cursor, c.chance(70) ? c.int(0, 5) : c.int(6, 30));
  const due = proceedingDue(w, 'SUMMONS_TO_EXAMINATION', letterOn) ?? letterOn;
  const examinationOn: IsoDate = drawDateBetween(c, letterOn, due);
  addStep(w, {
    on: letterOn,
    actor: ppkOf(r),
    body: {
      type: 'SummonForExamination',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      letterNumber: `800/${c.int(1, 999)}/BKPSDM/${letterOn.slice(0, 4)}`,
      examinationOn,
    },
    label: `SummonForExamination:${r.proceeding.summonses + 1}`,
  });
  r.proceeding.summonses += 1;
  r.proceeding.pendingExamOn = examinationOn;
};

const TEAM = {
  respondentGrade: 'III/b',
  members: [
    { name: 'Atasan langsung', grade: 'IV/a', element: 'ATASAN_LANGSUNG' },
    { name: 'Inspektur Pembantu', grade: 'IV/a', element: 'PENGAWASAN' },
    { name: 'Kabid Disiplin BKPSDM', grade: 'III/d', element: 'KEPEGAWAIAN' },
  ],
} as const;

export const recordExamination = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const examOn = r.proceeding.pendingExamOn;
  if (examOn === null) throw new RangeError(`${r.respondent.respondentId}: no summons pending`);
  const absent = c.chance(20);
  const team = heavy(r) || c.chance(30);
  addStep(w, {
    on: laterOf(w.cursor, examOn),
    actor: ppkOf(r),
    body: {
      type: 'RecordExamination',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      result: absent
        ? { outcome: 'ABSENT' }
        : {
            outcome: 'EXAMINED',
            bapReference: `BAP/${c.int(1, 999)}/${examOn.slice(0, 4)}`,
            ...(team ? { team: { ...TEAM, members: TEAM.members.map((m) => ({ ...m })) } } : {}),
          },
    },
    label: absent ? 'RecordExamination:ABSENT' : `RecordExamination:EXAMINED${team ? ':TEAM' : ''}`,
  });
  r.proceeding.pendingExamOn = null;
  if (absent) {
    r.proceeding.absences += 1;
    if (r.proceeding.absences === 2) r.proceeding.examination = 'ABSENT_TWICE';
  } else {
    r.proceeding.examination = team ? 'EXAMINED_WITH_TEAM' : 'EXAMINED';
  }
};

export const releaseFromDuty = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  addStep(w, {
    on: w.cursor,
    actor: ppkOf(r),
    body: {
      type: 'ReleaseFromDuty',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      decreeNumber: `800/${c.int(1, 999)}/BKPSDM`,
      reason: 'Untuk kelancaran pemeriksaan.',
    },
    label: 'ReleaseFromDuty',
  });
  r.proceeding.released = true;
};
