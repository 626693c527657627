/**
 * RegisterCase (registrasi). A report is registered once the kajian awal found it complete or
 * the reporter completed it; a finding is registered directly (it needs no kajian awal).
 * Registration starts Bawaslu's decision clock (see decisionPeriodStart).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import {
  alreadyRegistered,
  notRegistrable,
  requirementsPending,
  reviewPending,
} from '../errors-intake.js';
import { REGISTRATION } from '../legal-bases.js';
import type { RegisterCase } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { actOn, deadline, decisionPeriodStart, notBefore } from './guards.js';

const refusal = (state: OpenCaseState): CaseError | undefined => {
  const basis = REGISTRATION[state.regime];
  switch (state.status) {
    case 'FINDING_RECORDED':
    case 'READY_TO_REGISTER':
      return undefined;
    case 'RECEIVED':
      return reviewPending(basis);
    case 'AWAITING_COMPLETION':
      return requirementsPending(state.review?.missing ?? [], basis);
    case 'NOT_REGISTRABLE':
      return notRegistrable(state.review?.outcome ?? 'not registrable', basis);
    default:
      return alreadyRegistered(state.registration?.number ?? '(unknown)');
  }
};

export const decideRegisterCase = (
  command: RegisterCase,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const refused = refusal(state);
  if (refused !== undefined) return E.left(refused);
  const registeredOn = actOn(command, state.timeZone);
  const lastStep = state.requirementsCompletedOn ?? state.review?.reviewedOn ?? state.openedOn;
  const order = notBefore('meta.occurredAt', registeredOn, 'the previous intake step', lastStep);
  if (E.isLeft(order)) return order;
  const start = decisionPeriodStart(context, state.regime, 'DECIDE', state.openedOn, registeredOn);
  return E.right([
    {
      type: 'CaseRegistered',
      data: {
        registrationNumber: command.registrationNumber,
        registeredOn,
        decisionDue: deadline(context, state.regime, 'DECIDE', start).due,
      },
    },
  ]);
};
