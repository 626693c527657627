import type { StoreError } from '@netra/core';
import { either as E } from 'fp-ts';
import { answer } from './answer.js';
import type { PostgresEventStoreOptions } from './options.js';
import { resolveOptions } from './options.js';
import type { PostgresEventStore } from './postgres-event-store.js';
import { createPostgresEventStore } from './postgres-event-store.js';
import { checkSchema, migrateSchema } from './schema/migrate.js';
import { tablesIn } from './tables.js';

/**
 * Opens a netra store in a PostgreSQL schema through the application's pool: creates or
 * migrates the schema (`migrate: 'on-open'`, the default) or checks it is current
 * (`'never'`). Answers `STORE_UNAVAILABLE` when the server cannot be reached or refuses, and a
 * schema problem (`schemaProblemOf`) for a schema another release migrated or one not yet
 * migrated; throws a TypeError only for options that are wrong in themselves.
 */
export const openPostgresEventStore = async (
  options: PostgresEventStoreOptions,
): Promise<E.Either<StoreError, PostgresEventStore>> => {
  const resolved = resolveOptions(options);
  const tables = tablesIn(resolved.schema);
  const ready = await answer(`(schema "${resolved.schema}")`, () =>
    resolved.migrate === 'on-open'
      ? migrateSchema(resolved.pool, tables)
      : checkSchema(resolved.pool, tables),
  );
  if (E.isLeft(ready)) return ready;
  return E.right(createPostgresEventStore(resolved));
};
