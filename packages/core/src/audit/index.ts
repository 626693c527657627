// Audit: chain verification (one stream, one case, the whole store), replay (any stream, a case
// with its running duties), a case as of a date by legal or recorded time, and NDJSON export and
// import of case histories that verify on import. Curated named exports.
export type { AsOfClock, CaseAsOf, CaseAsOfOptions, ExcludedEvent } from './as-of.js';
export { caseAsOf, storeCaseAsOf } from './as-of.js';
export type { ExportCasesOptions, ExportedStream } from './export-ndjson.js';
export { CaseExportError, exportCases } from './export-ndjson.js';
export type { ImportError, ImportErrorCode, ImportPlace } from './import-error.js';
export type { ImportCasesOptions, ImportResult } from './import-ndjson.js';
export { importCases } from './import-ndjson.js';
export type { ReplayError, ReplayStep } from './replay.js';
export { replayStream } from './replay.js';
export type { CaseReplayStep, ReplayCaseOptions } from './replay-case.js';
export { replayCase } from './replay-case.js';
export { verifyCase } from './verify-case.js';
export type { VerifiedChain } from './verify-chain.js';
export { verifyStreamChain } from './verify-chain.js';
export type { StoreVerification, VerifyStoreOptions } from './verify-store.js';
export { verifyStore } from './verify-store.js';
