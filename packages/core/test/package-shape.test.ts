import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The published shape of @netra/core, tested as a user meets it: the built files behind the
 * exports map, loaded by plain Node from an ESM and from a CommonJS consumer, and the type
 * declarations checked by tsc with NodeNext resolution. Needs `pnpm build` first (the root
 * `pnpm test` builds before testing).
 */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const dist = here('../dist/index.js');

const run = (file: string): unknown => {
  const out = execFileSync(process.execPath, [here(`./consumers/${file}`)], { encoding: 'utf8' });
  return JSON.parse(out.trim());
};

describe('package shape of @netra/core (built dist)', () => {
  it('has been built', () => {
    expect(existsSync(dist), 'dist/ is missing: run `pnpm build` (pnpm test does it for you)').toBe(
      true,
    );
  });

  it('loads from an ESM consumer', () => {
    expect(run('esm-consumer.mjs')).toEqual({
      format: 'esm',
      appended: 'Right',
      verified: 'Right',
      events: 1,
    });
  });

  it('loads from a CommonJS consumer', () => {
    expect(run('cjs-consumer.cjs')).toEqual({
      format: 'cjs',
      appended: 'Right',
      verified: 'Right',
      events: 1,
    });
  });

  it('ships type declarations that a NodeNext TypeScript consumer compiles against', () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const result = execFileSync(process.execPath, [tsc, '-p', here('./consumers/tsconfig.json')], {
      encoding: 'utf8',
    });
    expect(result).toBe('');
  }, 60_000);
});
