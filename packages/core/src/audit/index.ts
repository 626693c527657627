// Audit: chain verification (one stream, the whole store) and replay. Curated named exports.
export type { ReplayError, ReplayStep } from './replay.js';
export { replayStream } from './replay.js';
export type { VerifiedChain } from './verify-chain.js';
export { verifyStreamChain } from './verify-chain.js';
export type { StoreVerification, VerifyStoreOptions } from './verify-store.js';
export { verifyStore } from './verify-store.js';
