import type { StoreError } from '@netra/core';
import { either as E } from 'fp-ts';
import { isProgrammerError, storeErrorOf } from './esdb-errors.js';

/** Runs a client call and answers what it throws as a typed store error (never rejects for it). */
export const answer = async <A>(
  where: string,
  run: () => Promise<E.Either<StoreError, A>>,
  streamId?: string,
): Promise<E.Either<StoreError, A>> => {
  try {
    return await run();
  } catch (error) {
    if (isProgrammerError(error)) throw error;
    return E.left(storeErrorOf(error, where, streamId));
  }
};
