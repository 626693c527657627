import type { RecordedEvent } from '@netra/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgresEventStore } from '../src/index.js';
import { checkLog } from './support/check-log.js';
import { bundleChild } from './support/child-bundle.js';
import { describePg, PG_URL, rightOrThrow, testDatabase } from './support/pg.js';
import type { RunningChild } from './support/run-child.js';
import { runAppender } from './support/run-child.js';

const WRITERS = 8;
const APPENDS = 1_000;
const STREAMS_PER_WRITER = 25;
const BATCH_SIZE = 2;

const db = testDatabase();
let child: ReturnType<typeof bundleChild> | undefined;
beforeAll(() => {
  child = bundleChild('../children/appender.ts', 'stress');
});
afterAll(async () => {
  child?.cleanup();
  await db.cleanup();
});

describePg('many writer processes, one follower', () => {
  it(`${WRITERS} processes × ${APPENDS} appends (exact versions): a follower sees every event once, in order, none skipped`, async () => {
    const schema = db.schema('stress');
    const store = rightOrThrow(
      await openPostgresEventStore({ pool: db.pool({ max: 4 }), schema, pollIntervalMs: 50 }),
    );
    const writers: RunningChild[] = Array.from({ length: WRITERS }, (_, w) =>
      runAppender(child?.script as string, {
        url: PG_URL,
        schema,
        tag: `w${w}`,
        // every fifth stream is shared with the writer's partner (0–1, 2–3…): real version
        // conflicts, retried; the rest are the writer's own
        streams: Array.from({ length: STREAMS_PER_WRITER }, (_, s) =>
          s % 5 === 0 ? `stress-pair${w >> 1}-${s}` : `stress-w${w}-${s}`,
        ),
        batchSize: BATCH_SIZE,
        appends: APPENDS,
        waitForGo: true,
        // Not a durability test: without a WAL flush per commit (about 3 ms on the test machine)
        // the run stays well under a minute. Commit order and visibility, which is what is
        // tested, are the same with synchronous_commit off.
        sessionOptions: '-c synchronous_commit=off',
      }),
    );
    await Promise.all(writers.map((w) => w.ready));
    const started = Date.now();
    for (const w of writers) w.process.stdin.write('go\n');
    let finished = false;
    const exits = Promise.all(writers.map((w) => w.exited)).then((codes) => {
      finished = true;
      return codes;
    });

    // The follower: readAll from its last position, waitForEvents when it has caught up.
    const seen: RecordedEvent[] = [];
    let after = 0;
    for (;;) {
      const done = finished;
      const page = rightOrThrow(await store.readAll({ after, limit: 500 }));
      for (const event of page) {
        expect(event.globalPosition).toBeGreaterThan(after);
        after = event.globalPosition;
        seen.push(event);
      }
      if (page.length > 0) continue;
      if (done) break;
      await store.waitForEvents(after, { timeoutMs: 1_000 });
    }
    const elapsed = Date.now() - started;
    const codes = await exits;
    expect(
      codes.map((c) => c.code),
      writers.map((w) => w.stderr()).join('\n'),
    ).toEqual(Array(WRITERS).fill(0));

    // Every event exactly once, positions strictly increasing, each stream 1..n in order.
    expect(seen).toHaveLength(WRITERS * APPENDS * BATCH_SIZE);
    expect(new Set(seen.map((e) => e.id)).size).toBe(seen.length);
    const nextVersion = new Map<string, number>();
    for (const event of seen) {
      const expected = (nextVersion.get(event.streamId) ?? 0) + 1;
      expect(event.streamVersion, `${event.streamId} in the follower's order`).toBe(expected);
      nextVersion.set(event.streamId, expected);
    }
    const acks = writers.flatMap((w) => w.acks);
    expect(acks).toHaveLength(WRITERS * APPENDS);
    const summary = await checkLog(store, db.admin, acks, BATCH_SIZE);
    expect(summary.unacknowledged).toBe(0);
    const conflicts = writers
      .flatMap((w) => w.lines)
      .reduce((n, line) => n + ('conflicts' in line ? line.conflicts : 0), 0);
    console.info(
      `stress: ${WRITERS * APPENDS} appends (${seen.length} events, ${conflicts} version conflicts retried) in ${elapsed} ms = ${Math.round((WRITERS * APPENDS * 1000) / elapsed)} appends/s`,
    );
    await store.close();
  }, 600_000); // 30–100 s here; a loaded 2-core CI machine can take several times that
});
