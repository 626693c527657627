import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

/*
 * Tests run against the sources of core and of the conformance suite (not their builds), and
 * against the real PostgreSQL of the machine (NETRA_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/test). Without a reachable database they skip, saying so;
 * with NETRA_REQUIRE_PG=1 (CI) a missing database fails them instead.
 */
export default defineProject({
  resolve: {
    alias: {
      '@netra/testing': fileURLToPath(new URL('../testing/src/index.ts', import.meta.url)),
      '@netra/core': fileURLToPath(new URL('../core/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'store-postgres',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
