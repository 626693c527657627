import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/*
 * Tests run against the sources of core and of the conformance suite (not their builds). The
 * store is exercised through the real `@eventstore/db-client` against the protocol test double
 * (test/double), and against a real EventStoreDB / KurrentDB server when NETRA_ESDB_URL is set.
 */
export default defineProject({
  resolve: {
    alias: {
      '@netra/testing': fileURLToPath(new URL('../testing/src/index.ts', import.meta.url)),
      '@netra/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'store-eventstoredb',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
