/**
 * ForwardToInvestigators (and its rulebook 2024.1 name ReferToGakkumdu): a respondent declared on
 * the CRIMINAL track goes through Sentra Gakkumdu to Polri investigators within 1×24 hours of
 * Bawaslu's declaration (UU 7/2017 Pasal 476(1) [S]; Pilkada Pasal 135(2) [C]). The hours run on
 * the clock from the decision's instant (REFER_TO_POLICE `hours`); a late forward is recorded
 * and flagged, not refused.
 *
 * A decision recorded under rulebook 2024.1 has no instant, only its date; the declaration is
 * then taken at the end of that day, which gives exactly the 2024.1 reading ("by the end of the
 * next day") and never makes a forward late that 2024.1 would have accepted.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import { type CaseError, datesOutOfOrder } from '../errors.js';
import { alreadyReferred, noCriminalTrack } from '../errors-handling.js';
import type { ForwardToInvestigators, ReferToGakkumdu } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { decidedRespondent } from './decided-respondent.js';
import { actOn, inTimeAt, notBefore } from './guards.js';
import { investigatorsDue } from './investigators-due.js';

export const decideForwardToInvestigators = (
  command: ForwardToInvestigators | ReferToGakkumdu,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const decided = decidedRespondent(state, respondentId);
  if (E.isLeft(decided)) return decided;
  const r = decided.right;
  const outcome = r.decision.outcome;
  const rule = context.rulebook.deadlines[state.regime].REFER_TO_POLICE;
  if (outcome.outcome !== 'VIOLATION' || !outcome.tracks.includes('CRIMINAL')) {
    return E.left(noCriminalTrack(respondentId, rule.basis));
  }
  if (r.gakkumdu !== null) return E.left(alreadyReferred(respondentId, r.gakkumdu.referredOn));
  const forwardedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    forwardedOn,
    `the decision on ${respondentId}`,
    r.decision.decidedOn,
  );
  if (E.isLeft(order)) return order;
  const forwardedAt = command.meta.occurredAt;
  const { declaredAt, dueAt } = investigatorsDue(context.rulebook, state, r.decision);
  if (Date.parse(forwardedAt) < Date.parse(declaredAt)) {
    return E.left(
      datesOutOfOrder(
        'meta.occurredAt',
        forwardedAt,
        'before',
        `the declaration on ${respondentId}`,
        declaredAt,
      ),
    );
  }
  const letterNumber = command.type === 'ForwardToInvestigators' ? command.letterNumber : undefined;
  return E.right([
    {
      type: 'ForwardedToInvestigators',
      data: {
        respondentId,
        declaredAt,
        forwardedAt,
        forwardedOn,
        dueAt,
        forwardedWithinDeadline: inTimeAt(forwardedAt, dueAt),
        ...(letterNumber === undefined ? {} : { letterNumber }),
      },
    },
  ]);
};
