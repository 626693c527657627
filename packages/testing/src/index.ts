// @netra/testing: the test kit. Curated named exports.
export type { StoreHarness } from './conformance/index.js';
export { describeStoreConformance } from './conformance/index.js';
