// The public surface of @netra/core. Each folder keeps its own curated list of named exports
// in its index.ts (nothing leaks by accident); this file only composes those lists.
export * from './audit/index.js';
export * from './case/index.js';
export * from './handler/index.js';
export * from './projections/index.js';
export * from './rules/index.js';
export * from './store/index.js';
export * from './time/index.js';
