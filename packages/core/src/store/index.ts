// The event envelope, the hash chain, the store port and the in-memory store. Curated named exports.
export { canonicalJson } from './canonical-json.js';
export type { ChainBreak, ChainBreakReason, ChainCursor, StreamHead } from './chain.js';
export {
  chainBreak,
  checkHead,
  checkHeadWithin,
  startChain,
  stepChain,
  verifyChain,
} from './chain.js';
export type { EventMetadata, NewEvent, RecordedEvent } from './envelope.js';
export type {
  AppendOptions,
  AppendResult,
  EventStore,
  ListStreamHeadsOptions,
  ReadAllOptions,
  ReadStreamOptions,
  StreamWithHead,
} from './event-store.js';
export type { ExpectedVersion } from './expected-version.js';
export { satisfiesExpectedVersion } from './expected-version.js';
export type { FollowOptions } from './follow.js';
export { FollowError, followAll } from './follow.js';
export type { HashedFields, HashedScalars, StoredJson } from './hash-chain.js';
export { GENESIS_HASH, hashCanonicalParts, hashEvent, noteStoredJson } from './hash-chain.js';
export type { InMemoryEventStoreOptions } from './in-memory/in-memory-store.js';
export { createInMemoryEventStore } from './in-memory/in-memory-store.js';
export type { JsonValue, NotJson } from './json-value.js';
export { MAX_JSON_DEPTH } from './json-value.js';
export { eventMetadataSchema, newEventSchema, streamIdSchema } from './new-event-schema.js';
export type { ParkedWaiters, ParkOptions } from './parked-waiters.js';
export { createParkedWaiters } from './parked-waiters.js';
export type { PreparedEvent, ValidatedEvent } from './prepare-append.js';
export { chainEvents, recordedAt, validateAppend } from './prepare-append.js';
export type { HeadsPage, LogPage, StreamRange } from './read-options.js';
export { checkHeadsPage, checkLogPage, checkStreamRange } from './read-options.js';
export type { StoreError, StoreErrorCode } from './store-error.js';
export {
  corruptEvent,
  invalidAppend,
  invalidRead,
  storeLocked,
  storeReadOnly,
  storeUnavailable,
  wrongExpectedVersion,
} from './store-error.js';
export type { StoredEventFields } from './stored-event.js';
export { decodeEventParts, decodeEventValues, decodeStoredEvent } from './stored-event.js';
