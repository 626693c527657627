/**
 * The checkpoint port: where a projection keeps its place in the global log and, for a
 * projection whose read model is stored, its rows — written together, in one transaction, so
 * that after a crash the rows and the position always agree and no event is applied twice or
 * lost (exactly once in effect). The SQLite store implements it in its own file (a backup of
 * the file is a consistent pair of log and read models); {@link createInMemoryCheckpointStore}
 * is the one for tests. The conformance suite in @netra/testing fixes the semantics.
 */
import type { either as E } from 'fp-ts';
import type { JsonValue } from '../store/json-value.js';
import type { StoreError } from '../store/store-error.js';

/** A stored read model as it was last committed. */
export interface StoredProjection {
  /** The projection's version that wrote it; another version means: rebuild. */
  readonly version: number;
  readonly position: number;
  readonly rows: readonly (readonly [streamId: string, row: JsonValue])[];
}

/** One commit: the rows that changed (null: dropped) and the position they reach. */
export interface ProjectionCommit {
  readonly version: number;
  readonly position: number;
  /** True: every stored row of the projection is deleted first (a rebuild from zero). */
  readonly reset: boolean;
  readonly rows: readonly (readonly [streamId: string, row: JsonValue | null])[];
}

export interface CheckpointStore {
  /** The saved position, or 0 (start from the beginning) when `name` has none. */
  load(name: string): Promise<E.Either<StoreError, number>>;
  /** Saves `position` for `name`, durably as an append is; any position, so a rebuild can reset to 0. */
  save(name: string, position: number): Promise<E.Either<StoreError, void>>;
  /** The stored read model of `name`, or null when none was committed. */
  loadProjection(name: string): Promise<E.Either<StoreError, StoredProjection | null>>;
  /** Writes the rows and the position in one transaction: all of it or nothing. */
  commitProjection(name: string, commit: ProjectionCommit): Promise<E.Either<StoreError, void>>;
}

/** Checks a checkpoint name: 1–200 characters. A wrong name is a programmer error. */
export const checkCheckpointName = (name: unknown): void => {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) {
    throw new TypeError(
      `netra checkpoint name must be a string of 1–200 characters, not ${JSON.stringify(name)}`,
    );
  }
};

/** Checks a position: a whole number ≥ 0. A wrong position is a programmer error. */
export const checkCheckpointPosition = (position: unknown): void => {
  if (typeof position !== 'number' || !Number.isSafeInteger(position) || position < 0) {
    throw new RangeError(`netra checkpoint position must be a whole number ≥ 0, not ${position}`);
  }
};
