import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The published shape of @netra/store-sqlite: the built files behind the exports map, loaded
 * by plain Node from an ESM and from a CommonJS consumer. Needs `pnpm build` first (the root
 * `pnpm test` builds before testing).
 */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const run = (file: string): unknown =>
  JSON.parse(
    execFileSync(process.execPath, [here(`./consumers/${file}`)], { encoding: 'utf8' }).trim(),
  );

describe('package shape of @netra/store-sqlite (built dist)', () => {
  it('has been built, with declarations for both formats', () => {
    for (const file of ['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts']) {
      expect(
        existsSync(here(`../dist/${file}`)),
        `dist/${file} is missing: run \`pnpm build\``,
      ).toBe(true);
    }
  });

  it('loads from an ESM consumer', () => {
    expect(run('esm-consumer.mjs')).toEqual({ format: 'esm', opened: 'Right', events: 0 });
  });

  it('loads from a CommonJS consumer', () => {
    expect(run('cjs-consumer.cjs')).toEqual({ format: 'cjs', opened: 'Right', events: 0 });
  });
});
