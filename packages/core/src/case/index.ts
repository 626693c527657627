// The case (intake lifecycle) module: curated named exports for packages/core/src/index.ts.

export { authorizeCase, checkCaseActor, isOpeningCommand } from './authorize.js';
export type { CaseCommandHandlerOptions } from './case-handler.js';
export { createCaseCommandHandler } from './case-handler.js';
export type {
  CaseEventCodecOptions,
  CaseEventUpcaster,
  CaseEventUpcasterTable,
} from './codec.js';
export {
  CASE_EVENT_UPCASTERS,
  caseEventCodec,
  createCaseEventCodec,
  decodeCaseEvent,
  encodeCaseEvent,
} from './codec.js';
export type { CaseContext } from './context.js';
export { caseContext } from './context.js';
export { decideCase } from './decide/decide-case.js';
export { caseDecider } from './decider.js';
export type { Duty, DutyCode } from './due/due-list.js';
export { DUTY_RULES, dutiesDue } from './due/due-list.js';
export type { DutyHolder, DutyOf, DutyRule, NoticedStatus, RunningDuty } from './due/duties.js';
export type { CaseError, CaseErrorCode, NipPart } from './errors.js';
export { evolveCase } from './evolve.js';
export { nextSteps } from './next-steps/next-steps.js';
export type {
  AuthorityOption,
  BlockOption,
  Choice,
  CriminalOption,
  CriminalStep,
  CriminalStepChoice,
  DeadlineFact,
  DeclineReason,
  DeliberationOption,
  DeliveryOption,
  ExitReason,
  FilingFact,
  FollowUpCommandType,
  NextStep,
  NextStepOf,
  NextSteps,
  ObjectionDecisionOption,
  ObjectionFilingOption,
  ObjectionKind,
  ObjectionKindChoice,
  ObjectionOutcome,
  ObjectionOutcomeChoice,
  ProceedingDeadlineFact,
  ReferralOption,
  RespondentDecisionFact,
  RespondentOption,
  ReviewOutcome,
  SanctionChoice,
  SanctionOption,
  ServingOption,
  SkbChoice,
  StepFacts,
  StepRefusal,
  SupervisorOutcomeOption,
  UnblockOption,
  UnblockReason,
  Verdict,
} from './next-steps/types.js';
export type { NipHolderKind, NipParts } from './nip.js';
export { NIP_AGE_BOUNDS, validateNip } from './nip.js';
export type { CaseCommandParser } from './parse.js';
export { createCaseCommandParser, parseCaseCommand } from './parse.js';
export type { CaseStep, CaseView, ReadCaseError } from './read-case.js';
export { readCase } from './read-case.js';
export type { BawasluLevel, CaseActor, CaseRole, Permission } from './roles.js';
export { CASE_PERMISSIONS, CASE_ROLES, KECAMATAN_PERMISSIONS, parseActor } from './roles.js';
export type {
  CaseCommand,
  CaseCommandOf,
  CaseCommandType,
  CompletePreliminaryReview,
  CompleteRequirements,
  DecideRespondent,
  DeclineRegistration,
  ExtendForAdditionalInformation,
  ForwardToCompetentAuthority,
  ForwardToInvestigators,
  ForwardToSupervisor,
  HandOverCase,
  IssueStatusNotice,
  ReceiveInternalReport,
  ReceiveReport,
  RecordClarification,
  RecordFinding,
  RecordGakkumduDeliberation,
  ReferToGakkumdu,
  RegisterCase,
  RerouteKasnFile,
  SendCompletionNotice,
  TakeUpAsFinding,
  WithdrawReport,
} from './schema/commands.js';
export { CASE_COMMAND_TYPES, caseCommandSchema } from './schema/commands.js';
export type { CaseEvent, CaseEventOf, CaseEventType } from './schema/events.js';
export { CASE_EVENT_SCHEMA_VERSIONS, caseEventSchema } from './schema/events.js';
export type { Grade } from './schema/examination-commands.js';
export { PNS_GRADES, PPPK_GRADES } from './schema/examination-commands.js';
export type { CaseListLimits } from './schema/limits.js';
export {
  CASE_FIELD_LIMITS,
  CASE_LIST_CEILINGS,
  DEFAULT_CASE_LIST_LIMITS,
} from './schema/limits.js';
export type { BawasluOffice, BawasluOfficeLevel } from './schema/office.js';
export { bawasluOfficeSchema, describeOffice } from './schema/office.js';
export type {
  Evidence,
  Region,
  ReportedIncident,
  Reporter,
  Requirement,
  Respondent,
  RespondentKind,
  Track,
} from './schema/primitives.js';
export type {
  CaseDeadlines,
  CaseOrigin,
  CaseState,
  CaseStatus,
  OpenCaseState,
  RespondentState,
} from './state.js';
export { initialCaseState, respondentIn, TERMINAL_STATUSES } from './state.js';
