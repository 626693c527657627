import { describe } from 'vitest';
import { appendSuite } from './append.suite.js';
import { chainSuite } from './chain.suite.js';
import { concurrencySuite } from './concurrency.suite.js';
import type { StoreHarness } from './harness.js';
import { headsSuite } from './heads.suite.js';
import { hostileInputSuite } from './hostile-input.suite.js';
import { idempotencySuite } from './idempotency.suite.js';
import { readSuite } from './read.suite.js';
import { tamperSuite } from './tamper.suite.js';

/**
 * The store conformance suite: the semantics of the `EventStore` port, as tests. Every adapter
 * calls this from one of its own test files with a harness that creates fresh stores, and passes
 * all of it; a store that needs an exception to this suite does not implement the port.
 */
export const describeStoreConformance = (harness: StoreHarness): void => {
  describe(`store conformance: ${harness.name}`, () => {
    appendSuite(harness);
    concurrencySuite(harness);
    readSuite(harness);
    chainSuite(harness);
    idempotencySuite(harness);
    headsSuite(harness);
    tamperSuite(harness);
    hostileInputSuite(harness);
  });
};
