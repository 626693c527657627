import type { StoreError } from '@netra/core';
import { storeReadOnly, storeUnavailable } from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';

/**
 * Where projection runners keep their place in the global log: the position of the last event
 * a named consumer has processed. Kept in the same file as the events, so a backup of the file
 * is a consistent pair of log and checkpoints.
 */
export interface CheckpointStore {
  /** The saved position, or 0 (start from the beginning) when `name` has none. */
  load(name: string): Promise<E.Either<StoreError, number>>;
  /**
   * Saves `position` for `name`, durably as an append is; any position, so a rebuild can reset
   * to 0. On a store opened read-only: `STORE_READ_ONLY`.
   */
  save(name: string, position: number): Promise<E.Either<StoreError, void>>;
}

const checkName = (name: unknown): void => {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) {
    throw new TypeError(
      `netra checkpoint name must be a string of 1–200 characters, not ${JSON.stringify(name)}`,
    );
  }
};

export const createCheckpointStore = (
  db: Database,
  retry: RetryContext,
  assertOpen: () => void,
  readonly: boolean,
): CheckpointStore => {
  const select = db
    .prepare<[string], unknown>('SELECT position FROM netra_checkpoints WHERE name = ?')
    .pluck();
  // Not prepared read-only: nothing may write, and the refusal below is the answer.
  const upsert = readonly
    ? undefined
    : db.prepare<[string, number, string]>(
        `INSERT INTO netra_checkpoints (name, position, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
      );
  return {
    async load(name) {
      assertOpen();
      checkName(name);
      return withBusyRetry(retry, () => {
        const position = select.get(name);
        if (position === undefined) return E.right(0);
        if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) {
          return E.left(
            storeUnavailable(
              `Checkpoint '${name}' in '${retry.file}' is corrupt: its position is ${String(position)}.`,
            ),
          );
        }
        return E.right(position);
      });
    },
    async save(name, position) {
      assertOpen();
      checkName(name);
      if (!Number.isSafeInteger(position) || position < 0) {
        throw new RangeError(
          `netra checkpoint position must be a whole number ≥ 0, not ${position}`,
        );
      }
      if (upsert === undefined) return E.left(storeReadOnly(`The netra store '${retry.file}'`));
      return withBusyRetry(retry, () => {
        upsert.run(name, position, new Date().toISOString());
        return E.right(undefined);
      });
    },
  };
};
