import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/*
 * Core's legal specifications use the given-when-then kit of @netra/testing. That package
 * depends on core, so core cannot list it as a dependency; the tests import its source
 * through this alias instead (a test-time edge only, nothing in core's build sees it).
 */
export default defineProject({
  resolve: {
    alias: {
      '@netra/testing': fileURLToPath(new URL('../testing/src/index.ts', import.meta.url)),
      '@netra/core': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: { name: 'core', include: ['src/**/*.test.ts', 'test/**/*.test.ts'] },
});
