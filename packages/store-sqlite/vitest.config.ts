import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/*
 * Tests run against the sources of core and of the conformance suite (not their builds), so a
 * change there is tested here without a build step. The crash and two-writer tests run child
 * processes outside vitest; they bundle the sources themselves (see test/support/child-bundle.ts).
 */
export default defineProject({
  resolve: {
    alias: {
      '@netra/testing': fileURLToPath(new URL('../testing/src/index.ts', import.meta.url)),
      '@netra/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'store-sqlite',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 20_000,
  },
});
