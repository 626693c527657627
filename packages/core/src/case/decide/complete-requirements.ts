/**
 * CompleteRequirements (kelengkapan laporan): only after a kajian awal that found the report
 * INCOMPLETE, and only with every missing item. After the COMPLETE_REQUIREMENTS period it is
 * refused as REQUIREMENTS_LATE: the report can then only be declined, and Bawaslu may take the
 * matter up as its own finding (research/legal-process.md §3.2 step 4).
 *
 * The period: since rulebook 2024.2 it runs from the reporter's receipt of the completion notice
 * and is compared on the clock (`completionDueAt`); before the notice no period runs, so the
 * reporter cannot be late. A case reviewed under 2024.1 keeps the date its review computed.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import { type CaseError, notAReport } from '../errors.js';
import {
  notAwaitingCompletion,
  requirementsLate,
  requirementsStillMissing,
} from '../errors-intake.js';
import { REPORT_REQUIREMENTS } from '../legal-bases.js';
import type { CaseActor } from '../roles.js';
import type { CompleteRequirements } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, inTime, inTimeAt, notBefore } from './guards.js';
import { checkReporterIdentity } from './scope.js';

export const decideCompleteRequirements = (
  command: CompleteRequirements,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  const basis = REPORT_REQUIREMENTS[state.regime];
  if (state.origin !== 'REPORT') return E.left(notAReport(state.caseId, basis));
  const identity = checkReporterIdentity(actor, state);
  if (E.isLeft(identity)) return identity;
  if (state.status !== 'AWAITING_COMPLETION' || state.review === null) {
    return E.left(notAwaitingCompletion(state.status, basis));
  }
  const completedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    completedOn,
    'the kajian awal',
    state.review.reviewedOn,
  );
  if (E.isLeft(order)) return order;
  const stillMissing = state.review.missing.filter((m) => !command.supplied.includes(m));
  if (stillMissing.length > 0) return E.left(requirementsStillMissing(stillMissing, basis));
  const completedAt = command.meta.occurredAt;
  const dueAt = state.deadlines.completionDueAt;
  const completionDue = state.deadlines.completionDue ?? completedOn;
  const timely = dueAt === null ? inTime(completedOn, completionDue) : inTimeAt(completedAt, dueAt);
  if (!timely) {
    return E.left(
      requirementsLate(
        dueAt === null ? completedOn : completedAt,
        dueAt ?? completionDue,
        context.rulebook.deadlines[state.regime].COMPLETE_REQUIREMENTS.basis,
      ),
    );
  }
  return E.right([
    {
      type: 'RequirementsCompleted',
      data: {
        supplied: command.supplied,
        evidence: command.evidence ?? [],
        completedOn,
        completionDue,
        ...(dueAt === null ? {} : { completedAt, completionDueAt: dueAt }),
      },
    },
  ]);
};
