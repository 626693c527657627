// Projections: the reducer contract, the read-model container, the checkpoint port and the
// runner. Curated named exports.

export type {
  ActingBody,
  ActingBodyKind,
  BodyWorkload,
  CaseRow,
  CaseSanctionRecord,
  CurrentSanctionStatus,
  DeadlineItem,
  DeadlinesQuery,
  EmployerStages,
  FunnelStage,
  HandlingMeasure,
  HandlingTime,
  HandlingTimesQuery,
  IsoWeek,
  NationalFunnel,
  RespondentSanctionStatus,
  RespondentStage,
  SkbCategory,
  StageLoad,
  WaitingItem,
  WeeklyArea,
  WeeklyCategory,
  WeeklyFigures,
  WeeklyMeasure,
  WorkloadQuery,
  WorkloadStage,
} from './case/index.js';
export {
  agencyWorkload,
  CASE_READ_MODELS_NAME,
  CASE_READ_MODELS_VERSION,
  caseReadModels,
  deadlines,
  employerStages,
  employerUnits,
  FINAL_RESPONDENT_STAGES,
  FUNNEL_STAGES,
  handlingTimes,
  isoWeekOf,
  nationalFunnel,
  nationalFunnels,
  RESPONDENT_STAGES,
  respondentStage,
  SKB_CATEGORIES,
  sanctionStatus,
  WEEKLY_MEASURES,
  weeklyFigures,
  weeklySeries,
} from './case/index.js';
export type {
  CheckpointStore,
  ProjectionCommit,
  StoredProjection,
} from './checkpoint-store.js';
export { checkCheckpointName, checkCheckpointPosition } from './checkpoint-store.js';
export { createInMemoryCheckpointStore } from './in-memory-checkpoint-store.js';
export { InlineRollback, inlineProjectionsProblem } from './inline-projections.js';
export type { Projection, ProjectionFault } from './projection.js';
export { projectionFault } from './projection.js';
export type { MutableReadModel, ReadModel, StagedBatch } from './read-model.js';
export { createReadModel, projectEvents } from './read-model.js';
export type {
  ProjectionProgress,
  ProjectionRun,
  ProjectionRunError,
  RunProjectionOptions,
} from './run-projection.js';
export { runProjection } from './run-projection.js';
