import type { StoreError } from '@netra/core';
import { either as E } from 'fp-ts';
import type { Pool } from 'pg';
import { answer } from '../answer.js';
import type { Sql } from '../connection.js';
import { inTransaction, withClient } from '../connection.js';
import { migrationLockKey } from '../lock-keys.js';
import { DEFAULT_SCHEMA, quoteIdentifier, schemaNameProblem } from '../schema-name.js';
import type { Tables } from '../tables.js';
import { tablesIn } from '../tables.js';
import { MIGRATIONS, POSTGRES_SCHEMA_VERSION } from './migrations.js';
import { schemaProblem } from './schema-problem.js';

/** What a migration did: the version found and the version the schema is at now. */
export interface MigrationOutcome {
  readonly schema: string;
  readonly from: number;
  readonly to: number;
}

/**
 * The version the schema records (0: no netra tables). The table is looked up by querying the
 * catalog, not with `to_regclass`: a name lookup can answer from the session's catalog cache,
 * which is refreshed when a relation is locked but not when an advisory lock is granted, so
 * right after waiting for another migrator it could still say "no such table".
 */
export const recordedVersion = async (sql: Sql, tables: Tables): Promise<number> => {
  const [found] = await sql<{ present: boolean }>(
    `SELECT EXISTS (
       SELECT 1 FROM pg_catalog.pg_class c
       JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = $1 AND c.relname = 'netra_migrations'
     ) AS present`,
    [tables.schema],
  );
  if (found?.present !== true) return 0;
  const [row] = await sql<{ version: number | null }>(
    `SELECT max(version) AS version FROM ${tables.migrations}`,
  );
  return row?.version ?? 0;
};

const tooNew = (schema: string, found: number): E.Either<StoreError, never> =>
  E.left(schemaProblem({ kind: 'SCHEMA_TOO_NEW', schema, found, known: POSTGRES_SCHEMA_VERSION }));

/**
 * Brings a schema to the current version in one transaction, under a transaction-scoped
 * advisory lock on the schema: several processes starting at once queue on the lock, and each
 * reads the recorded version only once it holds it, so every migration runs exactly once and
 * no opener sees a half-created schema (DDL is transactional in PostgreSQL). A schema already
 * current takes no lock and runs no DDL. A schema recording a newer version is refused.
 */
export const migrateSchema = async (
  pool: Pool,
  tables: Tables,
): Promise<E.Either<StoreError, MigrationOutcome>> => {
  const schema = tables.schema;
  const current = await withClient(pool, (sql) => recordedVersion(sql, tables));
  if (current === POSTGRES_SCHEMA_VERSION) {
    return E.right({ schema, from: current, to: current });
  }
  if (current > POSTGRES_SCHEMA_VERSION) return tooNew(schema, current);
  return inTransaction(
    pool,
    async (sql): Promise<E.Either<StoreError, MigrationOutcome>> => {
      await sql('SELECT pg_advisory_xact_lock($1::int8)', [migrationLockKey(schema)]);
      const from = await recordedVersion(sql, tables);
      if (from > POSTGRES_SCHEMA_VERSION) return tooNew(schema, from);
      if (from === 0) {
        // Only created when absent: CREATE SCHEMA needs a privilege an existing schema does not.
        const [found] = await sql('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
        if (found === undefined) await sql(`CREATE SCHEMA ${quoteIdentifier(schema)}`);
        await sql(`CREATE TABLE IF NOT EXISTS ${tables.migrations} (
          version    INTEGER PRIMARY KEY,
          name       TEXT NOT NULL,
          applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
        )`);
      }
      for (const migration of MIGRATIONS.filter((m) => m.version > from)) {
        await sql(migration.sql(tables));
        await sql(`INSERT INTO ${tables.migrations} (version, name) VALUES ($1, $2)`, [
          migration.version,
          migration.name,
        ]);
      }
      return E.right({ schema, from, to: POSTGRES_SCHEMA_VERSION });
    },
    E.isRight,
  );
};

/**
 * Creates or migrates the netra tables in `schema` (default `netra`) with the application's
 * pool: for deployments that migrate in a release step and open stores with
 * `migrate: 'never'`. Safe to run from several processes at once. Answers `STORE_UNAVAILABLE`
 * when the server cannot be reached or refuses (a missing privilege), and a schema problem
 * (see `schemaProblemOf`) when a newer release already migrated it.
 */
export const migratePostgres = async (
  pool: Pool,
  options: { readonly schema?: string } = {},
): Promise<E.Either<StoreError, MigrationOutcome>> => {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const problem = schemaNameProblem(schema);
  if (problem !== undefined) throw new TypeError(`netra migratePostgres: ${problem}`);
  return answer(`(schema "${schema}")`, () => migrateSchema(pool, tablesIn(schema)));
};

/** For `migrate: 'never'`: the schema must already be exactly at this code's version. */
export const checkSchema = async (
  pool: Pool,
  tables: Tables,
): Promise<E.Either<StoreError, MigrationOutcome>> => {
  const found = await withClient(pool, (sql) => recordedVersion(sql, tables));
  const base = { schema: tables.schema, found, known: POSTGRES_SCHEMA_VERSION };
  if (found === POSTGRES_SCHEMA_VERSION)
    return E.right({ schema: tables.schema, from: found, to: found });
  if (found > POSTGRES_SCHEMA_VERSION)
    return E.left(schemaProblem({ kind: 'SCHEMA_TOO_NEW', ...base }));
  return E.left(
    schemaProblem({ kind: found === 0 ? 'SCHEMA_MISSING' : 'SCHEMA_OUTDATED', ...base }),
  );
};
