import { spawn } from 'node:child_process';
import { createInMemoryCheckpointStore, runProjection } from '@netra/core';
import { modelPicture, tallyProjection } from '@netra/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { bundleChild } from './support/child-bundle.js';
import { eventWith } from './support/events.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('runner-restart');
let child: ReturnType<typeof bundleChild>;
beforeAll(() => {
  child = bundleChild('../children/projector.ts', 'projector');
});
afterAll(() => {
  child?.cleanup();
  temp.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs the projector child; kills it with SIGKILL as soon as it has reported `killAfterBatches`
 * committed batches (so the kill lands inside the run whatever the machine's speed), unless
 * it ends first.
 */
const runProjector = (file: string, killAfterBatches: number | null) =>
  new Promise<{ positions: number[]; done: boolean; killed: boolean; stderr: string }>(
    (resolve) => {
      const proc = spawn(process.execPath, [child.script, file, '5'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const positions: number[] = [];
      let done = false;
      let stderr = '';
      let buffered = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) {
          const message = JSON.parse(line) as {
            position?: number;
            done?: boolean;
            ready?: boolean;
          };
          if (message.position !== undefined) {
            positions.push(message.position);
            if (positions.length === killAfterBatches) proc.kill('SIGKILL');
          }
          if (message.done) done = true;
        }
      });
      proc.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      proc.on('exit', (_code, signal) =>
        resolve({ positions, done, killed: signal === 'SIGKILL', stderr }),
      );
    },
  );

describe('projection runner restarts (sqlite, child processes)', () => {
  it('a runner killed with SIGKILL at random points and restarted ends equal to one uninterrupted run', async () => {
    const file = temp.file('restart.db');
    const seed = rightOrThrow(openSqliteEventStore({ file, synchronous: 'OFF' }));
    for (let i = 0; i < 400; i++) {
      rightOrThrow(
        await seed.append(`tps-${(i * 13) % 37}`, [eventWith({ n: i }), eventWith({ n: 1 })], {
          expectedVersion: 'any',
        }),
      );
    }
    const head = rightOrThrow(await seed.readHeadPosition());
    const uninterrupted = rightOrThrow(
      await runProjection({
        store: seed,
        checkpoints: createInMemoryCheckpointStore(),
        projection: tallyProjection,
      }),
    );
    await seed.close();

    let killedMidway = 0;
    let finished = false;
    for (let round = 0; round < 40 && !finished; round++) {
      const run = await runProjector(file, 1 + Math.floor(Math.random() * 25));
      expect(run.stderr).toBe('');
      finished = run.done;
      if (run.killed && !run.done && run.positions.length > 0 && run.positions.at(-1)! < head) {
        killedMidway++;
      }
      await sleep(5);
    }
    if (!finished) {
      const last = await runProjector(file, null);
      expect(last.done).toBe(true);
    }
    // The kills landed inside the run, not only before or after it.
    expect(killedMidway).toBeGreaterThanOrEqual(2);
    const store = rightOrThrow(openSqliteEventStore({ file }));
    try {
      const resumed = rightOrThrow(
        await runProjection({ store, checkpoints: store.checkpoints, projection: tallyProjection }),
      );
      expect(resumed.applied).toBe(0);
      expect(modelPicture(tallyProjection, resumed.model)).toEqual(
        modelPicture(tallyProjection, uninterrupted.model),
      );
      expect(resumed.model.total('events')).toBe(800);
    } finally {
      await store.close();
    }
  }, 120_000);
});
