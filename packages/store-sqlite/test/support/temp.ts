import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Either } from 'fp-ts/lib/Either.js';

/** A fresh directory under the OS temp dir; `cleanup` removes it and everything in it. */
export const tempDir = (
  prefix: string,
): {
  readonly dir: string;
  readonly file: (name: string) => string;
  readonly cleanup: () => void;
} => {
  const dir = mkdtempSync(join(tmpdir(), `netra-sqlite-${prefix}-`));
  return {
    dir,
    file: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
};

export const sha256Of = (path: string): string =>
  createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file of a directory with its hash: to show that nothing was created, changed or removed. */
export const snapshotDir = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, sha256Of(join(dir, name))]),
  );

export const rightOrThrow = <L extends { readonly message: string }, A>(
  result: Either<L, A>,
): A => {
  if (result._tag === 'Left') throw new Error(`expected success, got: ${result.left.message}`);
  return result.right;
};

export const leftOrThrow = <L, A>(result: Either<L, A>): L => {
  if (result._tag === 'Right') throw new Error('expected a refusal, but the operation succeeded');
  return result.left;
};
