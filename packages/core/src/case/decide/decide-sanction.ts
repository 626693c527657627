/**
 * DecideSanction (keputusan hukuman disiplin, issue 15): the PPK's office records the sanction
 * the official with authority imposed on a forwarded ASN respondent, after the supervisor's
 * recommendation. Checked, in order:
 * - the actor is the PPK of the respondent's agency (OUT_OF_SCOPE otherwise);
 * - the respondent is ASN and has a PROVEN recommendation (NO_RECOMMENDATION);
 * - one sanction per respondent per case: several violations, one (the heaviest) sanction, and
 *   no double punishment (SANCTION_ALREADY_DECIDED);
 * - the sanction exists for this kind of respondent and is in force on the decision date — PP
 *   53/2010's moderate sanctions or PP 94/2021's tukin cuts, by the rulebook's switch
 *   (SANCTION_NOT_APPLICABLE);
 * - the official's authority covers that position, that level and that instance: the PyBMH
 *   table (NO_AUTHORITY_TO_SANCTION).
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
  sanctionType,
} from '../../rules/index.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  noAuthorityToSanction,
  noRecommendation,
  sanctionAlreadyDecided,
  sanctionNotApplicable,
} from '../errors-proceedings.js';
import { DISCIPLINE_DECISION } from '../legal-bases-proceedings.js';
import type { CaseActor } from '../roles.js';
import type { DecideSanction } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
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
  const { supervisorOutcome, sanction } = r.proceeding;
  if (!isAsn(kind) || supervisorOutcome?.result.outcome !== 'PROVEN') {
    const why = !isAsn(kind)
      ? `${kind} is not ASN: the PP 94/2021 process and the supervisor's recommendation do not apply`
      : supervisorOutcome === null
        ? 'the supervisor has recorded no outcome'
        : `the supervisor found it ${supervisorOutcome.result.outcome}`;
    return E.left(noRecommendation(respondentId, why, DISCIPLINE_DECISION));
  }
  if (sanction !== null) {
    return E.left(sanctionAlreadyDecided(respondentId, sanction.decidedOn, DISCIPLINE_DECISION));
  }
  const decidedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    decidedOn,
    'the recommendation',
    supervisorOutcome.recordedOn,
  );
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
  const type = sanctionType(context.rulebook, command.sanction);
  const recommended = supervisorOutcome.result.level;
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
        lighterThanRecommended: isLighterThanRecommendation(
          context.rulebook,
          command.sanction,
          recommended,
        ),
        repeatOf: command.repeatOf ?? null,
        deliveryDue:
          proceedingDue(context, state.regime, 'DELIVER_SANCTION', decidedOn).due ?? decidedOn,
      },
    },
  ]);
};
