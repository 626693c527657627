/**
 * The PPK's examination stage before a discipline sanction (PP 94/2021 Pasal 26–27; Perban
 * 6/2022; research/legal-process.md §3.4), recorded by the PPK's office of the respondent's
 * agency (OUT_OF_SCOPE otherwise):
 * - SummonForExamination: a written summons for an examination at most 7 working days after the
 *   letter (SUMMONS_TO_EXAMINATION; later: EXAMINATION_DATE_TOO_LATE). At most two: a second
 *   only after the respondent was absent on the first (EXAMINATION_PENDING while the first is
 *   unrecorded), sent within 7 working days of the missed date (a late letter is flagged, not
 *   refused); no third (SUMMONS_LIMIT_REACHED), since absent twice the official decides on the
 *   evidence (26(4)).
 * - RecordExamination: the examination (a BAP, with the team if one was formed; every member at
 *   least the respondent's grade on the same scale: TEAM_MEMBER_BELOW_RANK) or the absence, on
 *   the last summons (NO_SUMMONS_PENDING otherwise); an absence not before the examination date.
 * - ReleaseFromDuty: while a heavy sanction is likely (a HEAVY or PTDH recommendation) and an
 *   examination is under way, until the decision (RELEASE_NOT_AVAILABLE otherwise).
 * The stage applies to ASN respondents with a PROVEN recommendation and no sanction yet.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  examinationAlreadyRecorded,
  examinationDateTooLate,
  examinationPending,
  noSummonsPending,
  releaseNotAvailable,
  stageNotApplicable,
  summonsLimitReached,
  teamMemberBelowRank,
} from '../errors-examination.js';
import { noRecommendation, sanctionAlreadyDecided } from '../errors-proceedings.js';
import { EXAMINATION, EXAMINATION_TEAM, RELEASE_FROM_DUTY } from '../legal-bases-proceedings.js';
import type { CaseActor } from '../roles.js';
import type {
  RecordExamination,
  ReleaseFromDuty,
  SummonForExamination,
} from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type Grade, PNS_GRADES, PPPK_GRADES } from '../schema/examination-commands.js';
import type { OpenCaseState, RespondentState } from '../state.js';
import { activeRespondentFor } from './active-respondent.js';
import { actOn, inTime, notBefore } from './guards.js';
import { proceedingDue } from './proceeding-deadline.js';
import { isAsn } from './respondents.js';

type Decision = Either<CaseError, readonly CaseEvent[]>;

/** The respondent of an examination step: ASN, a PROVEN recommendation, no sanction yet. */
export const examinable = (
  state: OpenCaseState,
  respondentId: string,
  actor: CaseActor,
): Either<CaseError, RespondentState> => {
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { kind } = r.respondent;
  if (!isAsn(kind)) {
    return E.left(
      stageNotApplicable(
        respondentId,
        `${kind} is not ASN: PP 94/2021's summons and examination do not apply`,
        EXAMINATION,
      ),
    );
  }
  const outcome = r.proceeding.supervisorOutcome;
  if (outcome?.result.outcome !== 'PROVEN') {
    const why =
      outcome === null
        ? 'the supervisor has recorded no outcome'
        : `the supervisor found it ${outcome.result.outcome}`;
    return E.left(noRecommendation(respondentId, why, EXAMINATION));
  }
  const { sanction } = r.proceeding;
  return sanction === null
    ? E.right(r)
    : E.left(sanctionAlreadyDecided(respondentId, sanction.decidedOn, EXAMINATION));
};

