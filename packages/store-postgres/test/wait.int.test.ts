import { followAll } from '@netra/core';
import { afterAll, expect, it } from 'vitest';
import type { PostgresEventStore, PostgresEventStoreOptions } from '../src/index.js';
import { openPostgresEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { describePg, rightOrThrow, sleep, testDatabase } from './support/pg.js';

const db = testDatabase();
afterAll(() => db.cleanup());

const open = async (
  schema: string,
  options: Partial<PostgresEventStoreOptions> = {},
): Promise<PostgresEventStore> =>
  rightOrThrow(await openPostgresEventStore({ pool: db.pool({ max: 3 }), schema, ...options }));

const listeners = async (applicationName: string): Promise<number[]> =>
  (
    await db.admin<{ pid: number }>(
      "SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN%'",
      [applicationName],
    )
  ).map((r) => r.pid);

describePg('waiting for events', () => {
  it('LISTEN/NOTIFY wakes a waiter on another pool at once, with polling out of the way', async () => {
    const schema = db.schema('notify');
    // A poll every minute: only a notification can wake the waiter in time.
    const follower = await open(schema, { pollIntervalMs: 60_000 });
    const writer = await open(schema);
    setTimeout(() => void writer.append('case-1', eventsWith(1), { expectedVersion: 'any' }), 300);
    const started = Date.now();
    await follower.waitForEvents(0, { timeoutMs: 20_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(rightOrThrow(await follower.readAll())).toHaveLength(1);
    await writer.close();
    await follower.close();
  });

  it('without LISTEN, polling finds what another pool appended', async () => {
    const schema = db.schema('poll');
    const follower = await open(schema, { listen: false, pollIntervalMs: 50 });
    const writer = await open(schema);
    setTimeout(() => void writer.append('case-1', eventsWith(1), { expectedVersion: 'any' }), 100);
    const started = Date.now();
    await follower.waitForEvents(0, { timeoutMs: 20_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    await writer.close();
    await follower.close();
  });

  it('resolves at once for events already there, after the timeout for none, and on abort or close', async () => {
    const store = await open(db.schema('resolve'));
    rightOrThrow(await store.append('s', eventsWith(2), { expectedVersion: 'any' }));
    let started = Date.now();
    await store.waitForEvents(1, { timeoutMs: 10_000 });
    expect(Date.now() - started).toBeLessThan(2_000);
    started = Date.now();
    await store.waitForEvents(2, { timeoutMs: 200 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    started = Date.now();
    await store.waitForEvents(2, { timeoutMs: 10_000, signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(2_000);
    const waiting = store.waitForEvents(2, { timeoutMs: 10_000 });
    started = Date.now();
    await store.close();
    await waiting;
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('LISTEN again after its connection is killed: notifications arrive again', async () => {
    const schema = db.schema('relisten');
    const follower = rightOrThrow(
      await openPostgresEventStore({
        pool: db.pool({ max: 3, application_name: 'netra-relisten' }),
        schema,
        pollIntervalMs: 60_000,
      }),
    );
    const writer = await open(schema);
    await follower.waitForEvents(0, { timeoutMs: 100 });
    const [first] = await listeners('netra-relisten');
    expect(first).toBeDefined();
    await db.admin('SELECT pg_terminate_backend($1)', [first]);
    let again: number[] = [];
    for (let i = 0; i < 100 && again.length === 0; i++) {
      await sleep(50);
      again = (await listeners('netra-relisten')).filter((pid) => pid !== first);
    }
    expect(again).toHaveLength(1);
    setTimeout(() => void writer.append('s', eventsWith(1), { expectedVersion: 'any' }), 200);
    const started = Date.now();
    await follower.waitForEvents(0, { timeoutMs: 20_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    await writer.close();
    await follower.close();
  });

  it('followAll on one store sees, in order, what another store appends', async () => {
    const schema = db.schema('follow');
    const follower = await open(schema);
    const writer = await open(schema);
    const controller = new AbortController();
    const seen: string[] = [];
    const following = (async () => {
      for await (const event of followAll(follower, {
        signal: controller.signal,
        idleTimeoutMs: 10_000,
      })) {
        seen.push(`${event.streamId}@${event.streamVersion}`);
        if (seen.length === 6) controller.abort();
      }
    })();
    const started = Date.now();
    for (const stream of ['a', 'b', 'a']) {
      await sleep(20);
      rightOrThrow(await writer.append(stream, eventsWith(2), { expectedVersion: 'any' }));
    }
    await following;
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(seen).toEqual(['a@1', 'a@2', 'b@1', 'b@2', 'a@3', 'a@4']);
    await writer.close();
    await follower.close();
  });
});
