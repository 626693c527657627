import { fileURLToPath } from 'node:url';
import type { ChildBundle } from '@netra/testing';
import { bundleChildWith } from '@netra/testing';
import { buildSync } from 'esbuild';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/*
 * Bundles a child script (test/children) from the current sources of this package, of core and
 * of the test kit (see @netra/testing's `bundleChildWith`). better-sqlite3 stays external
 * (native code); the bundle is written under this package's node_modules so that node resolves
 * it from there.
 */
export const bundleChild = (entry: string, name: string): ChildBundle =>
  bundleChildWith({
    build: buildSync,
    entry: here(entry),
    dir: here(`../../node_modules/.cache/netra-store-sqlite-tests/${process.pid}-${name}`),
    external: ['better-sqlite3', 'vitest', 'fast-check'],
    alias: {
      '@netra/core': here('../../../core/src/index.ts'),
      '@netra/testing': here('../../../testing/src/index.ts'),
    },
  });
