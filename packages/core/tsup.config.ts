import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // uuid 14 is ESM-only; bundling it keeps the CommonJS build loadable without require(esm).
  noExternal: ['uuid'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
