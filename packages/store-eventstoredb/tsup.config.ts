import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
  // The driver is the application's (a peer dependency): never bundle it.
  external: ['@eventstore/db-client', '@netra/core'],
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
});
