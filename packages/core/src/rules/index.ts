export type {
  AuthorityRefusal,
  AuthorityRefusalCode,
  AuthorityRequest,
} from './authority.js';
export { checkAuthority, officialsFor, PYBMH_BASIS } from './authority.js';
export { AUTHORITY_2024 } from './authority-2024.js';
export { candidateStage } from './candidate-stage.js';
export type { ClassificationWindow } from './classification-windows-2024.js';
export { CLASSIFICATION_WINDOWS_2024 } from './classification-windows-2024.js';
export type { ActToClassify, ItemClassification, StageClassification } from './classify-act.js';
export { classifyAct } from './classify-act.js';
export type { ClassifyActError, ClassifyActErrorCode } from './classify-act-error.js';
export type { ComputedDeadline } from './deadline.js';
export { computeDeadline, isWithinDeadline } from './deadline.js';
export type { ComputedDeadlineAt } from './deadline-at.js';
export { computeDeadlineAt, isOnTime } from './deadline-at.js';
export { PEMILU_2024_DEADLINES } from './deadlines-pemilu-2024.js';
export { PILKADA_2024_DEADLINES } from './deadlines-pilkada-2024.js';
export { effectiveOn } from './effective.js';
export { ELECTIONS_2024, PEMILU_2024_CALENDAR, PILKADA_2024_CALENDAR } from './elections-2024.js';
export { GAKKUMDU_POLICY_2024 } from './gakkumdu-policy.js';
export type { CorrectedHolidays } from './holiday-corrections.js';
export { applyHolidayCorrections, compareHolidays } from './holiday-corrections.js';
export { HOLIDAYS_2023 } from './holidays-2023.js';
export { HOLIDAYS_2024 } from './holidays-2024.js';
export { HOLIDAYS_2025 } from './holidays-2025.js';
export { HOLIDAYS_2026 } from './holidays-2026.js';
export { MODERATE_SANCTIONS_2024 } from './moderate-sanctions-2024.js';
export { NON_ASN_ROUTES_2024 } from './non-asn-routes.js';
export { PROCEEDING_STEPS, PROCEEDINGS_2024 } from './proceedings-2024.js';
export type {
  AppealRoute,
  AuthorityRelation,
  AuthorityRow,
  Effective,
  ImposingOfficial,
  Instance,
  ModerateSanctionSwitch,
  PersonKind,
  PositionClass,
  ProceedingRule,
  ProceedingStep,
  RecommendationLevel,
  SanctionCode,
  SanctionType,
} from './proceedings-types.js';
export {
  AUTHORITY_RELATIONS,
  IMPOSING_OFFICIALS,
  INSTANCES,
  POSITION_CLASSES,
} from './proceedings-types.js';
export type { RegimeInfo } from './regimes.js';
export { REGIMES_2024 } from './regimes.js';
export { createRulebook, defaultRulebook, rulebookV1, tryCreateRulebook } from './rulebook.js';
export type {
  DeadlinePatch,
  DecisionStep,
  HolidayCorrectionOption,
  ProceedingPatch,
  RulebookOverrides,
} from './rulebook-options.js';
export { MAX_PERIOD_DAYS, MAX_PERIOD_HOURS, parseRulebookOptions } from './rulebook-options.js';
export type { RulebookOptionsError } from './rulebook-options-error.js';
export type { NotInForce } from './sanctions.js';
export {
  compareSeverity,
  heaviest,
  isLighterThan,
  isLighterThanRecommendation,
  isSanctionInForce,
  meetsLevel,
  moderateSetOn,
  RECOMMENDATION_LEVELS,
  recommendationLevelOf,
  sanctionsForRecommendation,
  sanctionsInForce,
  sanctionType,
  whyNotInForce,
} from './sanctions.js';
export { SANCTION_CODES, SANCTIONS_2024 } from './sanctions-2024.js';
export {
  SKB_2022,
  SKB_CODES,
  SKB_STAGE_COUNTERPARTS,
  skbItem,
  skbStageCounterpart,
} from './skb-2022.js';
export {
  rerouteKasnFile,
  SUPERVISOR_ROUTING_2024,
  supervisorEffective,
  supervisorFor,
} from './supervisor-routing.js';
export type {
  CandidateStage,
  CompetentAuthority,
  Confidence,
  CountingPolicy,
  DayType,
  DeadlineRule,
  DecisionAnchor,
  ElectionCalendar,
  GakkumduPolicy,
  Holiday,
  HolidayCorrection,
  IntakeStep,
  LegalBasis,
  NonAsnKind,
  NonAsnRoute,
  Regime,
  Rulebook,
  SanctionLevel,
  SkbCode,
  SkbItem,
  Supervisor,
  SupervisorRouting,
} from './types.js';
export { VOTING_DAYS_2024 } from './voting-days-2024.js';
