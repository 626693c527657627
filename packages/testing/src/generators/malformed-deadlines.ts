/**
 * Mutations against the rulebook's deadlines and the kajian awal's findings: a finding set
 * after its SET_FINDING period, requirements completed after their period, an extension after
 * the decision period ran out, a review that contradicts the filing deadline, a decline for
 * another reason than the review found, or while the completion period still runs.
 */
import {
  type CaseCommand,
  type CaseErrorCode,
  computeDeadline,
  type IntakeStep,
  type IsoDate,
} from '@netra/core';
import type { Chooser } from './chooser.js';
import { drawDateBetween, instantAt, isAfter, plusDays } from './dates.js';
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

export const missedDeadline: MutationClass = {
  name: 'missed-deadline',
  weight: 6,
  positions: positionsOf('RecordFinding', 'CompleteRequirements', 'ExtendForAdditionalInformation'),
  draw: (c, h, position) => {
    const command = commandAt(h, position);
    const late = c.int(1, 10);
    if (command.type === 'RecordFinding') {
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
      const completionDue = due(
        h,
        'COMPLETE_REQUIREMENTS',
        lastDayOf(h, 'CompletePreliminaryReview', position),
      );
      return lateAct(
        c,
        h,
        command,
        plusDays(completionDue, late),
        'REQUIREMENTS_LATE',
        `completion due ${completionDue}`,
      );
    }
    // Pemilu's decision period runs from registration, Pilkada's from receipt.
    const registeredOn = lastDayOf(h, 'RegisterCase', position);
    const start = h.regime === 'PEMILU_2024' ? registeredOn : dayOf(h, commandAt(h, 0));
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
    if (command.reason === 'REQUIREMENTS_NOT_COMPLETED' && c.chance(50)) {
      // Declined while the reporter may still complete the report.
      const reviewedOn = lastDayOf(h, 'CompletePreliminaryReview', position);
      const completionDue = due(h, 'COMPLETE_REQUIREMENTS', reviewedOn);
      const declinedOn = drawDateBetween(c, reviewedOn, completionDue);
      return {
        input: withOccurredAt(
          command,
          instantAt(declinedOn, h.jurisdiction.timeZone, c.int(18 * 60, 23 * 60)),
        ),
        detail: `declined on ${declinedOn}, completion due ${completionDue}`,
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
