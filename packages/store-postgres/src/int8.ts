const DIGITS = /^(0|[1-9][0-9]{0,15})$/;

/**
 * node-postgres returns BIGINT (int8) columns as strings, because most of their range does not
 * fit a JavaScript number. The store converts them itself, per value, rather than installing
 * a global type parser on the application's pool: a decimal string that is a safe integer
 * becomes a number; anything else (a position past 2^53, a value edited into something odd) is
 * returned unchanged, so that the decoder that receives it refuses it as corrupt instead of
 * silently rounding it.
 */
export const fromInt8 = (value: unknown): unknown => {
  if (typeof value !== 'string' || !DIGITS.test(value)) return value;
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : value;
};

/** A whole number ≥ 0 from an int8 column, or undefined when it is not one. */
export const wholeFromInt8 = (value: unknown): number | undefined => {
  const n = fromInt8(value);
  return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 ? n : undefined;
};
