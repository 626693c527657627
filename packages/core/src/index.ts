// The public surface of @netra/core: curated, named exports only. Internals stay unexported.

export type { ReplayError, ReplayStep } from './audit/replay.js';
export { replayStream } from './audit/replay.js';
// audit
export type { ChainBreak, VerifiedChain } from './audit/verify-chain.js';
export { verifyStreamChain } from './audit/verify-chain.js';
export type { StoreVerification } from './audit/verify-store.js';
export { verifyStore } from './audit/verify-store.js';
export type { CommandHandlerConfig, HandleResult } from './handler/command-handler.js';
export { createCommandHandler } from './handler/command-handler.js';
// store port, envelope and the in-memory store
export type { ActorRef, CommandMeta } from './handler/command-meta.js';
// deciders and command handling
export type { Decider, DecisionContext } from './handler/decider.js';
export type { EncodedEvent, EventCodec } from './handler/event-codec.js';
export type { HandlerError } from './handler/handler-error.js';
// rulebook version 1 (data, each row citing its article) and legal time
export type {
  CandidateStage,
  ComputedDeadline,
  Confidence,
  CountingPolicy,
  DayType,
  DeadlineRule,
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
