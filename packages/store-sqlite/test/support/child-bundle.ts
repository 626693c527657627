import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/*
 * Child processes run outside vitest, in plain node, which cannot load TypeScript. Rather than
 * depend on a prior `pnpm build` (and risk testing a stale dist), each test file bundles the
 * child script from the current sources of this package and of core. better-sqlite3 stays
 * external (native code); the bundle is written under this package's node_modules so that
 * node resolves it from there.
 */
export const bundleChild = (
  entry: string,
  name: string,
): { readonly script: string; readonly cleanup: () => void } => {
  const dir = here(`../../node_modules/.cache/netra-store-sqlite-tests/${process.pid}-${name}`);
  mkdirSync(dir, { recursive: true });
  const script = `${dir}/child.mjs`;
  buildSync({
    entryPoints: [here(entry)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    alias: { '@netra/core': here('../../../core/src/index.ts') },
    // bundled CommonJS modules (canonicalize, fp-ts) call require(); give ESM output one
    banner: {
      js: "import { createRequire as __netraCreateRequire } from 'node:module'; const require = __netraCreateRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  return { script, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
};
