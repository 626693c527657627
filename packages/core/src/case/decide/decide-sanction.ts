/**
 * DecideSanction (keputusan hukuman disiplin, issue 15): the PPK's office records the sanction
 * the official with authority imposed on a respondent: an ASN respondent after the supervisor's
 * recommendation, a village head, village official or non-ASN staff member after Bawaslu's
 * forward to the authority over them (UU 6/2014 Pasal 30, 52; the contract). Checked, in order:
 * - the actor is the PPK of the respondent's agency (OUT_OF_SCOPE otherwise): for a village
 *   respondent, the office acting for the authority over that village's government;
 * - the basis: an ASN respondent has a PROVEN recommendation (NO_RECOMMENDATION); another was
 *   forwarded to the authority over them (NOT_WITH_AUTHORITY); TNI and Polri discipline is
 *   their command's (STAGE_NOT_APPLICABLE);
 * - one sanction per respondent per case: several violations, one (the heaviest) sanction, and
 *   no double punishment (SANCTION_ALREADY_DECIDED) — except the next step of a ladder
 *   (`after` in the catalogue: the village law's reprimand → temporary dismissal → dismissal,
 *   Pasal 30(2)), which replaces the step before and cannot be taken first
 *   (SANCTION_LADDER_SKIPPED);
 * - the sanction exists for this kind of respondent and is in force on the decision date — PP
 *   53/2010's moderate sanctions or PP 94/2021's tukin cuts, by the rulebook's switch
 *   (SANCTION_NOT_APPLICABLE);
 * - the official's authority covers that position, that level and that instance: the PyBMH
 *   table (NO_AUTHORITY_TO_SANCTION);
 * - a PP 94/2021 discipline sanction on an ASN respondent rests on the examination or two
 *   absences, not dated after the decision (EXAMINATION_NOT_RECORDED, DATES_OUT_OF_ORDER), and
 *   a heavy one examined needs the examination team (EXAMINATION_TEAM_REQUIRED). Moral
 *   sanctions (PP 42/2004) follow the ethics council, not this examination.
 * A sanction lighter than the recommendation is recorded and flagged (`lighterThanRecommended`),
 * not refused: PP 94/2021 Pasal 24(3) punishes the official who under-punishes. A repeat offence
 * the application knows of is recorded (`repeatOf`). The decision must be delivered within
 * DELIVER_SANCTION (14 working days, Pasal 37(3)).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import {
  type AuthorityRequest,
  checkAuthority,
  isLighterThanRecommendation,
  type SanctionLevel,
  sanctionType,
} from '../../rules/index.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  examinationNotRecorded,
  examinationTeamRequired,
  notWithAuthority,
  sanctionLadderSkipped,
  stageNotApplicable,
} from '../errors-examination.js';
import {
  noAuthorityToSanction,
  noRecommendation,
  sanctionAlreadyDecided,
  sanctionNotApplicable,
} from '../errors-proceedings.js';
import { DISCIPLINE_DECISION, EXAMINATION, EXAMINATION_TEAM } from '../legal-bases-proceedings.js';
import type { CaseActor } from '../roles.js';
import type { DecideSanction } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState, RespondentState } from '../state.js';
import { activeRespondentFor } from './active-respondent.js';
import { actOn, notBefore } from './guards.js';
import { proceedingDue } from './proceeding-deadline.js';
import { isAsn } from './respondents.js';

/** Where each key of the authority request sits in the command. */
const FIELD_OF: Readonly<Record<keyof AuthorityRequest, string>> = {
  instance: 'imposedBy.instance',
  official: 'imposedBy.official',
  respondentPosition: 'respondentPosition',
  respondentKind: 'respondentId',
  sanction: 'sanction',
  on: 'meta.occurredAt',
  relation: 'imposedBy.relation',
};

/** Why the respondent cannot be sanctioned on this basis yet, or null. */
const basisMissing = (r: RespondentState, respondentId: string): CaseError | null => {
  const { kind } = r.respondent;
  if (kind === 'TNI' || kind === 'POLRI') {
    return stageNotApplicable(
      respondentId,
      `${kind} discipline is their command's, outside the sanctions netra records`,
      DISCIPLINE_DECISION,
    );
  }
  if (!isAsn(kind)) {
    return r.otherLawForward === null ? notWithAuthority(respondentId, DISCIPLINE_DECISION) : null;
  }
  const outcome = r.proceeding.supervisorOutcome;
  if (outcome?.result.outcome === 'PROVEN') return null;
  const why =
    outcome === null
      ? 'the supervisor has recorded no outcome'
      : `the supervisor found it ${outcome.result.outcome}`;
  return noRecommendation(respondentId, why, DISCIPLINE_DECISION);
};

