// @netra/testing: the test kit. Curated named exports.
export type { CheckpointHarness, StoreHarness } from './conformance/index.js';
export {
  describeCheckpointConformance,
  describeStoreConformance,
  freshStreamId,
  newEvent,
  newEvents,
} from './conformance/index.js';
export type {
  ActorOptions,
  ExpectedProceeding,
  IntakeHistory,
  IntakeHistoryOptions,
  MalformedCommand,
  MalformedCommandOptions,
  NipOptions,
  Replayed,
  ReplayRejection,
} from './generators/index.js';
export {
  actorArb,
  CASE_ERROR_CODES,
  caseHandlerFor,
  decideAll,
  formatNip,
  intakeHistoryArb,
  isCaseErrorCode,
  isoDateArb,
  jurisdictionArb,
  MUTATION_CLASSES,
  malformedCommandArb,
  nikArb,
  nipArb,
  reporterArb,
  respondentsArb,
} from './generators/index.js';
export type { ProjectionSpec, ProjectionThen } from './projections/index.js';
export { modelPicture, projectionSpec } from './projections/index.js';
export * from './season/index.js';
export type {
  DeciderSpec,
  DeciderSpecOptions,
  DeepPartial,
  GivenStep,
  StateCheck,
  ThenResult,
  WhenStep,
} from './spec/index.js';
export { deciderSpec } from './spec/index.js';
export * from './store-kit/index.js';
