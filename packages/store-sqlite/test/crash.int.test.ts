import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLog } from './support/check-log.js';
import { bundleChild } from './support/child-bundle.js';
import type { Ack } from './support/run-child.js';
import { runAppender } from './support/run-child.js';
import { tempDir } from './support/temp.js';

const ROUNDS = 25;
const BATCH_SIZE = 3;

const temp = tempDir('crash');
let child: ReturnType<typeof bundleChild>;
beforeAll(() => {
  child = bundleChild('../children/appender.ts', 'crash');
});
afterAll(() => {
  child?.cleanup();
  temp.cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('crash safety', () => {
  it(`a writer killed with SIGKILL at random moments, ${ROUNDS} times: every acknowledged append survives, whole, and the chain verifies`, async () => {
    const file = temp.file('crash.db');
    const acks: Ack[] = [];
    let unacknowledged = 0;
    const started = Date.now();
    for (let round = 0; round < ROUNDS; round++) {
      const writer = runAppender(child.script, {
        file,
        tag: `r${round}`,
        streams: ['crash-a', 'crash-b', 'crash-c'],
        batchSize: BATCH_SIZE,
        appends: null,
        mode: 'mixed',
        waitForGo: false,
        busyTimeoutMs: 5_000,
        pauseMs: 0,
      });
      await writer.ready;
      await sleep(20 + Math.floor(Math.random() * 181));
      writer.process.kill('SIGKILL');
      const { signal } = await writer.exited;
      expect(signal, `round ${round} was killed, not finished: ${writer.stderr()}`).toBe('SIGKILL');
      acks.push(...writer.acks);
      const summary = await checkLog(file, acks, BATCH_SIZE);
      unacknowledged = summary.unacknowledged;
    }
    // the writers really wrote while being killed, not only started up
    expect(acks.length).toBeGreaterThan(ROUNDS);
    console.info(
      `crash test: ${ROUNDS} kills, ${acks.length} acknowledged batches, ${unacknowledged} committed but unacknowledged, ${Date.now() - started} ms`,
    );
  }, 120_000);
});
