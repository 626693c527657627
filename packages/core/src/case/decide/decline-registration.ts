/**
 * DeclineRegistration (tidak diregistrasi), reports only; terminal. The reason must match what
 * the intake established:
 * - `TIME_BARRED` / `OUTSIDE_JURISDICTION`: only after a kajian awal with that outcome;
 * - `REQUIREMENTS_NOT_COMPLETED`: only after an INCOMPLETE kajian awal, once the completion
 *   period has run out without completion (a late completion is refused, so the case is still
 *   AWAITING_COMPLETION). While the period runs the reporter may still complete, so declining
 *   then is refused (COMPLETION_PERIOD_RUNNING); since rulebook 2024.2 the period runs from the
 *   completion notice, so declining before the notice was sent is refused
 *   (COMPLETION_NOTICE_NOT_SENT).
 * A report found complete must be registered, not declined.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { compareDates } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, notAReport } from '../errors.js';
import { completionNoticeNotSent } from '../errors-followup.js';
import {
  alreadyRegistered,
  completionPeriodRunning,
  declineReasonMismatch,
  reviewPending,
} from '../errors-intake.js';
import { REGISTRATION } from '../legal-bases.js';
import type { DeclineRegistration } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, inTimeAt, notBefore } from './guards.js';

export const decideDeclineRegistration = (
  command: DeclineRegistration,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const basis = REGISTRATION[state.regime];
  if (state.origin !== 'REPORT') return E.left(notAReport(state.caseId, basis));
  const declinedOn = actOn(command, state.timeZone);
  const { reason } = command;
  const review = state.review;
  switch (state.status) {
    case 'RECEIVED':
      return E.left(reviewPending(basis));
    case 'READY_TO_REGISTER':
      return E.left(
        declineReasonMismatch(reason, 'the requirements are met; register the report', basis),
      );
    case 'NOT_REGISTRABLE':
      if (review?.outcome !== reason) {
        return E.left(declineReasonMismatch(reason, review?.outcome ?? 'nothing', basis));
      }
      break;
    case 'AWAITING_COMPLETION': {
      if (reason !== 'REQUIREMENTS_NOT_COMPLETED') {
        return E.left(declineReasonMismatch(reason, 'INCOMPLETE', basis));
      }
      const completionBasis = context.rulebook.deadlines[state.regime].COMPLETE_REQUIREMENTS.basis;
      const dueAt = state.deadlines.completionDueAt;
      if (dueAt !== null) {
        // 2024.2: the period ran from the notice, on the clock.
        if (inTimeAt(command.meta.occurredAt, dueAt)) {
          return E.left(completionPeriodRunning(dueAt, command.meta.occurredAt, completionBasis));
        }
        break;
      }
      if (state.deadlines.completionDue === null) {
        return E.left(completionNoticeNotSent(completionBasis));
      }
      const due = state.deadlines.completionDue;
      if (compareDates(declinedOn, due) <= 0) {
        return E.left(completionPeriodRunning(due, declinedOn, completionBasis));
      }
      break;
    }
    default:
      return E.left(alreadyRegistered(state.registration?.number ?? '(unknown)'));
  }
  const order = notBefore(
    'meta.occurredAt',
    declinedOn,
    'the kajian awal',
    review?.reviewedOn ?? state.openedOn,
  );
  if (E.isLeft(order)) return order;
  return E.right([
    {
      type: 'RegistrationDeclined',
      data: { reason, declinedOn, ...(command.note === undefined ? {} : { note: command.note }) },
    },
  ]);
};
