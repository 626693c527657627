/**
 * RecordBreachNoticed (issue 15 item 9): the `system` actor records that it saw a duty overdue.
 * The duty is the due list's own (dutiesDue at the command's legal time): one that is not
 * running there is DUTY_NOT_RUNNING, one not overdue then DUTY_NOT_OVERDUE (a duty without a
 * period never is), and the same lapse (duty, respondent, due date) is recorded once
 * (BREACH_ALREADY_NOTICED). The event names who owed it, the due date and the duty's rule.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import { dutiesDue } from '../due/due-list.js';
import type { CaseError } from '../errors.js';
import { breachAlreadyNoticed, dutyNotOverdue, dutyNotRunning } from '../errors-examination.js';
import { BREACH_NOTICED } from '../legal-bases-proceedings.js';
import type { RecordBreachNoticed } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';

export const decideRecordBreachNoticed = (
  command: RecordBreachNoticed,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const respondentId = command.respondentId ?? null;
  const noticedAt = command.meta.occurredAt;
  const duty = dutiesDue(state, new Date(noticedAt), context.rulebook).find(
    (d) => d.duty === command.duty && (d.respondentId ?? null) === respondentId,
  );
  if (duty === undefined) return E.left(dutyNotRunning(command.duty, respondentId, BREACH_NOTICED));
  if (!duty.overdue || duty.due === null) {
    return E.left(dutyNotOverdue(command.duty, duty.due, duty.basis));
  }
  const seen = state.breaches.find(
    (b) => b.duty === duty.duty && b.respondentId === respondentId && b.due === duty.due,
  );
  if (seen !== undefined)
    return E.left(breachAlreadyNoticed(duty.duty, seen.noticedAt, duty.basis));
  const { instrument, article } = duty.basis;
  return E.right([
    {
      type: 'BreachNoticed',
      data: {
        duty: duty.duty,
        respondentId,
        who: duty.who,
        due: duty.due,
        dueAt: duty.dueAt ?? null,
        noticedAt,
        rule: article === undefined ? instrument : `${instrument} ${article}`,
      },
    },
  ]);
};