export const decideSummonForExamination = (
  command: SummonForExamination,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Decision => {
  const { respondentId } = command;
  const found = examinable(state, respondentId, actor);
  if (E.isLeft(found)) return found;
  const { summonses, examination, supervisorOutcome } = found.right.proceeding;
  if (examination?.kind === 'EXAMINED') {
    return E.left(examinationAlreadyRecorded(respondentId, examination.on, EXAMINATION));
  }
  if (summonses.length >= 2) return E.left(summonsLimitReached(respondentId, EXAMINATION));
  const first = summonses[0];
  if (first !== undefined && first.outcome === null) {
    return E.left(examinationPending(respondentId, first.examinationOn, EXAMINATION));
  }
  const letterOn = actOn(command, state.timeZone);
  const earliest =
    first === undefined
      ? { label: 'the recommendation', on: supervisorOutcome?.recordedOn ?? letterOn }
      : { label: 'the absence on the first summons', on: first.outcomeOn ?? first.examinationOn };
  const order = notBefore('meta.occurredAt', letterOn, earliest.label, earliest.on);
  if (E.isLeft(order)) return order;
  const onOrAfter = notBefore('examinationOn', command.examinationOn, 'the letter', letterOn);
  if (E.isLeft(onOrAfter)) return onOrAfter;
  const { due } = proceedingDue(context, state.regime, 'SUMMONS_TO_EXAMINATION', letterOn);
  const examinationDue = due ?? command.examinationOn;
  if (!inTime(command.examinationOn, examinationDue)) {
    return E.left(examinationDateTooLate(command.examinationOn, examinationDue, EXAMINATION));
  }
  const letterDue =
    first === undefined
      ? null
      : proceedingDue(context, state.regime, 'SUMMONS_TO_EXAMINATION', first.examinationOn).due;
  return E.right([
    {
      type: 'RespondentSummoned',
      data: {
        respondentId,
        summons: first === undefined ? 1 : 2,
        letterNumber: command.letterNumber,
        letterOn,
        examinationOn: command.examinationOn,
        examinationDue,
        letterDue,
        letterWithinDeadline: letterDue === null || inTime(letterOn, letterDue),
      },
    },
  ]);
};

/** The scale a grade is on, and its place on it (lowest 0). */
const placeOf = (grade: Grade): { scale: 'PNS' | 'PPPK'; rank: number } => {
  const pns = (PNS_GRADES as readonly string[]).indexOf(grade);
  return pns >= 0
    ? { scale: 'PNS', rank: pns }
    : { scale: 'PPPK', rank: (PPPK_GRADES as readonly string[]).indexOf(grade) };
};

export const decideRecordExamination = (
  command: RecordExamination,
  state: OpenCaseState,
  actor: CaseActor,
): Decision => {
  const { respondentId, result } = command;
  const found = examinable(state, respondentId, actor);
  if (E.isLeft(found)) return found;
  const last = found.right.proceeding.summonses.at(-1);
  if (last === undefined || last.outcome !== null) {
    return E.left(noSummonsPending(respondentId, EXAMINATION));
  }
  const on = actOn(command, state.timeZone);
  const order =
    result.outcome === 'ABSENT'
      ? notBefore('meta.occurredAt', on, 'the examination date', last.examinationOn)
      : notBefore('meta.occurredAt', on, 'the summons letter', last.letterOn);
  if (E.isLeft(order)) return order;
  const team = result.outcome === 'EXAMINED' ? (result.team ?? null) : null;
  let rankComparable: boolean | null = null;
  if (team !== null) {
    const respondent = placeOf(team.respondentGrade);
    rankComparable = true;
    for (const [i, member] of team.members.entries()) {
      const place = placeOf(member.grade);
      if (place.scale !== respondent.scale) {
        rankComparable = false;
      } else if (place.rank < respondent.rank) {
        return E.left(
          teamMemberBelowRank(
            `result.team.members.${i}.grade`,
            member.name,
            member.grade,
            team.respondentGrade,
            EXAMINATION_TEAM,
          ),
        );
      }
    }
  }
  return E.right([
    {
      type: 'ExaminationRecorded',
      data: {
        respondentId,
        summons: last.summons,
        outcome: result.outcome,
        on,
        bapReference: result.outcome === 'EXAMINED' ? result.bapReference : null,
        team,
        rankComparable,
      },
    },
  ]);
};

export const decideReleaseFromDuty = (
  command: ReleaseFromDuty,
  state: OpenCaseState,
  actor: CaseActor,
): Decision => {
  const { respondentId } = command;
  const found = examinable(state, respondentId, actor);
  if (E.isLeft(found)) return found;
  const { supervisorOutcome, summonses, releasedFromDuty } = found.right.proceeding;
  const level =
    supervisorOutcome?.result.outcome === 'PROVEN' ? supervisorOutcome.result.level : null;
  const why =
    level !== 'HEAVY' && level !== 'PTDH'
      ? `the recommendation is ${level}, and only a likely heavy sanction allows it`
      : summonses.length === 0
        ? 'no examination is under way (no summons recorded)'
        : releasedFromDuty !== null
          ? `already released since ${releasedFromDuty.releasedOn}`
          : null;
  if (why !== null) return E.left(releaseNotAvailable(respondentId, why, RELEASE_FROM_DUTY));
  const releasedOn = actOn(command, state.timeZone);
  const first = summonses[0];
  const order = notBefore(
    'meta.occurredAt',
    releasedOn,
    'the first summons',
    first?.letterOn ?? releasedOn,
  );
  if (E.isLeft(order)) return order;
  return E.right([
    {
      type: 'ReleasedFromDuty',
      data: {
        respondentId,
        releasedOn,
        decreeNumber: command.decreeNumber,
        reason: command.reason,
      },
    },
  ]);
};
