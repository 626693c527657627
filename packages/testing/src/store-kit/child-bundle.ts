import { mkdirSync, rmSync } from 'node:fs';

/** The options `bundleChildWith` hands to the bundler: a subset of esbuild's `BuildOptions`. */
export interface ChildBuildOptions {
  readonly entryPoints: string[];
  readonly outfile: string;
  readonly bundle: true;
  readonly platform: 'node';
  readonly format: 'esm';
  readonly target: string;
  readonly external: string[];
  readonly alias: Record<string, string>;
  readonly banner: { js: string };
  readonly logLevel: 'error';
}

export interface ChildBundleOptions {
  /** The bundler, esbuild's `buildSync` (passed in, so that this kit does not depend on esbuild). */
  readonly build: (options: ChildBuildOptions) => unknown;
  /** The child script's entry, an absolute path. */
  readonly entry: string;
  /** Where to write the bundle: a folder under the store package's node_modules, absolute. */
  readonly dir: string;
  /** Packages left out of the bundle (the store's native or driver packages). */
  readonly external: string[];
  /** Import aliases, e.g. '@netra/core' onto core's sources. */
  readonly alias: Record<string, string>;
}

export interface ChildBundle {
  readonly script: string;
  readonly cleanup: () => void;
}

/*
 * Child processes run outside vitest, in plain node, which cannot load TypeScript. Rather than
 * depend on a prior `pnpm build` (and risk testing a stale dist), a store's test file bundles
 * the child script from the current sources, into `dir` (under the store package's
 * node_modules, so that node resolves the external packages from there). A failed build
 * leaves nothing behind.
 */
export const bundleChildWith = (options: ChildBundleOptions): ChildBundle => {
  const { dir } = options;
  mkdirSync(dir, { recursive: true });
  const script = `${dir}/child.mjs`;
  const cleanup = (): void => rmSync(dir, { recursive: true, force: true });
  try {
    options.build({
      entryPoints: [options.entry],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: options.external,
      alias: options.alias,
      // bundled CommonJS modules (canonicalize, fp-ts) call require(); give ESM output one
      banner: {
        js: "import { createRequire as __netraCreateRequire } from 'node:module'; const require = __netraCreateRequire(import.meta.url);",
      },
      logLevel: 'error',
    });
  } catch (error) {
    cleanup();
    throw error;
  }
  return { script, cleanup };
};
