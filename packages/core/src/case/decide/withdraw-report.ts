/**
 * WithdrawReport (pencabutan laporan), Perbawaslu 7/2022 Pasal 14(1), 17(3):
 * - before registration the case closes (WITHDRAWN); the report may still serve as informasi
 *   awal (Pasal 14(2)), which the event records;
 * - after registration the withdrawal is recorded and handling continues, status unchanged.
 * Only the reporter, or a Bawaslu clerk recording a written withdrawal, may withdraw; a finding
 * is Bawaslu's own and cannot be withdrawn.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { type CaseError, notAReport } from '../errors.js';
import { alreadyWithdrawn } from '../errors-intake.js';
import { WITHDRAWAL } from '../legal-bases.js';
import type { CaseActor } from '../roles.js';
import type { WithdrawReport } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, notBefore } from './guards.js';
import { checkReporterIdentity } from './scope.js';

const BEFORE_REGISTRATION: readonly OpenCaseState['status'][] = [
  'RECEIVED',
  'AWAITING_COMPLETION',
  'READY_TO_REGISTER',
  'NOT_REGISTRABLE',
];

export const decideWithdrawReport = (
  command: WithdrawReport,
  state: OpenCaseState,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  if (state.origin !== 'REPORT') return E.left(notAReport(state.caseId, WITHDRAWAL[state.regime]));
  const identity = checkReporterIdentity(actor, state);
  if (E.isLeft(identity)) return identity;
  if (state.withdrawal !== null) return E.left(alreadyWithdrawn(state.withdrawal.withdrawnOn));
  const withdrawnOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    withdrawnOn,
    'the receipt of the report',
    state.openedOn,
  );
  if (E.isLeft(order)) return order;
  const closes = BEFORE_REGISTRATION.includes(state.status);
  return E.right([
    {
      type: 'ReportWithdrawn',
      data: {
        withdrawnOn,
        recordedBy: actor.role === 'reporter' ? 'REPORTER' : 'BAWASLU',
        effect: closes ? 'CASE_CLOSED' : 'HANDLING_CONTINUES',
        usableAsInitialInformation: closes,
        ...(command.statement === undefined ? {} : { statement: command.statement }),
      },
    },
  ]);
};
