/**
 * RecordSupervisorOutcome (issue 15): the ASN supervisor's verification of a forwarded
 * respondent — PROVEN with a recommendation to the PPK (level, SKB 2022 items, letter, the PPK
 * addressed), NOT_PROVEN, or RETURNED for lack of evidence. Once per respondent, not before
 * the forward (or the SE 4/2024 reroute). The supervisor is the one the file is with: KASN or
 * BKN by the forward date, or the reroute's destination.
 *
 * The PPK must follow a recommendation up ("wajib ditindaklanjuti", UU 5/2014 Pasal 32(3)),
 * but the law sets no period: `followUpDue` is null unless an office configured a policy
 * period (rulebook `proceedings.<regime>.PPK_FOLLOW_UP`).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import { notAtSupervisor, supervisorOutcomeRecorded } from '../errors-proceedings.js';
import { SUPERVISION } from '../legal-bases-proceedings.js';
import type { RecordSupervisorOutcome } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { activeRespondent } from './active-respondent.js';
import { actOn, notBefore } from './guards.js';
import { proceedingDue } from './proceeding-deadline.js';

export const decideRecordSupervisorOutcome = (
  command: RecordSupervisorOutcome,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const active = activeRespondent(state, respondentId);
  if (E.isLeft(active)) return active;
  const r = active.right;
  if (r.forwarding === null) return E.left(notAtSupervisor(respondentId, SUPERVISION));
  const earlier = r.proceeding.supervisorOutcome;
  if (earlier !== null) {
    return E.left(supervisorOutcomeRecorded(respondentId, earlier.recordedOn, SUPERVISION));
  }
  const recordedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    recordedOn,
    r.reroute === null ? 'the forward' : 'the reroute',
    r.reroute?.reroutedOn ?? r.forwarding.forwardedOn,
  );
  if (E.isLeft(order)) return order;
  const followUpDue =
    command.result.outcome === 'PROVEN'
      ? proceedingDue(context, state.regime, 'PPK_FOLLOW_UP', recordedOn).due
      : null;
  return E.right([
    {
      type: 'SupervisorOutcomeRecorded',
      data: {
        respondentId,
        supervisor: r.reroute?.to ?? r.forwarding.supervisor,
        result: command.result,
        recordedOn,
        followUpDue,
      },
    },
  ]);
};
