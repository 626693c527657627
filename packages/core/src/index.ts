// The public surface of @netra/core: curated, named exports only; internals stay unexported.
// Sorted by source path, so each folder (audit, case, handler, rules, store, time) is one block.

export type { ReplayError, ReplayStep } from './audit/replay.js';
export { replayStream } from './audit/replay.js';
export type { ChainBreak, VerifiedChain } from './audit/verify-chain.js';
export { verifyStreamChain } from './audit/verify-chain.js';
export type { StoreVerification } from './audit/verify-store.js';
export { verifyStore } from './audit/verify-store.js';
export type { CaseCommandHandlerOptions } from './case/case-handler.js';
export { createCaseCommandHandler } from './case/case-handler.js';
export type {
  CaseEventCodecOptions,
  CaseEventUpcaster,
  CaseEventUpcasterTable,
} from './case/codec.js';
export {
  CASE_EVENT_UPCASTERS,
  caseEventCodec,
  createCaseEventCodec,
  decodeCaseEvent,
  encodeCaseEvent,
} from './case/codec.js';
export type { CaseContext } from './case/context.js';
export { caseContext } from './case/context.js';
export { decideCase } from './case/decide/decide-case.js';
export { caseDecider } from './case/decider.js';
export type { CaseError, CaseErrorCode, NipPart } from './case/errors.js';
export { evolveCase } from './case/evolve.js';
export type { NipHolderKind, NipParts } from './case/nip.js';
export { validateNip } from './case/nip.js';
export { parseCaseCommand } from './case/parse.js';
export type { BawasluLevel, CaseActor, CaseRole, Permission } from './case/roles.js';
export { CASE_PERMISSIONS, CASE_ROLES, parseActor } from './case/roles.js';
export type {
  CaseCommand,
  CaseCommandOf,
  CaseCommandType,
  CompletePreliminaryReview,
  CompleteRequirements,
  DecideRespondent,
  DeclineRegistration,
  ExtendForAdditionalInformation,
  ForwardToSupervisor,
  ReceiveInternalReport,
  ReceiveReport,
  RecordClarification,
  RecordFinding,
  ReferToGakkumdu,
  RegisterCase,
  RerouteKasnFile,
  WithdrawReport,
} from './case/schema/commands.js';
export { CASE_COMMAND_TYPES, caseCommandSchema } from './case/schema/commands.js';
export type { CaseEvent, CaseEventOf, CaseEventType } from './case/schema/events.js';
export { CASE_EVENT_SCHEMA_VERSIONS, caseEventSchema } from './case/schema/events.js';
export type {
  Evidence,
  Region,
  ReportedIncident,
  Reporter,
  Requirement,
  Respondent,
  RespondentKind,
  Track,
} from './case/schema/primitives.js';
export type {
  CaseDeadlines,
  CaseOrigin,
  CaseState,
  CaseStatus,
  OpenCaseState,
  RespondentState,
} from './case/state.js';
export { initialCaseState, respondentIn, TERMINAL_STATUSES } from './case/state.js';
export type { CommandHandlerConfig, HandleResult } from './handler/command-handler.js';
export { createCommandHandler } from './handler/command-handler.js';
export type { ActorRef, CommandMeta } from './handler/command-meta.js';

export type { Decider, DecisionContext } from './handler/decider.js';
export type { EncodedEvent, EventCodec } from './handler/event-codec.js';
export type { HandlerError } from './handler/handler-error.js';
export type {
  CandidateStage,
  ComputedDeadline,
  Confidence,
  CountingPolicy,
  DayType,
  DeadlineRule,
  DecisionAnchor,
  ElectionCalendar,
  Holiday,
  IntakeStep,
  LegalBasis,
  Regime,
  RegimeInfo,
  Rulebook,
  RulebookOverrides,
  SanctionLevel,
  SkbCode,
  SkbItem,
  Supervisor,
  SupervisorRouting,
} from './rules/index.js';
export {
  candidateStage,
  computeDeadline,
  createRulebook,
  ELECTIONS_2024,
  HOLIDAYS_2023,
  HOLIDAYS_2024,
  HOLIDAYS_2025,
  HOLIDAYS_2026,
  isWithinDeadline,
  PEMILU_2024_CALENDAR,
  PEMILU_2024_DEADLINES,
  PILKADA_2024_CALENDAR,
  PILKADA_2024_DEADLINES,
  REGIMES_2024,
  rerouteKasnFile,
  rulebookV1,
  SKB_2022,
  SKB_CODES,
  SKB_STAGE_COUNTERPARTS,
  SUPERVISOR_ROUTING_2024,
  skbItem,
  skbStageCounterpart,
  supervisorFor,
  VOTING_DAYS_2024,
} from './rules/index.js';
export { canonicalJson } from './store/canonical-json.js';
export type { EventMetadata, NewEvent, RecordedEvent } from './store/envelope.js';
export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
} from './store/event-store.js';
export type { ExpectedVersion } from './store/expected-version.js';
export { satisfiesExpectedVersion } from './store/expected-version.js';
export type { FollowOptions } from './store/follow.js';
export { FollowError, followAll } from './store/follow.js';
export type { HashedFields } from './store/hash-chain.js';
export { GENESIS_HASH, hashEvent } from './store/hash-chain.js';
export type { InMemoryEventStoreOptions } from './store/in-memory/in-memory-store.js';
export { createInMemoryEventStore } from './store/in-memory/in-memory-store.js';
export type { JsonValue } from './store/json-value.js';
export { eventMetadataSchema, newEventSchema, streamIdSchema } from './store/new-event-schema.js';
export type { PreparedEvent } from './store/prepare-append.js';
export { chainEvents, validateAppend } from './store/prepare-append.js';
export type { StoreError, StoreErrorCode } from './store/store-error.js';
export {
  corruptEvent,
  invalidAppend,
  storeLocked,
  storeUnavailable,
  wrongExpectedVersion,
} from './store/store-error.js';
export type { IsoDate, TimeZoneCode } from './time/index.js';
export {
  addCalendarDays,
  addDays,
  compareDates,
  dayOfWeek,
  daysBetween,
  holidaysDecreedBy,
  isIsoDate,
  isWorkingDay,
  localDateOf,
} from './time/index.js';
