import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLog } from './support/check-log.js';
import { bundleChild } from './support/child-bundle.js';
import { runAppender } from './support/run-child.js';
import { tempDir } from './support/temp.js';

const APPENDS = 150;
const BATCH_SIZE = 2;

const temp = tempDir('two-writers');
let child: ReturnType<typeof bundleChild>;
beforeAll(() => {
  child = bundleChild('../children/appender.ts', 'two-writers');
});
afterAll(() => {
  child?.cleanup();
  temp.cleanup();
});

describe('two processes writing one file', () => {
  it('both create the file at once and append to shared streams: no lost append, no duplicate version, chains verify', async () => {
    // The file does not exist yet: both processes create it at the same moment.
    const file = temp.file('shared.db');
    const writers = ['w0', 'w1'].map((tag) =>
      runAppender(child.script, {
        file,
        tag,
        streams: ['shared-a', 'shared-b', 'shared-c'],
        batchSize: BATCH_SIZE,
        appends: APPENDS,
        mode: 'mixed',
        waitForGo: true,
        busyTimeoutMs: 10_000,
        pauseMs: 2,
      }),
    );
    await Promise.all(writers.map((w) => w.ready));
    for (const writer of writers) writer.process.stdin.write('go\n');
    const exits = await Promise.all(writers.map((w) => w.exited));
    expect(
      exits.map((e) => e.code),
      writers.map((w) => w.stderr()).join('\n'),
    ).toEqual([0, 0]);

    const acks = writers.flatMap((w) => w.acks);
    expect(acks).toHaveLength(2 * APPENDS);
    const summary = await checkLog(file, acks, BATCH_SIZE);
    expect(summary.events).toBe(2 * APPENDS * BATCH_SIZE);
    expect(summary.unacknowledged).toBe(0);

    // They really wrote at the same time: the lock passed from one to the other and back many
    // times, and exact-version appends lost races to the other process and were retried.
    const switches = summary.order.filter(
      (batch, i) => i > 0 && batch.slice(0, 2) !== summary.order[i - 1]?.slice(0, 2),
    );
    expect(switches.length).toBeGreaterThan(20);
    const conflicts = writers
      .flatMap((w) => w.lines)
      .reduce((sum, line) => sum + ('conflicts' in line ? line.conflicts : 0), 0);
    expect(conflicts).toBeGreaterThan(0);
    console.info(
      `two writers: ${summary.events} events, ${switches.length} hand-overs, ${conflicts} version conflicts retried`,
    );
  }, 60_000);
});
