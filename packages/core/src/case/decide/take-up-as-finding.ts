/**
 * TakeUpAsFinding, since rulebook 2024.2: a report not registered because the reporter did not
 * complete its requirements in time ends as a report, not as a matter — Bawaslu may continue on
 * its own initiative as a temuan (research/legal-answers-2026-11.md §2; Bawaslu Rokan Hilir,
 * Pilkada 2024). The same stream continues, so the history links the finding to the lapsed
 * report: the report's receipt and non-registration stay on record, and the case is now a
 * finding to register, set within SET_FINDING of `discoveredOn` (refused when later, as
 * RecordFinding is). `discoveredOn` is not before the report's receipt: Bawaslu learned of the
 * matter from the report at the earliest.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import { type CaseError, datesOutOfOrder } from '../errors.js';
import { notALapsedReport } from '../errors-followup.js';
import { findingTimeBarred } from '../errors-intake.js';
import { TAKE_UP_AS_FINDING } from '../legal-bases-followup.js';
import type { TakeUpAsFinding } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, deadline, inTime, notBefore } from './guards.js';

export const decideTakeUpAsFinding = (
  command: TakeUpAsFinding,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.origin !== 'REPORT' || state.status !== 'NOT_REGISTERED' || state.declined === null) {
    return E.left(
      notALapsedReport(
        `the case is a ${state.origin} in status ${state.status}`,
        TAKE_UP_AS_FINDING,
      ),
    );
  }
  if (state.declined.reason !== 'REQUIREMENTS_NOT_COMPLETED') {
    return E.left(
      notALapsedReport(`it was not registered as ${state.declined.reason}`, TAKE_UP_AS_FINDING),
    );
  }
  const setOn = actOn(command, state.timeZone);
  const afterDecline = notBefore(
    'meta.occurredAt',
    setOn,
    'the non-registration',
    state.declined.declinedOn,
  );
  if (E.isLeft(afterDecline)) return afterDecline;
  const discovered = notBefore(
    'discoveredOn',
    command.discoveredOn,
    'the receipt of the report',
    state.openedOn,
  );
  if (E.isLeft(discovered)) return discovered;
  if (command.discoveredOn > setOn) {
    return E.left(
      datesOutOfOrder('discoveredOn', command.discoveredOn, 'after', 'the finding', setOn),
    );
  }
  const finding = deadline(context, state.regime, 'SET_FINDING', command.discoveredOn);
  if (!inTime(setOn, finding.due)) {
    return E.left(findingTimeBarred(command.discoveredOn, setOn, finding.due, finding.rule.basis));
  }
  return E.right([
    {
      type: 'ReportTakenUpAsFinding',
      data: {
        lapsedReport: {
          receivedOn: state.openedOn,
          declinedOn: state.declined.declinedOn,
          reason: 'REQUIREMENTS_NOT_COMPLETED',
        },
        supervisingOffice: command.supervisingOffice,
        discoveredOn: command.discoveredOn,
        setAt: command.meta.occurredAt,
        setOn,
        findingDue: finding.due,
        reason: command.reason,
      },
    },
  ]);
};
