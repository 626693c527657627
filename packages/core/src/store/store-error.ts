import type { ProjectionFault } from '../projections/projection.js';
import type { ChainBreak } from './chain.js';
import type { ExpectedVersion } from './expected-version.js';
import { describeExpectedVersion } from './expected-version.js';

/**
 * Everything a store can answer instead of a result. Values, not exceptions: a version
 * conflict is an ordinary outcome of optimistic concurrency, and callers must handle it.
 */
export type StoreError =
  | {
      readonly code: 'WRONG_EXPECTED_VERSION';
      readonly message: string;
      readonly streamId: string;
      readonly expected: ExpectedVersion;
      /** The stream's version when the append was refused (0 = no stream). */
      readonly actual: number;
    }
  | {
      readonly code: 'INVALID_APPEND';
      readonly message: string;
      readonly streamId: string;
      /** Which event of the batch, and which field, was wrong. */
      readonly path: string;
    }
  | {
      readonly code: 'CORRUPT_EVENT';
      readonly message: string;
      readonly streamId: string;
      readonly streamVersion: number;
      /** The row's place in the global log, when it could be read: an auditor resumes after it. */
      readonly globalPosition?: number;
    }
  | ChainBreak
  /**
   * A projection run inline in the append's transaction could not apply the appended events:
   * the append was rolled back, nothing was written (see `inlineProjections` of a store).
   */
  | ProjectionFault
  | {
      readonly code: 'INVALID_READ';
      readonly message: string;
      /** The read option that was wrong: `from`, `to`, `after`, `limit`, `streamId`. */
      readonly option: string;
    }
  | {
      readonly code: 'STORE_READ_ONLY';
      readonly message: string;
    }
  | {
      readonly code: 'STORE_LOCKED';
      readonly message: string;
    }
  | {
      readonly code: 'STORE_UNAVAILABLE';
      readonly message: string;
      readonly cause?: unknown;
    };

export type StoreErrorCode = StoreError['code'];

export const wrongExpectedVersion = (
  streamId: string,
  expected: ExpectedVersion,
  actual: number,
): StoreError => ({
  code: 'WRONG_EXPECTED_VERSION',
  message: `Stream '${streamId}' is at version ${actual}, but the append expected ${describeExpectedVersion(
    expected,
  )}: someone else changed it first.`,
  streamId,
  expected,
  actual,
});

export const invalidAppend = (streamId: string, path: string, problem: string): StoreError => ({
  code: 'INVALID_APPEND',
  message: `Refused append to '${streamId}': ${path} ${problem}. Nothing was written.`,
  streamId,
  path,
});

export const corruptEvent = (
  streamId: string,
  streamVersion: number,
  problem: string,
  globalPosition?: number,
): StoreError => ({
  code: 'CORRUPT_EVENT',
  message: `Event ${streamVersion} of stream '${streamId}' is corrupt: ${problem}.`,
  streamId,
  streamVersion,
  ...(globalPosition === undefined ? {} : { globalPosition }),
});

export const invalidRead = (option: string, problem: string): StoreError => ({
  code: 'INVALID_READ',
  message: `Refused read: ${option} ${problem}.`,
  option,
});

export const storeReadOnly = (where: string): StoreError => ({
  code: 'STORE_READ_ONLY',
  message: `${where} is open read-only (for audit): nothing can be appended to it.`,
});

export const storeUnavailable = (message: string, cause?: unknown): StoreError => ({
  code: 'STORE_UNAVAILABLE',
  message,
  cause,
});

export const storeLocked = (message: string): StoreError => ({ code: 'STORE_LOCKED', message });
