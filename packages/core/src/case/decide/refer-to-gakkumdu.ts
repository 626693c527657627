/**
 * ReferToGakkumdu: a respondent decided as a VIOLATION on the CRIMINAL track goes to Sentra
 * Gakkumdu, and on to Polri within 1×24 hours of Bawaslu's decision (Pilkada Pasal 135(2);
 * Pemilu Pasal 476 [R]). Recorded here, with whether it met the REFER_TO_POLICE deadline
 * counted from the decision date; a late referral is recorded and flagged, not refused.
 * The criminal proceeding itself is a later lifecycle.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  alreadyReferred,
  caseNotRegistered,
  noCriminalTrack,
  respondentNotDecided,
  unknownRespondent,
} from '../errors-handling.js';
import { CLASSIFICATION } from '../legal-bases.js';
import type { ReferToGakkumdu } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type OpenCaseState, respondentIn } from '../state.js';
import { actOn, deadline, inTime, notBefore } from './guards.js';

export const decideReferToGakkumdu = (
  command: ReferToGakkumdu,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.registration === null)
    return E.left(caseNotRegistered(state.status, CLASSIFICATION[state.regime]));
  const { respondentId } = command;
  const r = respondentIn(state, respondentId);
  if (r === undefined) return E.left(unknownRespondent('respondentId', respondentId));
  if (r.decision === null) return E.left(respondentNotDecided('respondentId', respondentId));
  const outcome = r.decision.outcome;
  const rule = context.rulebook.deadlines[state.regime].REFER_TO_POLICE;
  if (outcome.outcome !== 'VIOLATION' || !outcome.tracks.includes('CRIMINAL')) {
    return E.left(noCriminalTrack(respondentId, rule.basis));
  }
  if (r.gakkumdu !== null) return E.left(alreadyReferred(respondentId, r.gakkumdu.referredOn));
  const referredOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    referredOn,
    `the decision on ${respondentId}`,
    r.decision.decidedOn,
  );
  if (E.isLeft(order)) return order;
  const due = deadline(context, state.regime, 'REFER_TO_POLICE', r.decision.decidedOn).due;
  return E.right([
    {
      type: 'ReferredToGakkumdu',
      data: {
        respondentId,
        referredOn,
        referralDue: due,
        referredWithinDeadline: inTime(referredOn, due),
      },
    },
  ]);
};
