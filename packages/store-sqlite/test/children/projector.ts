/*
 * A projection runner process for the restart test, run with plain `node` outside vitest
 * (bundled by test/support/child-bundle.ts). It opens the store, runs the tally projection to
 * the end of the log in small batches, saying each committed position, then `done`.
 */
import { writeSync } from 'node:fs';
import { runProjection } from '@netra/core';
import { tallyProjection } from '@netra/testing';
import { either as E } from 'fp-ts';
import { openSqliteEventStore } from '../../src/index.js';

const say = (line: unknown): void => {
  writeSync(1, `${JSON.stringify(line)}\n`);
};

const [file, batch] = process.argv.slice(2);
const opened = openSqliteEventStore({ file: file as string });
if (E.isLeft(opened)) {
  say({ failed: opened.left.message });
  process.exit(1);
}
const store = opened.right;
say({ ready: true });
const run = await runProjection({
  store,
  checkpoints: store.checkpoints,
  projection: tallyProjection,
  batchSize: Number(batch),
  progressEveryMs: 0,
  onProgress: (p) => say({ position: p.position }),
});
if (E.isLeft(run)) say({ failed: run.left.message });
else say({ done: true, applied: run.right.applied, rebuilt: run.right.rebuilt });
await store.close();
