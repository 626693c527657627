export type { CheckpointHarness } from './checkpoint.suite.js';
export { describeCheckpointConformance } from './checkpoint.suite.js';
export { freshStreamId, newEvent, newEvents } from './fixtures.js';
export type { StoreHarness } from './harness.js';
export { describeStoreConformance } from './store-conformance.js';
