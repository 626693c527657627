/**
 * A Chooser is the one source of randomness of the generators: every draw goes through it, so
 * a generator is a plain function `(c: Chooser) => T` that reads like the legal process it
 * walks, and fast-check still records (and shrinks) every choice through `fc.gen()`.
 *
 * Draws are always small integer ranges with stable builders (`fc.integer`), because fc.gen
 * caches one arbitrary per distinct builder and arguments: closures or ever-changing argument
 * objects would make that cache grow with every run.
 */
import fc from 'fast-check';

export interface Chooser {
  /** An integer in [min, max] (min ≤ max); shrinks towards `min`. */
  readonly int: (min: number, max: number) => number;
  /** One of `xs` (non-empty); shrinks towards the first. */
  readonly pick: <T>(xs: readonly T[]) => T;
  /** True with `percent` % probability; shrinks towards true. */
  readonly chance: (percent: number) => boolean;
  /** One value by weight; shrinks towards the first entry. */
  readonly weighted: <T>(entries: readonly (readonly [number, T])[]) => T;
  /** A sub-list of `xs` in their order, of at least `min` items. */
  readonly subset: <T>(xs: readonly T[], min?: number) => T[];
}

/**
 * The Chooser whose every draw goes through `int` (an integer in [min, max], `min` when
 * max ≤ min): the fast-check one here, and the season's seeded PRNG (season/prng.ts).
 */
export const chooserFromInt = (int: (min: number, max: number) => number): Chooser => {
  const pick = <T>(xs: readonly T[]): T => {
    if (xs.length === 0) throw new RangeError('pick from an empty list');
    return xs[int(0, xs.length - 1)] as T;
  };
  const weighted = <T>(entries: readonly (readonly [number, T])[]): T => {
    const total = entries.reduce((sum, [w]) => sum + w, 0);
    let roll = int(0, total - 1);
    for (const [w, value] of entries) {
      if (roll < w) return value;
      roll -= w;
    }
    throw new RangeError('weighted: no entry with a positive weight');
  };
  const subset = <T>(xs: readonly T[], min = 0): T[] => {
    const chosen = xs.filter(() => int(0, 1) === 1);
    if (chosen.length >= min) return chosen;
    // Too few: add the first ones left out, keeping the order of `xs`.
    const added = xs.filter((x) => !chosen.includes(x)).slice(0, min - chosen.length);
    return xs.filter((x) => chosen.includes(x) || added.includes(x));
  };
  return {
    int,
    pick,
    chance: (percent) => int(0, 99) < percent,
    weighted,
    subset,
  };
};

/** The Chooser backed by one fast-check generator value. */
export const chooserOf = (g: fc.GeneratorValue): Chooser =>
  chooserFromInt((min, max) =>
    max <= min ? min : min + g(fc.integer, { min: 0, max: max - min }),
  );

/** The arbitrary of a draw function: the bridge from a `(c: Chooser) => T` to fast-check. */
export const arbitraryOf = <T>(draw: (c: Chooser) => T): fc.Arbitrary<T> =>
  fc.gen().map((g) => draw(chooserOf(g)));
