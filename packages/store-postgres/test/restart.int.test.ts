import type { EventStore, StoreError } from '@netra/core';
import type { either as E } from 'fp-ts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresEventStore } from '../src/index.js';
import { openPostgresEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { leftOrThrow, rightOrThrow, sleep } from './support/pg.js';
import { privateClusterUnavailable, startPrivateCluster } from './support/private-cluster.js';

const why = privateClusterUnavailable();
if (why !== undefined) console.warn(`[store-postgres] SKIPPED server restart tests: ${why}`);

const everyMethod = (store: EventStore): Promise<E.Either<StoreError, unknown>>[] => [
  store.append('s', eventsWith(1), { expectedVersion: 'any' }),
  store.readStream('s'),
  store.readAll(),
  store.readStreamHead('s'),
  store.readHeadPosition(),
  store.listStreamHeads(),
];

describe.skipIf(why !== undefined)('the server stopped mid-run and started again', () => {
  let cluster: Awaited<ReturnType<typeof startPrivateCluster>>;
  const pools: pg.Pool[] = [];
  const pool = (config: pg.PoolConfig = {}): pg.Pool => {
    const made = new pg.Pool({
      connectionString: cluster.url,
      max: 3,
      connectionTimeoutMillis: 2_000,
      ...config,
    });
    made.on('error', () => {});
    pools.push(made);
    return made;
  };
  beforeAll(async () => {
    cluster = await startPrivateCluster();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
    cluster?.remove();
  }, 60_000);

  it('answers STORE_UNAVAILABLE while it is down (never a throw), and works again after, LISTEN included', async () => {
    const store: PostgresEventStore = rightOrThrow(await openPostgresEventStore({ pool: pool() }));
    const follower: PostgresEventStore = rightOrThrow(
      await openPostgresEventStore({
        pool: pool({ application_name: 'follower' }),
        pollIntervalMs: 60_000,
      }),
    );
    rightOrThrow(await store.append('s', eventsWith(2), { expectedVersion: 'no_stream' }));
    await follower.waitForEvents(2, { timeoutMs: 100 }); // LISTEN is up

    cluster.stop();
    for (const result of await Promise.all(everyMethod(store))) {
      expect(leftOrThrow(result)).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    }
    expect(leftOrThrow(await store.checkpoints.load('p'))).toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    const started = Date.now();
    await expect(follower.waitForEvents(2, { timeoutMs: 500 })).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
    // an open while it is down is refused the same way
    expect(leftOrThrow(await openPostgresEventStore({ pool: pool() }))).toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });

    cluster.start();
    // the pools drop their dead connections; the store carries on, its history intact
    rightOrThrow(await store.append('s', eventsWith(1), { expectedVersion: 2 }));
    expect(rightOrThrow(await store.readStream('s')).map((e) => e.streamVersion)).toEqual([
      1, 2, 3,
    ]);
    // the follower listens again (within its re-listen delay) and is woken by a notification
    await sleep(1_500);
    const waiting = follower.waitForEvents(3, { timeoutMs: 20_000 });
    await sleep(300);
    const woken = Date.now();
    rightOrThrow(await store.append('s', eventsWith(1), { expectedVersion: 3 }));
    await waiting;
    expect(Date.now() - woken).toBeLessThan(5_000);
    await store.close();
    await follower.close();
  }, 60_000);
});
