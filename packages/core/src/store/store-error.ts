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
): StoreError => ({
  code: 'CORRUPT_EVENT',
  message: `Event ${streamVersion} of stream '${streamId}' is corrupt: ${problem}.`,
  streamId,
  streamVersion,
});

export const storeUnavailable = (message: string, cause?: unknown): StoreError => ({
  code: 'STORE_UNAVAILABLE',
  message,
  cause,
});

export const storeLocked = (message: string): StoreError => ({ code: 'STORE_LOCKED', message });
