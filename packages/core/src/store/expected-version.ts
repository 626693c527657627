/**
 * Optimistic concurrency on append, the four cases every supported store can express
 * (EventStoreDB: ANY / NO_STREAM / STREAM_EXISTS / revision):
 * - `'any'`: no check;
 * - `'no_stream'`: the stream must not exist yet (exactly one creator wins);
 * - `'stream_exists'`: the stream must have at least one event;
 * - a number n ≥ 0: the stream's current version must be exactly n (0 = empty / absent).
 */
export type ExpectedVersion = 'any' | 'no_stream' | 'stream_exists' | number;

/** Whether a stream at `current` (0 = absent) satisfies `expected`. */
export const satisfiesExpectedVersion = (expected: ExpectedVersion, current: number): boolean => {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return current === 0;
    case 'stream_exists':
      return current > 0;
    default:
      return current === expected;
  }
};

export const describeExpectedVersion = (expected: ExpectedVersion): string =>
  typeof expected === 'number' ? `version ${expected}` : expected.replace('_', ' ');
