/**
 * SendCompletionNotice (pemberitahuan kelengkapan), since rulebook 2024.2: after a kajian awal
 * that found the report INCOMPLETE, Bawaslu tells the reporter what is missing, within
 * COMPLETION_NOTICE of the review (a late notice is recorded and flagged: Bawaslu's breach, not
 * the reporter's). The completion period (COMPLETE_REQUIREMENTS) runs from the reporter's
 * receipt of the notice — Pilkada 2×24 hours on the clock, Pemilu 2 working days closing at
 * 16:00 by default (research/legal-answers-2026-11.md §2). Once only.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { localDateOf } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, datesOutOfOrder, legalDateInFuture, notAReport } from '../errors.js';
import { completionNoticeAlreadySent } from '../errors-followup.js';
import { notAwaitingCompletion } from '../errors-intake.js';
import { REPORT_REQUIREMENTS } from '../legal-bases.js';
import type { SendCompletionNotice } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, deadline, deadlineAt, inTime, notBefore } from './guards.js';

export const decideSendCompletionNotice = (
  command: SendCompletionNotice,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const basis = REPORT_REQUIREMENTS[state.regime];
  if (state.origin !== 'REPORT') return E.left(notAReport(state.caseId, basis));
  if (state.status !== 'AWAITING_COMPLETION' || state.review === null) {
    return E.left(notAwaitingCompletion(state.status, basis));
  }
  const rules = context.rulebook.deadlines[state.regime];
  if (state.completionNotice !== null) {
    return E.left(
      completionNoticeAlreadySent(state.completionNotice.sentOn, rules.COMPLETION_NOTICE.basis),
    );
  }
  const sentAt = command.meta.occurredAt;
  const sentOn = actOn(command, state.timeZone);
  const order = notBefore('meta.occurredAt', sentOn, 'the kajian awal', state.review.reviewedOn);
  if (E.isLeft(order)) return order;
  const receivedAt = command.receivedAt ?? sentAt;
  if (Date.parse(receivedAt) < Date.parse(sentAt)) {
    return E.left(datesOutOfOrder('receivedAt', receivedAt, 'before', 'the sending', sentAt));
  }
  if (Date.parse(receivedAt) > context.now.getTime()) {
    return E.left(legalDateInFuture('receivedAt', receivedAt, context.now.toISOString()));
  }
  const noticeDue =
    state.deadlines.noticeDue ??
    deadline(context, state.regime, 'COMPLETION_NOTICE', state.review.reviewedOn).due;
  const completion = deadlineAt(
    context,
    state.regime,
    'COMPLETE_REQUIREMENTS',
    receivedAt,
    state.timeZone,
  );
  return E.right([
    {
      type: 'CompletionNoticeSent',
      data: {
        sentAt,
        sentOn,
        noticeDue,
        sentWithinDeadline: inTime(sentOn, noticeDue),
        receivedAt,
        completionDue: localDateOf(completion.dueAt, state.timeZone),
        completionDueAt: completion.dueAt,
        ...(command.letterNumber === undefined ? {} : { letterNumber: command.letterNumber }),
      },
    },
  ]);
};
