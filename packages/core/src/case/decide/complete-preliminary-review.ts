/**
 * CompletePreliminaryReview (kajian awal selesai), reports only: a finding needs none.
 *
 * The decider checks the filing deadline itself (UU 7/2017 Pasal 454(6); Pilkada Pasal 134(4)):
 * the receipt date against FILE_REPORT counted from the day the violation became known, under
 * the rulebook in force at the review (so a holiday decreed after receipt is honoured). A late
 * report fails the formal requirements and must be reviewed as TIME_BARRED; a timely one cannot
 * be. A review done after its own deadline is recorded and flagged, not refused: it is
 * Bawaslu's breach to surface, not the reporter's fault.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import { type CaseError, notAReport } from '../errors.js';
import { alreadyReviewed, reportNotTimeBarred, reportTimeBarred } from '../errors-intake.js';
import { REPORT_REQUIREMENTS } from '../legal-bases.js';
import type { CompletePreliminaryReview } from '../schema/commands.js';
import type { CaseEvent, CaseEventOf } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, deadline, inTime, notBefore } from './guards.js';

type ReviewOutcome = CaseEventOf<'PreliminaryReviewCompleted'>['data']['result'];

export const decideCompletePreliminaryReview = (
  command: CompletePreliminaryReview,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.origin !== 'REPORT')
    return E.left(notAReport(state.caseId, REPORT_REQUIREMENTS[state.regime]));
  if (state.status !== 'RECEIVED') return E.left(alreadyReviewed(state.status));
  const reviewedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    reviewedOn,
    'the receipt of the report',
    state.openedOn,
  );
  if (E.isLeft(order)) return order;

  const knownOn = state.incident.knownOn ?? state.openedOn;
  const filing = deadline(context, state.regime, 'FILE_REPORT', knownOn);
  const timely = inTime(state.openedOn, filing.due);
  const { result } = command;
  if (!timely && (result.outcome === 'COMPLETE' || result.outcome === 'INCOMPLETE')) {
    return E.left(reportTimeBarred(knownOn, state.openedOn, filing.due, filing.rule.basis));
  }
  if (timely && result.outcome === 'TIME_BARRED') {
    return E.left(reportNotTimeBarred(knownOn, state.openedOn, filing.due, filing.rule.basis));
  }

  const outcome: ReviewOutcome =
    result.outcome === 'INCOMPLETE'
      ? {
          outcome: 'INCOMPLETE',
          missing: result.missing,
          // The reporter is told after the review; the completion period runs from that notice.
          noticeDue: deadline(context, state.regime, 'COMPLETION_NOTICE', reviewedOn).due,
        }
      : { outcome: result.outcome };
  const reviewDue = state.deadlines.reviewDue ?? reviewedOn;
  return E.right([
    {
      type: 'PreliminaryReviewCompleted',
      data: {
        result: outcome,
        reviewedOn,
        reviewDue,
        reviewedWithinDeadline: inTime(reviewedOn, reviewDue),
        filing: { knownOn, filedOn: state.openedOn, due: filing.due, withinDeadline: timely },
        ...(command.note === undefined ? {} : { note: command.note }),
      },
    },
  ]);
};
