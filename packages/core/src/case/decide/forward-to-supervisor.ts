/**
 * ForwardToSupervisor (diteruskan): respondents decided as a VIOLATION on the NEUTRALITY track
 * go to the ASN supervisor, one event each. The supervisor is not chosen by the clerk: it
 * follows from the forward date (KASN before the rulebook's `bknFrom`, 23 Aug 2024; BKN from
 * then on; Perpres 91 and 92/2024). A clerk's `expectedSupervisor` that disagrees is refused,
 * so a file is never addressed to a dissolved KASN.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { supervisorFor } from '../../rules/index.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  alreadyForwarded,
  caseNotRegistered,
  noNeutralityViolation,
  respondentNotDecided,
  unknownRespondent,
  wrongSupervisor,
} from '../errors-handling.js';
import { CLASSIFICATION } from '../legal-bases.js';
import type { ForwardToSupervisor } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type OpenCaseState, respondentIn } from '../state.js';
import { actOn, notBefore } from './guards.js';

const checkForwardable = (
  state: OpenCaseState,
  respondentId: string,
  field: string,
  forwardedOn: string,
): Either<CaseError, void> => {
  const r = respondentIn(state, respondentId);
  if (r === undefined) return E.left(unknownRespondent(field, respondentId));
  if (r.decision === null) return E.left(respondentNotDecided(field, respondentId));
  const outcome = r.decision.outcome;
  if (outcome.outcome !== 'VIOLATION' || !outcome.tracks.includes('NEUTRALITY')) {
    return E.left(noNeutralityViolation(field, respondentId, CLASSIFICATION[state.regime]));
  }
  if (r.forwarding !== null) {
    return E.left(
      alreadyForwarded(field, respondentId, r.forwarding.supervisor, r.forwarding.forwardedOn),
    );
  }
  return notBefore(
    'meta.occurredAt',
    forwardedOn,
    `the decision on ${respondentId}`,
    r.decision.decidedOn,
  );
};

export const decideForwardToSupervisor = (
  command: ForwardToSupervisor,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.registration === null)
    return E.left(caseNotRegistered(state.status, CLASSIFICATION[state.regime]));
  const forwardedOn = actOn(command, state.timeZone);
  for (const [i, respondentId] of command.respondentIds.entries()) {
    const checked = checkForwardable(state, respondentId, `respondentIds.${i}`, forwardedOn);
    if (E.isLeft(checked)) return checked;
  }
  const supervisor = supervisorFor(context.rulebook, forwardedOn);
  if (command.expectedSupervisor !== undefined && command.expectedSupervisor !== supervisor) {
    return E.left(
      wrongSupervisor(
        command.expectedSupervisor,
        supervisor,
        forwardedOn,
        context.rulebook.supervisorRouting.basis,
      ),
    );
  }
  return E.right(
    command.respondentIds.map(
      (respondentId): CaseEvent => ({
        type: 'ForwardedToSupervisor',
        data: {
          respondentId,
          supervisor,
          forwardedOn,
          ...(command.letterNumber === undefined ? {} : { letterNumber: command.letterNumber }),
        },
      }),
    ),
  );
};
