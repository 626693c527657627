import type { StoreError } from '@netra/core';
import { storeUnavailable } from '@netra/core';

/**
 * Why a schema cannot be used as it is. It travels as the `cause` of a `STORE_UNAVAILABLE`
 * (the port's errors are closed); {@link schemaProblemOf} reads it back.
 * - `SCHEMA_TOO_NEW`: the database records a migration this code does not know: a newer
 *   release migrated it. It is refused, never downgraded or written by older code.
 * - `SCHEMA_MISSING`: no netra tables (or no schema) and `migrate: 'never'`.
 * - `SCHEMA_OUTDATED`: an older version and `migrate: 'never'`: run `migratePostgres`.
 */
export interface PostgresSchemaProblem {
  readonly kind: 'SCHEMA_TOO_NEW' | 'SCHEMA_MISSING' | 'SCHEMA_OUTDATED';
  readonly schema: string;
  /** The version the database records (0: none). */
  readonly found: number;
  /** The version this code writes. */
  readonly known: number;
}

const SENTENCES: Record<PostgresSchemaProblem['kind'], string> = {
  SCHEMA_TOO_NEW:
    'it was migrated by a newer release of @netra/store-postgres; this one will not read or write it (upgrade the application)',
  SCHEMA_MISSING:
    "it holds no netra store, and migrate is 'never' (run migratePostgres, or open with migrate: 'on-open')",
  SCHEMA_OUTDATED:
    "it is at an older schema version, and migrate is 'never' (run migratePostgres first)",
};

export const schemaProblem = (problem: PostgresSchemaProblem): StoreError =>
  storeUnavailable(
    `PostgreSQL schema "${problem.schema}" is at netra schema version ${problem.found}, this code writes version ${problem.known}: ${SENTENCES[problem.kind]}.`,
    problem,
  );

const KINDS = new Set(Object.keys(SENTENCES));

/** The schema problem behind an open or migrate refusal, if that is what it was. */
export const schemaProblemOf = (error: StoreError): PostgresSchemaProblem | undefined => {
  if (error.code !== 'STORE_UNAVAILABLE') return undefined;
  const cause = error.cause as Partial<PostgresSchemaProblem> | null | undefined;
  return typeof cause === 'object' && cause !== null && KINDS.has(String(cause.kind))
    ? (cause as PostgresSchemaProblem)
    : undefined;
};
