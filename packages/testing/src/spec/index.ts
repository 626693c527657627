export type {
  DeciderSpec,
  DeciderSpecOptions,
  DeepPartial,
  GivenStep,
  StateCheck,
  ThenResult,
  WhenStep,
} from './decider-spec.js';
export { deciderSpec } from './decider-spec.js';
