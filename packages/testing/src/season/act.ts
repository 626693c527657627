/**
 * A case script is a generator that stops after each step it places, so that the season can
 * interleave the cases by time without walking any case further than the next step it needs.
 */
import type { Walk } from '../generators/walk-state.js';

/** The generator of one case's steps: it stops once after each step added to the walk. */
export type CaseScript = Generator<void, void, void>;

/**
 * Takes one action of the walk (a walker, which adds a step, now and then two, or none) and
 * stops after the steps it added; answers whether it added any (some walkers decline, e.g. an
 * objection out of time).
 */
export function* act(w: Walk, take: () => void): Generator<void, boolean, void> {
  const before = w.steps.length;
  take();
  const added = w.steps.length > before;
  if (added) yield;
  return added;
}
