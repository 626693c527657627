import { either as E } from 'fp-ts';
import type { ListStreamHeadsOptions, ReadAllOptions, ReadStreamOptions } from './event-store.js';
import type { StoreError } from './store-error.js';
import { invalidRead } from './store-error.js';

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

const bound = (
  option: string,
  value: unknown,
  fallback: number,
  min: number,
): E.Either<StoreError, number> => {
  if (value === undefined) return E.right(fallback);
  if (!isWhole(value) || value < min) {
    return E.left(
      invalidRead(
        option,
        `must be a whole number ≥ ${min}, not ${typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? typeof value)}`,
      ),
    );
  }
  return E.right(value);
};

export interface StreamRange {
  readonly from: number;
  readonly to: number;
}

/**
 * Checks `readStream` bounds the same way in every store, so that no store rounds 1.5 or reads
 * NaN as "everything": the answer to a malformed read is a typed refusal.
 */
export const checkStreamRange = (
  options: ReadStreamOptions | undefined,
): E.Either<StoreError, StreamRange> => {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    return E.left(invalidRead('options', 'must be an object'));
  }
  const from = bound('from', options?.from, 1, 0);
  if (E.isLeft(from)) return from;
  const to = bound('to', options?.to, Number.MAX_SAFE_INTEGER, 0);
  if (E.isLeft(to)) return to;
  return E.right({ from: Math.max(1, from.right), to: to.right });
};

export interface LogPage {
  readonly after: number;
  readonly limit: number;
}

/** Checks `readAll` bounds; `limit` is capped at the store's `ceiling`, never refused for size. */
export const checkLogPage = (
  options: ReadAllOptions | undefined,
  defaultLimit: number,
  ceiling: number,
): E.Either<StoreError, LogPage> => {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    return E.left(invalidRead('options', 'must be an object'));
  }
  const after = bound('after', options?.after, 0, 0);
  if (E.isLeft(after)) return after;
  const limit = bound('limit', options?.limit, defaultLimit, 1);
  if (E.isLeft(limit)) return limit;
  return E.right({ after: after.right, limit: Math.min(ceiling, limit.right) });
};

export interface HeadsPage {
  readonly after: string | null;
  readonly limit: number;
}

/** Checks `listStreamHeads` options. */
export const checkHeadsPage = (
  options: ListStreamHeadsOptions | undefined,
  defaultLimit: number,
  ceiling: number,
): E.Either<StoreError, HeadsPage> => {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    return E.left(invalidRead('options', 'must be an object'));
  }
  if (options?.after !== undefined && typeof options.after !== 'string') {
    return E.left(invalidRead('after', 'must be a stream id'));
  }
  const limit = bound('limit', options?.limit, defaultLimit, 1);
  if (E.isLeft(limit)) return limit;
  return E.right({ after: options?.after ?? null, limit: Math.min(ceiling, limit.right) });
};
