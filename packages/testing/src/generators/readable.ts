/**
 * Short printed forms for generated values. fast-check prints a counterexample with
 * `fc.stringify`, which would otherwise dump the whole rulebook carried by the decision
 * context; these forms keep the commands and drop what any history shares.
 */
import fc from 'fast-check';

/** Attaches `print` as the value's printed form (a non-enumerable symbol: equality is unaffected). */
export const printedAs = <T extends object>(value: T, print: (value: T) => string): T => {
  Object.defineProperty(value, fc.toStringMethod, { value: () => print(value), enumerable: false });
  return value;
};
