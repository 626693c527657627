export type { StoreHarness } from './harness.js';
export { describeStoreConformance } from './store-conformance.js';
