/**
 * decideCase: the pure decision of the intake lifecycle. Checks, in order:
 * 1. authorization (authorize.ts): the actor's shape (INVALID_ACTOR), the permission table
 *    (ROLE_NOT_ALLOWED), and the case within the actor's reach — a case out of scope is
 *    answered exactly like one that does not exist (CASE_NOT_FOUND);
 * 2. legal time: `meta.occurredAt` not after `context.now` (LEGAL_DATE_IN_FUTURE);
 * 3. the case: opened only once (CASE_ALREADY_EXISTS), otherwise it must be this case
 *    (WRONG_CASE), not be with the employer (HANDLED_BY_EMPLOYER) and not be closed
 *    (CASE_CLOSED);
 * 4. the command's own rules (decide/<command>.ts).
 * No clock, randomness or I/O: everything time-dependent comes from `context`.
 *
 * The command is assumed parsed (parseCaseCommand, which the command handler runs at the
 * boundary): decide relies on its instants carrying an offset and its dates being real dates.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { authorizeCase } from '../authorize.js';
import type { CaseContext } from '../context.js';
import {
  type CaseError,
  caseAlreadyExists,
  caseClosed,
  caseNotFound,
  handledByEmployer,
  roleNotAllowed,
  wrongCase,
} from '../errors.js';
import { INTERNAL_DISCIPLINE } from '../legal-bases.js';
import { CASE_PERMISSIONS, type CaseActor } from '../roles.js';
import type { CaseCommand } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import { type CaseState, type OpenCaseState, TERMINAL_STATUSES } from '../state.js';
import { decideCompletePreliminaryReview } from './complete-preliminary-review.js';
import { decideCompleteRequirements } from './complete-requirements.js';
import { decideDecideRespondent } from './decide-respondent.js';
import { decideDecideSanction } from './decide-sanction.js';
import { decideDeclineRegistration } from './decline-registration.js';
import { decideDeliverSanction } from './deliver-sanction.js';
import {
  decideRecordExamination,
  decideReleaseFromDuty,
  decideSummonForExamination,
} from './examination.js';
import { decideExtendDecisionPeriod } from './extend-decision-period.js';
import { decideForwardToCompetentAuthority } from './forward-to-competent-authority.js';
import { decideForwardToInvestigators } from './forward-to-investigators.js';
import { decideForwardToSupervisor } from './forward-to-supervisor.js';
import { instantNotInFuture } from './guards.js';
import { decideHandOverCase } from './hand-over-case.js';
import { decideIssueStatusNotice } from './issue-status-notice.js';
import { decideDecideObjection, decideFileObjection } from './objection.js';
import { decideBlockPersonnelData, decideUnblockPersonnelData } from './personnel-data-block.js';
import { decideReceiveInternalReport } from './receive-internal-report.js';
import { decideReceiveReport } from './receive-report.js';
import { decideRecordBreachNoticed } from './record-breach-noticed.js';
import { decideRecordClarification } from './record-clarification.js';
import { decideRecordCourtChallenge } from './record-court-challenge.js';
import { decideRecordCriminalStep } from './record-criminal-step.js';
import { decideRecordFinding } from './record-finding.js';
import { decideRecordGakkumduDeliberation } from './record-gakkumdu-deliberation.js';
import { decideRecordSupervisorOutcome } from './record-supervisor-outcome.js';
import { decideRegisterCase } from './register-case.js';
import { decideRerouteKasnFile } from './reroute-kasn-file.js';
import { decideSendCompletionNotice } from './send-completion-notice.js';
import { decideRecordRespondentExit, decideRecordSanctionServed } from './serving.js';
import { decideTakeUpAsFinding } from './take-up-as-finding.js';
import { decideWithdrawReport } from './withdraw-report.js';

type Decision = Either<CaseError, readonly CaseEvent[]>;

const opening = (
  command: CaseCommand,
  state: CaseState,
  context: CaseContext,
  actor: CaseActor,
): Decision => {
  if (state.status !== 'NONE') return E.left(caseAlreadyExists(command.caseId));
  switch (command.type) {
    case 'ReceiveReport':
      return decideReceiveReport(command, context, actor);
    case 'RecordFinding':
      return decideRecordFinding(command, context, actor);
    case 'ReceiveInternalReport':
      return actor.role === 'satgas' || actor.role === 'superior'
        ? decideReceiveInternalReport(command, context, actor)
        : E.left(roleNotAllowed(actor.role, command.type, CASE_PERMISSIONS[command.type].roles));
    default:
      return E.left(caseNotFound(command.caseId));
  }
};

/**
 * What may still happen on a terminal case: its status is announced, and a report not
 * registered for want of completion may be taken up as a finding (decided in their own files).
 */
