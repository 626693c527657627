import type { Projection } from '@netra/core';
import { inlineProjectionsProblem } from '@netra/core';
import type { Pool } from 'pg';
import { DEFAULT_SCHEMA, schemaNameProblem } from './schema-name.js';

/**
 * How to open a store. The pools are the application's: the store borrows connections from them
 * and never ends them (`close()` stops only what the store started itself).
 */
export interface PostgresEventStoreOptions {
  /**
   * The primary. Appends, stream heads (`readStreamHead`, `listStreamHeads`), `readStream`,
   * checkpoints, migrations and LISTEN always use it.
   */
  readonly pool: Pool;
  /**
   * Optional second pool for what followers read: `readAll`, `readHeadPosition` and the polling
   * of `waitForEvents` (e.g. a streaming replica). Default: `pool`. A replica lags the primary;
   * see the README ("Readers on a replica").
   */
  readonly readPool?: Pool;
  /** The schema holding the store's tables (default `netra`); see schema-name.ts for the rules. */
  readonly schema?: string;
  /**
   * `'on-open'` (default): create or migrate the schema while opening (safe from several
   * processes at once). `'never'`: the schema must already be at this code's version
   * (`migratePostgres` run in a release step); anything else is refused.
   */
  readonly migrate?: 'on-open' | 'never';
  /**
   * How often `waitForEvents` polls for new events while anyone waits (default 250 ms): the
   * fallback behind LISTEN/NOTIFY, and how a lagging `readPool` is caught up with.
   */
  readonly pollIntervalMs?: number;
  /**
   * LISTEN for appends (default true). It holds one connection of `pool` from the first
   * `waitForEvents` until `close()`, so a pool of `max: 1` never listens (it would starve every
   * other call). False: polling only (e.g. behind a transaction-pooling proxy, where LISTEN
   * does not work).
   */
  readonly listen?: boolean;
  /**
   * Projections applied inside every append's transaction: their read models, stored beside
   * their checkpoints, never lag the log, and a projection that cannot apply an appended event
   * rolls the append back (`PROJECTION_STOPPED`). Read them with `store.readModel(name)`.
   */
  readonly inlineProjections?: readonly Projection[];
}

export interface ResolvedOptions {
  readonly pool: Pool;
  readonly readPool: Pool;
  readonly schema: string;
  readonly migrate: 'on-open' | 'never';
  readonly pollIntervalMs: number;
  readonly listen: boolean;
  readonly inlineProjections: readonly Projection[];
}

export const DEFAULT_POLL_INTERVAL_MS = 250;

const isPool = (value: unknown): value is Pool =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Pool).connect === 'function' &&
  typeof (value as Pool).query === 'function';

/**
 * Checks the options; a wrong one is a programmer (or configuration) error, thrown as a
 * TypeError naming it, before any connection is made. What the server answers is a value.
 */
export const resolveOptions = (options: PostgresEventStoreOptions): ResolvedOptions => {
  const fail = (problem: string): never => {
    throw new TypeError(`netra openPostgresEventStore: ${problem}`);
  };
  if (typeof options !== 'object' || options === null) return fail('options must be an object');
  const {
    pool,
    readPool = pool,
    schema = DEFAULT_SCHEMA,
    migrate = 'on-open',
    pollIntervalMs = DEFAULT_POLL_INTERVAL_MS,
    listen = true,
    inlineProjections = [],
  } = options;
  if (!isPool(pool)) fail('pool must be a pg Pool');
  if (!isPool(readPool)) fail('readPool must be a pg Pool');
  const problem = schemaNameProblem(schema);
  if (problem !== undefined) fail(problem);
  if (migrate !== 'on-open' && migrate !== 'never') {
    fail(`migrate must be 'on-open' or 'never', not ${JSON.stringify(migrate)}`);
  }
  if (!Number.isSafeInteger(pollIntervalMs) || pollIntervalMs < 1) {
    fail(`pollIntervalMs must be a whole number of milliseconds > 0, not ${pollIntervalMs}`);
  }
  if (typeof listen !== 'boolean') fail('listen must be true or false');
  // LISTEN keeps one connection for good: on a pool of one it would starve every other call.
  const poolSize = (pool as { readonly options?: { readonly max?: unknown } }).options?.max;
  const canListen = listen && !(typeof poolSize === 'number' && poolSize < 2);
  const projectionProblem = inlineProjectionsProblem(inlineProjections);
  if (projectionProblem !== undefined) fail(projectionProblem);
  return {
    pool,
    readPool,
    schema,
    migrate,
    pollIntervalMs,
    listen: canListen,
    inlineProjections,
  };
};
