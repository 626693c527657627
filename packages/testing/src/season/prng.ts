/**
 * The season's one source of randomness: a small seeded PRNG (sfc32, seeded through
 * splitmix32), and a Chooser over it, so that the generators' walkers (which draw through a
 * Chooser) run on it unchanged. No Math.random, no clock: a seed gives the same season on any
 * machine. Every case draws from its own stream (`seedOf(seed, block, index)`), so what one case
 * draws never depends on how the season interleaves the others.
 */
import { type Chooser, chooserFromInt } from '../generators/chooser.js';

/** A generator of unsigned 32-bit integers. */
export type Prng = () => number;

const splitmix32 = (state: number): (() => number) => {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
};

/** sfc32 (Chris Doty-Humphrey's small fast counting generator), seeded from one 32-bit seed. */
export const createPrng = (seed: number): Prng => {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t >>> 0;
  };
  // The first outputs of a fresh state are weakly mixed: skip them.
  for (let i = 0; i < 12; i++) next();
  return next;
};

/** One 32-bit seed from several parts (numbers or text), order-sensitive (FNV-1a, then mixed). */
export const seedOf = (...parts: readonly (number | string)[]): number => {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = typeof part === 'number' ? `#${part}` : `'${part}`;
    for (let i = 0; i < text.length; i++) {
      h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    }
  }
  return splitmix32(h)();
};

/** The Chooser of the walkers (generators/chooser.ts), drawing from `next`. */
export const prngChooser = (next: Prng): Chooser =>
  chooserFromInt((min, max) =>
    max <= min ? min : min + Math.floor((next() / 0x1_0000_0000) * (max - min + 1)),
  );

/** Shuffles `xs` in place (Fisher–Yates) with `c`, and returns it. */
export const shuffle = <T>(c: Chooser, xs: T[]): T[] => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = c.int(0, i);
    const x = xs[i] as T;
    xs[i] = xs[j] as T;
    xs[j] = x;
  }
  return xs;
};
