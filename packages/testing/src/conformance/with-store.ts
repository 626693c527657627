import type { EventStore } from '@netra/core';
import type { StoreHarness } from './harness.js';

/** Runs `body` against a fresh store from the harness and always closes it. */
export const withStore = async (
  harness: StoreHarness,
  body: (store: EventStore) => Promise<void>,
): Promise<void> => {
  const store = await harness.create();
  try {
    await body(store);
  } finally {
    await store.close();
  }
};

/** Unwraps a Right or fails the test with the Left's message. */
export const rightOf = <A>(
  result:
    | { readonly _tag: 'Left'; readonly left: { readonly message: string } }
    | { readonly _tag: 'Right'; readonly right: A },
): A => {
  if (result._tag === 'Left') throw new Error(`expected success, got: ${result.left.message}`);
  return result.right;
};

/** Unwraps a Left or fails the test. */
export const leftOf = <L>(
  result:
    | { readonly _tag: 'Left'; readonly left: L }
    | { readonly _tag: 'Right'; readonly right: unknown },
): L => {
  if (result._tag === 'Right') throw new Error('expected a refusal, but the operation succeeded');
  return result.left;
};
