/**
 * Mutations against the rulebook's deadlines and the kajian awal's findings: a finding set
 * after its SET_FINDING period (also a lapsed report taken up as one), requirements completed
 * after their period (since rulebook 2024.2 it runs on the clock from the receipt of the
 * completion notice), an extension after the decision period ran out, a review that
 * contradicts the filing deadline, a decline for another reason than the review found, or
 * while the completion period still runs.
 */
import {
  type CaseCommand,
  type CaseErrorCode,
  computeDeadline,
  computeDeadlineAt,
  type IntakeStep,
  type IsoDate,
  localDateOf,
} from '@netra/core';
import type { Chooser } from './chooser.js';
import { formatInstant, instantAt, isAfter, plusDays } from './dates.js';
import type { IntakeHistory } from './intake-history.js';
import {
  commandAt,
  dayOf,
  type Mutation,
  type MutationClass,
  positionsOf,
  todayOf,
  withOccurredAt,
} from './malformed.js';

const due = (h: IntakeHistory, step: IntakeStep, from: IsoDate): IsoDate =>
  computeDeadline(h.context.rulebook, h.regime, step, from).due;

/** The day of the last command of `type` before `position`. */
const lastDayOf = (h: IntakeHistory, type: CaseCommand['type'], position: number): IsoDate => {
  const found = h.commands.slice(0, position).findLast((command) => command.type === type);
  return dayOf(h, found ?? commandAt(h, 0));
};

/**
 * The command re-dated to `on`, a day after a period ended. If that day is not yet over by the
 * decision clock's today, the act is in the future instead, and that is what must be said.
 */
const lateAct = (
  c: Chooser,
  h: IntakeHistory,
  command: CaseCommand,
  on: IsoDate,
  code: CaseErrorCode,
  detail: string,
): Mutation => {
  const today = todayOf(h);
  const minute = on === today ? 0 : c.int(7 * 60, 17 * 60);
  return {
    input: withOccurredAt(command, instantAt(on, h.jurisdiction.timeZone, minute)),
    detail: `${detail}: acted on ${on}`,
    acceptable: isAfter(on, today) ? ['LEGAL_DATE_IN_FUTURE'] : [code],
  };
};

/**
 * The instant (epoch ms) the completion period in force at `position` ends: it runs from the
 * receipt of the completion notice; undefined before any notice, when no period runs.
 */
const completionDueAt = (h: IntakeHistory, position: number): number | undefined => {
  const notice = h.commands
    .slice(0, position)
    .findLast(
      (command): command is Extract<CaseCommand, { type: 'SendCompletionNotice' }> =>
        command.type === 'SendCompletionNotice',
    );
  if (notice === undefined) return undefined;
  const from = notice.receivedAt ?? notice.meta.occurredAt;
  const { dueAt } = computeDeadlineAt(
    h.context.rulebook,
    h.regime,
    'COMPLETE_REQUIREMENTS',
    from,
    h.jurisdiction.timeZone,
  );
  return Date.parse(dueAt);
};

const LATE_ACTS: readonly CaseCommand['type'][] = [
  'RecordFinding',
  'TakeUpAsFinding',
  'CompleteRequirements',
  'ExtendForAdditionalInformation',
];

export const missedDeadline: MutationClass = {
  name: 'missed-deadline',
  weight: 6,
  // Requirements completed before the notice cannot be late: no period runs yet.
  positions: (h) =>
    positionsOf(...LATE_ACTS)(h).filter(
      (i) => commandAt(h, i).type !== 'CompleteRequirements' || completionDueAt(h, i) !== undefined,
    ),
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const late = c.int(1, 10);
    if (command.type === 'RecordFinding' || command.type === 'TakeUpAsFinding') {
      const findingDue = due(h, 'SET_FINDING', command.discoveredOn);
      return lateAct(
        c,
        h,
        command,
        plusDays(findingDue, late),
        'FINDING_TIME_BARRED',
        `finding due ${findingDue}`,
      );
    }
    if (command.type === 'CompleteRequirements') {
      const dueAt = completionDueAt(h, position) ?? 0;
      const completionDue = localDateOf(new Date(dueAt), h.jurisdiction.timeZone);
      return lateAct(
        c,
        h,
        command,
        plusDays(completionDue, late),
        'REQUIREMENTS_LATE',
        `completion due ${formatInstant(dueAt, h.jurisdiction.timeZone)}`,
      );
    }
    // Pemilu's decision period runs from registration, Pilkada's from receipt: of the report,
    // or of the finding a lapsed report was taken up as.
    const registeredOn = lastDayOf(h, 'RegisterCase', position);
    const takenUp = h.commands.slice(0, position).some((c) => c.type === 'TakeUpAsFinding');
    const openedOn = takenUp
      ? lastDayOf(h, 'TakeUpAsFinding', position)
      : dayOf(h, commandAt(h, 0));
    const start = h.regime === 'PEMILU_2024' ? registeredOn : openedOn;
    const decisionDue = due(h, 'DECIDE', start);
    return lateAct(
      c,
      h,
      command,
      plusDays(decisionDue, late),
      'EXTENSION_TOO_LATE',
      `decision due ${decisionDue}`,
    );
  },
};

type DeclineReason = 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' | 'REQUIREMENTS_NOT_COMPLETED';
const REASONS: readonly DeclineReason[] = [
  'TIME_BARRED',
  'OUTSIDE_JURISDICTION',
  'REQUIREMENTS_NOT_COMPLETED',
];

export const contradictsReview: MutationClass = {
  name: 'contradicts-review',
  weight: 5,
  positions: positionsOf('CompletePreliminaryReview', 'DeclineRegistration'),
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    if (command.type === 'CompletePreliminaryReview') {
      // The filing deadline decides: a late report must be reviewed TIME_BARRED, a timely one not.
      const lateFiling = h.path[0] === 'ReceiveReport:LATE';
      const result = lateFiling
        ? c.pick([
            { outcome: 'COMPLETE' as const },
            { outcome: 'INCOMPLETE' as const, missing: ['EVIDENCE' as const] },
          ])
        : { outcome: 'TIME_BARRED' as const };
      return {
        input: { ...command, result },
        detail: `result ${result.outcome} for a report filed ${lateFiling ? 'late' : 'in time'}`,
        acceptable: [lateFiling ? 'REPORT_TIME_BARRED' : 'REPORT_NOT_TIME_BARRED'],
      };
    }
    if (command.type !== 'DeclineRegistration') throw new RangeError(command.type);
    const dueAt = completionDueAt(h, position);
    if (command.reason === 'REQUIREMENTS_NOT_COMPLETED' && dueAt !== undefined && c.chance(50)) {
      // Declined while the reporter may still complete the report: at the period's last
      // instant, or some hours before it.
      const at = c.chance(30) ? dueAt : dueAt - c.int(1, 36 * 60) * 60_000;
      const occurredAt = formatInstant(at, h.jurisdiction.timeZone, c.chance(30));
      return {
        input: withOccurredAt(command, occurredAt),
        detail: `declined at ${occurredAt}, completion due ${formatInstant(dueAt, h.jurisdiction.timeZone)}`,
        acceptable: ['COMPLETION_PERIOD_RUNNING'],
      };
    }
    const reason = c.pick(REASONS.filter((r) => r !== command.reason));
    return {
      input: { ...command, reason },
      detail: `reason ${reason}, the review found ${command.reason}`,
      acceptable: ['DECLINE_REASON_MISMATCH'],
    };
  },
};