/**
 * A PP 94/2021 discipline sanction (not a moral one under PP 42/2004) rests on an examination
 * or on two absences (Pasal 26–27), dated before it; a heavy one examined needs a team.
 */
const examinationCheck = (
  r: RespondentState,
  level: SanctionLevel,
  sanction: string,
  decidedOn: string,
): Either<CaseError, void> => {
  if (!isAsn(r.respondent.kind) || level === 'MORAL') return E.right(undefined);
  const exam = r.proceeding.examination;
  if (exam === null) {
    const last = r.proceeding.summonses.at(-1);
    const why =
      last === undefined
        ? 'no summons or examination is recorded (PP 94/2021 Pasal 26–27)'
        : last.outcome === null
          ? `the examination set for ${last.examinationOn} is not recorded`
          : 'the respondent was absent once; a second summons comes first';
    return E.left(examinationNotRecorded(r.respondent.respondentId, why, EXAMINATION));
  }
  const order = notBefore('meta.occurredAt', decidedOn, 'the examination', exam.on);
  if (E.isLeft(order)) return order;
  return (level === 'HEAVY' || level === 'PTDH') && exam.kind === 'EXAMINED' && !exam.team
    ? E.left(examinationTeamRequired(sanction, EXAMINATION_TEAM))
    : E.right(undefined);
};

export const decideDecideSanction = (
  command: DecideSanction,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { kind } = r.respondent;
  const missing = basisMissing(r, respondentId);
  if (missing !== null) return E.left(missing);
  const { supervisorOutcome, sanction } = r.proceeding;
  const type = sanctionType(context.rulebook, command.sanction);
  const ladder = type.after ?? [];
  if (sanction !== null && !ladder.includes(sanction.code)) {
    return E.left(sanctionAlreadyDecided(respondentId, sanction.decidedOn, DISCIPLINE_DECISION));
  }
  const decidedOn = actOn(command, state.timeZone);
  const from =
    sanction !== null
      ? { label: 'the earlier sanction', on: sanction.decidedOn }
      : supervisorOutcome !== null
        ? { label: 'the recommendation', on: supervisorOutcome.recordedOn }
        : { label: 'the forward', on: r.otherLawForward?.forwardedOn ?? decidedOn };
  const order = notBefore('meta.occurredAt', decidedOn, from.label, from.on);
  if (E.isLeft(order)) return order;
  const authority = checkAuthority(context.rulebook, {
    instance: command.imposedBy.instance,
    official: command.imposedBy.official,
    respondentPosition: command.respondentPosition,
    respondentKind: kind,
    sanction: command.sanction,
    on: decidedOn,
    ...(command.imposedBy.relation === undefined ? {} : { relation: command.imposedBy.relation }),
  });
  if (E.isLeft(authority)) {
    const refusal = authority.left;
    return E.left(
      refusal.code === 'SANCTION_NOT_FOR_KIND' || refusal.code === 'NOT_IN_FORCE'
        ? sanctionNotApplicable(command.sanction, refusal.message, refusal.legalBasis)
        : noAuthorityToSanction(refusal.message, FIELD_OF[refusal.field], refusal.legalBasis),
    );
  }
  if (sanction === null && ladder.length > 0) {
    return E.left(sanctionLadderSkipped(command.sanction, ladder, type.basis));
  }
  const examined = examinationCheck(r, type.level, command.sanction, decidedOn);
  if (E.isLeft(examined)) return examined;
  const recommended =
    supervisorOutcome?.result.outcome === 'PROVEN' ? supervisorOutcome.result.level : null;
  return E.right([
    {
      type: 'SanctionDecided',
      data: {
        respondentId,
        sanction: command.sanction,
        level: type.level,
        imposedBy: command.imposedBy,
        respondentPosition: command.respondentPosition,
        decreeNumber: command.decreeNumber,
        decidedOn,
        recommended,
        lighterThanRecommended:
          recommended !== null &&
          isLighterThanRecommendation(context.rulebook, command.sanction, recommended),
        repeatOf: command.repeatOf ?? null,
        // PP 94/2021 Pasal 37(3) binds ASN decisions only; no period is sourced for the others.
        deliveryDue: isAsn(kind)
          ? (proceedingDue(context, state.regime, 'DELIVER_SANCTION', decidedOn).due ?? decidedOn)
          : null,
      },
    },
  ]);
};