const AFTER_CLOSE: Readonly<Partial<Record<CaseCommand['type'], readonly CaseState['status'][]>>> =
  {
    IssueStatusNotice: ['NOT_REGISTERED', 'CLOSED'],
    TakeUpAsFinding: ['NOT_REGISTERED'],
  };

/** The checks every command on an existing case passes before its own rules. */
const existing = (command: CaseCommand, state: CaseState): Either<CaseError, OpenCaseState> => {
  if (state.status === 'NONE') return E.left(caseNotFound(command.caseId));
  if (command.caseId !== state.caseId) return E.left(wrongCase(command.caseId, state.caseId));
  if (state.status === 'WITH_EMPLOYER')
    return E.left(handledByEmployer(state.caseId, INTERNAL_DISCIPLINE));
  if (
    TERMINAL_STATUSES.includes(state.status) &&
    !(AFTER_CLOSE[command.type] ?? []).includes(state.status)
  )
    return E.left(caseClosed(state.caseId, state.status));
  return E.right(state);
};

const onCase = (
  command: CaseCommand,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Decision => {
  switch (command.type) {
    case 'CompletePreliminaryReview':
      return decideCompletePreliminaryReview(command, state, context);
    case 'SendCompletionNotice':
      return decideSendCompletionNotice(command, state, context);
    case 'CompleteRequirements':
      return decideCompleteRequirements(command, state, context, actor);
    case 'RegisterCase':
      return decideRegisterCase(command, state, context);
    case 'DeclineRegistration':
      return decideDeclineRegistration(command, state, context);
    case 'WithdrawReport':
      return decideWithdrawReport(command, state, actor);
    case 'TakeUpAsFinding':
      return decideTakeUpAsFinding(command, state, context);
    case 'HandOverCase':
      return decideHandOverCase(command, state, context, actor);
    case 'IssueStatusNotice':
      return decideIssueStatusNotice(command, state, context);
    case 'RecordGakkumduDeliberation':
      return decideRecordGakkumduDeliberation(command, state, context);
    case 'RecordClarification':
      return decideRecordClarification(command, state, context);
    case 'ExtendForAdditionalInformation':
      return decideExtendDecisionPeriod(command, state, context);
    case 'DecideRespondent':
      return decideDecideRespondent(command, state, context);
    case 'ForwardToSupervisor':
      return decideForwardToSupervisor(command, state, context);
    case 'RerouteKasnFile':
      return decideRerouteKasnFile(command, state, context);
    case 'ForwardToCompetentAuthority':
      return decideForwardToCompetentAuthority(command, state, context);
    case 'ForwardToInvestigators':
    case 'ReferToGakkumdu':
      return decideForwardToInvestigators(command, state, context);
    case 'RecordSupervisorOutcome':
      return decideRecordSupervisorOutcome(command, state, context);
    case 'BlockPersonnelData':
      return decideBlockPersonnelData(command, state);
    case 'UnblockPersonnelData':
      return decideUnblockPersonnelData(command, state);
    case 'SummonForExamination':
      return decideSummonForExamination(command, state, context, actor);
    case 'RecordExamination':
      return decideRecordExamination(command, state, actor);
    case 'ReleaseFromDuty':
      return decideReleaseFromDuty(command, state, actor);
    case 'DecideSanction':
      return decideDecideSanction(command, state, context, actor);
    case 'DeliverSanction':
      return decideDeliverSanction(command, state, context, actor);
    case 'FileObjection':
      return decideFileObjection(command, state, context, actor);
    case 'DecideObjection':
      return decideDecideObjection(command, state, context, actor);
    case 'RecordSanctionServed':
      return decideRecordSanctionServed(command, state, context, actor);
    case 'RecordRespondentExit':
      return decideRecordRespondentExit(command, state, actor);
    case 'RecordCriminalStep':
      return decideRecordCriminalStep(command, state, context);
    case 'RecordCourtChallenge':
      return decideRecordCourtChallenge(command, state, actor);
    case 'RecordBreachNoticed':
      return decideRecordBreachNoticed(command, state, context);
    default:
      return E.left(caseAlreadyExists(command.caseId));
  }
};

const OPENING_COMMANDS: readonly CaseCommand['type'][] = [
  'ReceiveReport',
  'RecordFinding',
  'ReceiveInternalReport',
];

export const decideCase = (
  command: CaseCommand,
  state: CaseState,
  context: CaseContext,
): Decision => {
  const actor = authorizeCase(command, state);
  if (E.isLeft(actor)) return actor;
  const timely = instantNotInFuture(command.meta.occurredAt, context);
  if (E.isLeft(timely)) return timely;
  if (OPENING_COMMANDS.includes(command.type)) return opening(command, state, context, actor.right);
  const open = existing(command, state);
  return E.isLeft(open) ? open : onCase(command, open.right, context, actor.right);
};
