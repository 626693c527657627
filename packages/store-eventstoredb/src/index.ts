// @netra/store-eventstoredb: the EventStoreDB / KurrentDB store. Curated, named exports only.
export { CHECKPOINT_SAVED, PROJECTION_COMMITTED } from './checkpoints.js';
export { esdbErrorType, storeErrorOf } from './esdb-errors.js';
export type { EsdbNetraMetadata } from './event-codec.js';
export { esdbEventId, NETRA_EVENT_NAMESPACE, uuidV5 } from './event-id.js';
export type { EventStoreDbEventStore } from './eventstoredb-event-store.js';
export { HEAD_PROPERTY, HEADS_LIMIT_CEILING } from './heads.js';
export { openEventStoreDbEventStore } from './open-store.js';
export type { EventStoreDbEventStoreOptions } from './options.js';
export { DEFAULT_CATEGORY, DEFAULT_POLL_INTERVAL_MS } from './options.js';
export type { EsdbPosition } from './positions.js';
export { readFromAfter, toGlobalPosition } from './positions.js';
export { READ_LIMIT_CEILING } from './reads.js';
export type { RestartOptions } from './restarting-projection.js';
export { runProjectionWithRestarts } from './restarting-projection.js';
export type { StreamNames } from './stream-names.js';
export { streamNames } from './stream-names.js';
