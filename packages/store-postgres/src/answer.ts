import type { StoreError } from '@netra/core';
import { either as E } from 'fp-ts';
import { DriverFault, storeErrorOf } from './driver-fault.js';

/**
 * Runs one store operation and turns a driver fault into the port's `Left`: the store never
 * rejects for what the network or the server did. Anything else thrown is a bug and is let
 * through, as the port says ("it rejects only on programmer error").
 */
export const answer = async <A>(
  where: string,
  run: () => Promise<E.Either<StoreError, A>>,
): Promise<E.Either<StoreError, A>> => {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DriverFault) return E.left(storeErrorOf(error.fault, where));
    throw error;
  }
};
