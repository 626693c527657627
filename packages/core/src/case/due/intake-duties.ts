/**
 * The duties of intake, before registration: the kajian awal, the completion notice (since
 * rulebook 2024.2) and the reporter's completion of the requirements. Every due date is the one
 * the state recorded when the step that started the period was taken.
 *
 * Registering a complete report or a finding, and declining one that cannot be registered, have
 * no period of their own: they are not listed (Pilkada's decision period, which runs from
 * receipt, is: handling-duties.ts).
 */
import { defineDuty } from './duties.js';

export const INTAKE_DUTIES = [
  defineDuty({
    duty: 'PRELIMINARY_REVIEW',
    who: 'BAWASLU',
    what: 'complete the kajian awal of the report',
    running: (s, rulebook) =>
      s.status === 'RECEIVED' && s.deadlines.reviewDue !== null
        ? [
            {
              due: s.deadlines.reviewDue,
              basis: rulebook.deadlines[s.regime].PRELIMINARY_REVIEW.basis,
            },
          ]
        : [],
  }),
  defineDuty({
    duty: 'SEND_COMPLETION_NOTICE',
    who: 'BAWASLU',
    what: 'send the reporter the notice to complete the missing requirements',
    // Only a 2024.2 review records noticeDue: under 2024.1 no notice was owed.
    running: (s, rulebook) =>
      s.status === 'AWAITING_COMPLETION' &&
      s.completionNotice === null &&
      s.deadlines.noticeDue !== null
        ? [
            {
              due: s.deadlines.noticeDue,
              basis: rulebook.deadlines[s.regime].COMPLETION_NOTICE.basis,
            },
          ]
        : [],
  }),
  defineDuty({
    duty: 'COMPLETE_REQUIREMENTS',
    who: 'REPORTER',
    what: 'complete the missing requirements of the report',
    // From the notice (2024.2, on the clock) or from the review (2024.1, by date). Before a
    // 2024.2 notice no period runs. Once overdue, only a decline (or a finding) can follow.
    running: (s, rulebook) => {
      const { completionDue, completionDueAt } = s.deadlines;
      return s.status === 'AWAITING_COMPLETION' && completionDue !== null
        ? [
            {
              due: completionDue,
              ...(completionDueAt === null ? {} : { dueAt: completionDueAt }),
              basis: rulebook.deadlines[s.regime].COMPLETE_REQUIREMENTS.basis,
            },
          ]
        : [];
    },
  }),
];
