// Support for a store adapter's own tests: event builders, the tally projection, and the
// writer-child harness (bundling, running, checking the log it leaves). Curated named exports.
export type { LogSummary, StreamHeadRow } from './check-log.js';
export { checkLog, readEverything } from './check-log.js';
export type { ChildBuildOptions, ChildBundle, ChildBundleOptions } from './child-bundle.js';
export { bundleChildWith } from './child-bundle.js';
export { ackLine, goSignal, runChildMain, sayLine } from './child-io.js';
export type { StoreTestEvents } from './events.js';
export { storeTestEvents } from './events.js';
export type { Ack, ChildLine, RunAppenderOptions, RunningChild } from './run-child.js';
export { runAppender } from './run-child.js';
export type { TallyRow } from './tally-projection.js';
export { tallyProjection } from './tally-projection.js';
