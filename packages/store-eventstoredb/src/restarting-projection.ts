import type {
  JsonValue,
  ProjectionRun,
  ProjectionRunError,
  RunProjectionOptions,
} from '@netra/core';
import { runProjection } from '@netra/core';
import type { either as E } from 'fp-ts';

export interface RestartOptions {
  /** Wait this long before restarting after a store failure (default 1000 ms). */
  readonly restartDelayMs?: number;
  /** Give up after this many restarts in all (default: never): the last failure is answered. */
  readonly maxRestarts?: number;
  /** Told of every failure that leads to a restart. */
  readonly onRestart?: (error: ProjectionRunError, restarts: number) => void;
}

const pause = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Core's `runProjection`, unchanged, restarted after the store fails (`STORE_UNAVAILABLE`: a
 * dropped connection, a leader change, a deadline) until `signal` aborts: each run starts again
 * from the committed checkpoint, so no event is lost or applied twice. Any other answer (a
 * projection fault, a broken chain, the end of a catch-up run) is returned as it is. Do not
 * pass `model` (each run reloads the stored one) or `rebuild` (a restart would rebuild again).
 */
export const runProjectionWithRestarts = async <Row extends JsonValue>(
  options: Omit<RunProjectionOptions<Row>, 'model' | 'rebuild'>,
  restart: RestartOptions = {},
): Promise<E.Either<ProjectionRunError, ProjectionRun<Row>>> => {
  let restarts = 0;
  for (;;) {
    const run = await runProjection(options);
    if (run._tag === 'Right' || run.left.code !== 'STORE_UNAVAILABLE') return run;
    if (options.signal?.aborted) return run;
    if (restart.maxRestarts !== undefined && restarts >= restart.maxRestarts) return run;
    restarts++;
    restart.onRestart?.(run.left, restarts);
    await pause(restart.restartDelayMs ?? 1000, options.signal);
  }
};
