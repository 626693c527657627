// @netra/store-postgres: the PostgreSQL store. Curated, named exports only.
export { openPostgresEventStore } from './open-store.js';
export type { PostgresEventStoreOptions } from './options.js';
export { DEFAULT_POLL_INTERVAL_MS } from './options.js';
export type { PostgresEventStore } from './postgres-event-store.js';
export { READ_LIMIT_CEILING } from './reads.js';
export type { MigrationOutcome } from './schema/migrate.js';
export { migratePostgres } from './schema/migrate.js';
export { POSTGRES_SCHEMA_VERSION } from './schema/migrations.js';
export type { PostgresSchemaProblem } from './schema/schema-problem.js';
export { schemaProblemOf } from './schema/schema-problem.js';
export { DEFAULT_SCHEMA } from './schema-name.js';
