import { defineConfig } from 'tsup';

export default defineConfig({
  // `season`: the generated national season alone, without vitest, for benchmarks and tools.
  entry: { index: 'src/index.ts', season: 'src/season/index.ts' },
  external: ['vitest', 'fast-check', '@netra/core'],
  noExternal: ['uuid'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
