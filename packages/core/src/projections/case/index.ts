// The case read models (issue 16 item 1): one projection, five read models over it. Curated
// named exports for packages/core/src/projections/index.ts; docs/read-models.md explains them.

export type {
  BodyWorkload,
  StageLoad,
  WaitingItem,
  WorkloadQuery,
  WorkloadStage,
} from './agency-workload.js';
export { agencyWorkload } from './agency-workload.js';
export type { ActingBody, ActingBodyKind } from './bodies.js';
export { caseReadModels } from './case-read-models.js';
export type { CaseRow } from './case-row.js';
export { CASE_READ_MODELS_NAME, CASE_READ_MODELS_VERSION } from './case-row.js';
export type { DeadlineItem, DeadlinesQuery } from './deadlines.js';
export { deadlines } from './deadlines.js';
export type { EmployerStages } from './employer-stages.js';
export { employerStages, employerUnits } from './employer-stages.js';
export type { HandlingMeasure, HandlingTime, HandlingTimesQuery } from './handling-times.js';
export { handlingTimes } from './handling-times.js';
export type { IsoWeek } from './iso-week.js';
export { isoWeekOf } from './iso-week.js';
export type { FunnelStage, WeeklyMeasure } from './keys.js';
export { FUNNEL_STAGES, WEEKLY_MEASURES } from './keys.js';
export type { NationalFunnel } from './national-funnel.js';
export { nationalFunnel, nationalFunnels } from './national-funnel.js';
export type { RespondentStage } from './respondent-stage.js';
export { FINAL_RESPONDENT_STAGES, RESPONDENT_STAGES, respondentStage } from './respondent-stage.js';
export type {
  CaseSanctionRecord,
  CurrentSanctionStatus,
  RespondentSanctionStatus,
} from './sanction-status.js';
export { sanctionStatus } from './sanction-status.js';
export type { SkbCategory } from './skb-category.js';
export { SKB_CATEGORIES } from './skb-category.js';
export type { WeeklyArea, WeeklyCategory, WeeklyFigures } from './weekly-monitoring.js';
export { weeklyFigures, weeklySeries } from './weekly-monitoring.js';
