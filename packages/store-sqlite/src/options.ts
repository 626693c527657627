import type { Projection } from '@netra/core';
import { inlineProjectionsProblem } from '@netra/core';
import type { Database } from 'better-sqlite3';

/**
 * SQLite's `synchronous` setting, which decides what an acknowledged append survives (the
 * store always runs in WAL mode when it owns the file):
 * - `'FULL'` (default): the WAL is fsynced at every commit; an acknowledged append survives a
 *   process crash, an OS crash and a power loss (as far as the disk honours fsync).
 * - `'NORMAL'`: fsync only at checkpoints; an acknowledged append survives a process crash,
 *   but the last transactions may be lost (never half-applied) on an OS crash or power loss.
 * - `'OFF'`: no fsync at all; survives a process crash only, and an OS crash or power loss can
 *   corrupt the file. For throw-away data (tests, benchmarks, rebuildable caches) only.
 */
export type SqliteSynchronous = 'FULL' | 'NORMAL' | 'OFF';

interface CommonOptions {
  /** Default `'FULL'` on a file the store opens; on an application's handle, unchanged unless given. */
  readonly synchronous?: SqliteSynchronous;
  /**
   * How long an append (or the opening migration) waits for another writer's lock before it
   * answers `STORE_LOCKED` (default 5000 ms).
   */
  readonly busyTimeoutMs?: number;
  /**
   * How often `waitForEvents` looks for events written by other connections or processes
   * (default 100 ms). Appends through this store wake waiters at once.
   */
  readonly pollIntervalMs?: number;
  /**
   * Open for reading only, as an auditor does (default false). The file (or handle) must
   * already hold a netra store at this package's schema version: nothing is created, migrated
   * or set (`synchronous` is not applied), and the file is opened by SQLite read-only, so its
   * bytes stay as they are. Reads, heads, `waitForEvents` and `checkpoints.load` work; `append`
   * and `checkpoints.save` answer `STORE_READ_ONLY`. Required for a file this process cannot
   * write and for a handle opened read-only.
   */
  readonly readonly?: boolean;
  /**
   * Projections applied inside every append's transaction (inline mode): their read models,
   * stored in this file beside their checkpoints, never lag the log, and a projection that
   * cannot apply an appended event rolls the append back (`PROJECTION_STOPPED`). Read them with
   * `store.readModel(name)`. Not with `readonly`: a read-only store writes nothing; run
   * `runProjection` with an in-memory checkpoint store instead.
   */
  readonly inlineProjections?: readonly Projection[];
}

/**
 * Either a `file` (a path, created if absent, or `':memory:'`), which the store opens, owns and
 * closes; or an application's own better-sqlite3 `database` handle, into which the store adds its
 * `netra_*` tables and which it never closes.
 */
export type SqliteEventStoreOptions = CommonOptions &
  (
    | { readonly file: string; readonly database?: undefined }
    | { readonly database: Database; readonly file?: undefined }
  );

export interface ResolvedOptions {
  readonly readonly: boolean;
  readonly inlineProjections: readonly Projection[];
  readonly synchronous: SqliteSynchronous | undefined;
  readonly busyTimeoutMs: number;
  readonly pollIntervalMs: number;
}

export const DEFAULT_SYNCHRONOUS: SqliteSynchronous = 'FULL';
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;
export const DEFAULT_POLL_INTERVAL_MS = 100;

const SYNCHRONOUS_VALUES: readonly string[] = ['FULL', 'NORMAL', 'OFF'];

const isDuration = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Checks the options a user can get wrong (from a config file or a CLI flag); names the first problem. */
export const resolveOptions = (options: SqliteEventStoreOptions): ResolvedOptions | string => {
  const {
    readonly = false,
    synchronous,
    busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS,
    pollIntervalMs = DEFAULT_POLL_INTERVAL_MS,
    inlineProjections = [],
  } = options;
  if (
    options.database === undefined &&
    (typeof options.file !== 'string' || options.file.trim() === '')
  ) {
    return "give either `file` (a path or ':memory:') or `database` (a better-sqlite3 handle)";
  }
  if (options.database !== undefined && options.file !== undefined) {
    return 'give either `file` or `database`, not both';
  }
  if (typeof readonly !== 'boolean')
    return `readonly must be true or false, not ${JSON.stringify(readonly)}`;
  if (readonly && options.file?.trim() === ':memory:') {
    return "readonly cannot open ':memory:': a new in-memory database is empty, there is no store to read";
  }
  if (synchronous !== undefined && !SYNCHRONOUS_VALUES.includes(synchronous)) {
    return `synchronous must be one of ${SYNCHRONOUS_VALUES.join(', ')}, not ${JSON.stringify(synchronous)}`;
  }
  if (!isDuration(busyTimeoutMs))
    return `busyTimeoutMs must be a whole number of milliseconds ≥ 0, not ${busyTimeoutMs}`;
  if (!isDuration(pollIntervalMs) || pollIntervalMs === 0) {
    return `pollIntervalMs must be a whole number of milliseconds > 0, not ${pollIntervalMs}`;
  }
  const projectionProblem = inlineProjectionsProblem(inlineProjections);
  if (projectionProblem !== undefined) return projectionProblem;
  if (readonly && inlineProjections.length > 0) {
    return 'inlineProjections run in the append transaction, and a read-only store appends nothing: run runProjection with an in-memory checkpoint store to read a model of a read-only file';
  }
  return {
    readonly,
    inlineProjections,
    synchronous: synchronous ?? (options.database === undefined ? DEFAULT_SYNCHRONOUS : undefined),
    busyTimeoutMs,
    pollIntervalMs,
  };
};
