/**
 * What every store's inline projections (read models updated inside the append's own
 * transaction) share, whatever the database: the check of the option, and the error that
 * rolls the transaction back.
 */
import type { StoreError } from '../store/store-error.js';
import type { Projection } from './projection.js';

/**
 * Why `inlineProjections` (an option as given, unchecked) is not a list of projections with
 * distinct names, or undefined when it is: each needs a name of 1–200 characters, a version (a
 * whole number ≥ 0) and `evolve`.
 */
export const inlineProjectionsProblem = (projections: unknown): string | undefined => {
  if (!Array.isArray(projections)) return 'inlineProjections must be a list of projections';
  const names = new Set<string>();
  for (const [i, p] of projections.entries()) {
    const projection = p as Partial<Projection> | null;
    if (
      typeof projection?.name !== 'string' ||
      projection.name.length === 0 ||
      projection.name.length > 200 ||
      typeof projection.evolve !== 'function' ||
      !Number.isSafeInteger(projection.version) ||
      (projection.version as number) < 0
    ) {
      return `inlineProjections[${i}] must be a projection: a name of 1–200 characters, a version (a whole number ≥ 0) and evolve`;
    }
    if (names.has(projection.name)) return `inlineProjections names '${projection.name}' twice`;
    names.add(projection.name);
  }
  return undefined;
};

/**
 * Thrown inside a store's append transaction to roll it back (an inline projection refused an
 * event); caught by the store and answered as a value, `error`.
 */
export class InlineRollback extends Error {
  constructor(readonly error: StoreError) {
    super(error.message);
    this.name = 'InlineRollback';
  }
}
