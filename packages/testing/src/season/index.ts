// A generated national season (Pilkada 2020's shape) for read-model tests and benchmarks.
// Curated named exports.
export type { LoadedSeason, LoadProgress, LoadSeasonOptions } from './load-season.js';
export { loadSeason } from './load-season.js';
export type { NationalSeason, NationalSeasonOptions, SeasonAppend } from './national-season.js';
export { EVENTS_PER_SCALE, nationalSeason, scaleForEvents } from './national-season.js';
export type { AsnFate, CasePath, NonAsnFate } from './plan.js';
export { PILKADA_2020_SHAPE } from './plan.js';
export type { FunnelFacts, SeasonFacts, SeasonTally } from './season-facts.js';
