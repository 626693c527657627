import type { RecordedEvent } from '@netra/core';
import { afterAll, expect, it } from 'vitest';
import type { PostgresEventStore } from '../src/index.js';
import { openPostgresEventStore } from '../src/index.js';
import { hooksOf } from '../src/internal/hooks.js';
import { eventsWith } from './support/events.js';
import { describePg, rightOrThrow, sleep, testDatabase } from './support/pg.js';

const db = testDatabase();
afterAll(() => db.cleanup());

const open = async (schema: string): Promise<PostgresEventStore> =>
  rightOrThrow(await openPostgresEventStore({ pool: db.pool({ max: 4 }), schema }));

/** Whether `promise` settles within `ms` (it is not consumed: await it afterwards). */
const settlesWithin = (promise: Promise<unknown>, ms: number): Promise<boolean> =>
  Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    sleep(ms).then(() => false),
  ]);

describePg('global order has no gaps a reader could skip', () => {
  it('while an append holds positions it has not committed, a later append waits and no reader sees a later position first', async () => {
    const schema = db.schema('gap');
    const slowWriter = await open(schema);
    const fastWriter = await open(schema);
    const reader = await open(schema);
    rightOrThrow(
      await fastWriter.append('before', eventsWith(1), { expectedVersion: 'no_stream' }),
    );

    // The slow append pauses after its INSERT (positions drawn), before COMMIT.
    let reached: () => void = () => {};
    const atPause = new Promise<void>((resolve) => {
      reached = resolve;
    });
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const hooks = hooksOf(slowWriter);
    if (hooks === undefined) throw new Error('no hooks for the store');
    hooks.beforeCommit = async () => {
      reached();
      await released;
    };
    const slow = slowWriter.append('slow', eventsWith(3), { expectedVersion: 'no_stream' });
    await atPause;
    const fast = fastWriter.append('fast', eventsWith(2), { expectedVersion: 'no_stream' });
    try {
      // The fast append (another stream, another pool) cannot commit past the open one…
      expect(await settlesWithin(fast, 500)).toBe(false);
      // …and a reader following the log sees nothing after what was committed before.
      expect(rightOrThrow(await reader.readAll({ after: 1 }))).toEqual([]);
      expect(rightOrThrow(await reader.readHeadPosition())).toBe(1);
    } finally {
      release();
    }
    const [slowResult, fastResult] = [rightOrThrow(await slow), rightOrThrow(await fast)];
    const slowPositions = slowResult.events.map((e) => e.globalPosition);
    const fastPositions = fastResult.events.map((e) => e.globalPosition);
    expect(Math.max(...slowPositions)).toBeLessThan(Math.min(...fastPositions));

    // Following from the last position seen (1) finds every event, each once, in order.
    const seen: RecordedEvent[] = [];
    let after = 1;
    for (;;) {
      const page = rightOrThrow(await reader.readAll({ after, limit: 2 }));
      if (page.length === 0) break;
      seen.push(...page);
      after = page.at(-1)?.globalPosition ?? after;
    }
    expect(seen.map((e) => e.globalPosition)).toEqual([...slowPositions, ...fastPositions]);
    for (const store of [slowWriter, fastWriter, reader]) await store.close();
  });

  it('the append lock is per schema: another schema in the same database is not held up', async () => {
    const held = await open(db.schema('gap_a'));
    const other = await open(db.schema('gap_b'));
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reached: () => void = () => {};
    const atPause = new Promise<void>((resolve) => {
      reached = resolve;
    });
    const hooks = hooksOf(held);
    if (hooks === undefined) throw new Error('no hooks for the store');
    hooks.beforeCommit = async () => {
      reached();
      await released;
    };
    const paused = held.append('s', eventsWith(1), { expectedVersion: 'any' });
    await atPause;
    const elsewhere = other.append('s', eventsWith(1), { expectedVersion: 'any' });
    try {
      expect(await settlesWithin(elsewhere, 2_000)).toBe(true);
      rightOrThrow(await elsewhere);
    } finally {
      release();
    }
    rightOrThrow(await paused);
    await held.close();
    await other.close();
  });
});
