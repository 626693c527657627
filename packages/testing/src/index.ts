// @netra/testing: the test kit. Curated named exports.
export type { StoreHarness } from './conformance/index.js';
export { describeStoreConformance } from './conformance/index.js';
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
