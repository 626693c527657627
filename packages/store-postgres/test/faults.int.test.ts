import type { EventStore, StoreError } from '@netra/core';
import type { either as E } from 'fp-ts';
import pg from 'pg';
import { afterAll, expect, it } from 'vitest';
import { migratePostgres, openPostgresEventStore } from '../src/index.js';
import { hooksOf } from '../src/internal/hooks.js';
import { appendLockKey } from '../src/lock-keys.js';
import { eventsWith } from './support/events.js';
import {
  describePg,
  leftOrThrow,
  PG_URL,
  rightOrThrow,
  sleep,
  testDatabase,
} from './support/pg.js';

const db = testDatabase();
afterAll(() => db.cleanup());

/** A port nothing listens on: connecting is refused at once. */
const CLOSED_PORT_URL = 'postgres://postgres@127.0.0.1:1/test';

/** Every method of the port, each expected to answer a Left, never to reject. */
const everyMethod = (store: EventStore): Promise<E.Either<StoreError, unknown>>[] => [
  store.append('s', eventsWith(1), { expectedVersion: 'any' }),
  store.readStream('s'),
  store.readAll(),
  store.readStreamHead('s'),
  store.readHeadPosition(),
  store.listStreamHeads(),
];

/** A session of its own that takes a schema's append lock and keeps it until `release`. */
const holdAppendLock = async (schema: string) => {
  const client = new pg.Client({ connectionString: PG_URL });
  client.on('error', () => {});
  await client.connect();
  await client.query('BEGIN');
  await client.query('SELECT pg_advisory_xact_lock($1::int8)', [appendLockKey(schema)]);
  return {
    release: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
};

/** The backend pid of the session of `application_name` that waits for an advisory lock. */
const waitingBackend = async (applicationName: string, state?: string): Promise<number> => {
  for (let i = 0; i < 100; i++) {
    const rows = await db.admin<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND ${
        state === undefined ? "wait_event_type = 'Lock' AND wait_event = 'advisory'" : 'state = $2'
      }`,
      state === undefined ? [applicationName] : [applicationName, state],
    );
    if (rows[0] !== undefined) return rows[0].pid;
    await sleep(20);
  }
  throw new Error(`no waiting session of ${applicationName}`);
};

describePg('faults answer typed errors, never a thrown driver error', () => {
  it('a server that cannot be reached: open and migrate answer STORE_UNAVAILABLE', async () => {
    const pool = db.pool({ connectionString: CLOSED_PORT_URL, connectionTimeoutMillis: 2_000 });
    const refused = leftOrThrow(await openPostgresEventStore({ pool, schema: db.schema('down') }));
    expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(refused.message).toMatch(/cannot be reached/);
    expect(leftOrThrow(await migratePostgres(pool, { schema: 'netra' }))).toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    const wrongDatabase = db.pool({ connectionString: `${PG_URL}_no_such_database` });
    const missing = leftOrThrow(await openPostgresEventStore({ pool: wrongDatabase }));
    expect(missing).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(missing.message).toMatch(/does not exist/);
  });

  it('every method of an opened store answers STORE_UNAVAILABLE once its pool is gone; waitForEvents still resolves', async () => {
    const pool = new pg.Pool({ connectionString: PG_URL, max: 2 });
    pool.on('error', () => {});
    const store = rightOrThrow(await openPostgresEventStore({ pool, schema: db.schema('gone') }));
    rightOrThrow(await store.append('s', eventsWith(1), { expectedVersion: 'no_stream' }));
    await pool.end();
    for (const result of await Promise.all(everyMethod(store))) {
      expect(leftOrThrow(result)).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    }
    for (const result of await Promise.all([
      store.checkpoints.load('p'),
      store.checkpoints.save('p', 1),
      store.checkpoints.loadProjection('p'),
      store.checkpoints.commitProjection('p', { version: 1, position: 1, reset: false, rows: [] }),
    ])) {
      expect(leftOrThrow(result)).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    }
    const started = Date.now();
    await expect(store.waitForEvents(0, { timeoutMs: 300 })).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(5_000);
    await store.close();
  });

  it('readPool serves readAll and readHeadPosition only: unreachable, those fail and appends, heads and readStream work', async () => {
    const readPool = db.pool({ connectionString: CLOSED_PORT_URL, connectionTimeoutMillis: 2_000 });
    const store = rightOrThrow(
      await openPostgresEventStore({ pool: db.pool(), readPool, schema: db.schema('replica') }),
    );
    rightOrThrow(await store.append('s', eventsWith(2), { expectedVersion: 'no_stream' }));
    expect(rightOrThrow(await store.readStream('s'))).toHaveLength(2);
    expect(rightOrThrow(await store.readStreamHead('s'))).toMatchObject({ version: 2 });
    expect(rightOrThrow(await store.listStreamHeads())).toHaveLength(1);
    expect(leftOrThrow(await store.readAll())).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(leftOrThrow(await store.readHeadPosition())).toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    await store.close();
  });

  it('statement_timeout while another session holds the append lock: a typed error, nothing appended, the next append works', async () => {
    const schema = db.schema('timeout');
    const store = rightOrThrow(
      await openPostgresEventStore({ pool: db.pool({ statement_timeout: 300 }), schema }),
    );
    const lock = await holdAppendLock(schema);
    const started = Date.now();
    const refused = leftOrThrow(
      await store.append('s', eventsWith(3), { expectedVersion: 'no_stream' }),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(refused.message).toMatch(/statement_timeout/);
    // refused before COMMIT: the outcome is known, the message does not hedge
    expect(refused.message).not.toMatch(/may still have been recorded/);
    await lock.release();
    expect(rightOrThrow(await store.readStream('s'))).toEqual([]);
    expect(rightOrThrow(await store.readStreamHead('s'))).toBeNull();
    rightOrThrow(await store.append('s', eventsWith(3), { expectedVersion: 'no_stream' }));
    await store.close();
  });

  it('lock_timeout while another session holds the append lock: STORE_LOCKED, nothing appended', async () => {
    const schema = db.schema('locked');
    const store = rightOrThrow(
      await openPostgresEventStore({ pool: db.pool({ options: '-c lock_timeout=300' }), schema }),
    );
    const lock = await holdAppendLock(schema);
    expect(
      leftOrThrow(await store.append('s', eventsWith(2), { expectedVersion: 'any' })),
    ).toMatchObject({ code: 'STORE_LOCKED' });
    await lock.release();
    expect(rightOrThrow(await store.readAll())).toEqual([]);
    await store.close();
  });

  it('the append session killed (pg_terminate_backend) while it waits for the lock: a typed error, nothing appended, the next call works', async () => {
    const schema = db.schema('killed');
    const pool = db.pool({ application_name: 'netra-victim' });
    const store = rightOrThrow(await openPostgresEventStore({ pool, schema }));
    const lock = await holdAppendLock(schema);
    const pending = store.append('s', eventsWith(3), { expectedVersion: 'no_stream' });
    const pid = await waitingBackend('netra-victim');
    await db.admin('SELECT pg_terminate_backend($1)', [pid]);
    expect(leftOrThrow(await pending)).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await lock.release();
    expect(rightOrThrow(await store.readStream('s'))).toEqual([]);
    rightOrThrow(await store.append('s', eventsWith(3), { expectedVersion: 'no_stream' }));
    expect(rightOrThrow(await store.readStream('s'))).toHaveLength(3);
    await store.close();
  });

  it('the append session killed after its INSERT, before COMMIT: no partial append; the error says the outcome must be read', async () => {
    const schema = db.schema('killed_late');
    const pool = db.pool({ application_name: 'netra-victim-late' });
    const store = rightOrThrow(await openPostgresEventStore({ pool, schema }));
    rightOrThrow(await store.append('s', eventsWith(1), { expectedVersion: 'no_stream' }));
    const hooks = hooksOf(store);
    if (hooks === undefined) throw new Error('no hooks');
    hooks.beforeCommit = async () => {
      const pid = await waitingBackend('netra-victim-late', 'idle in transaction');
      await db.admin('SELECT pg_terminate_backend($1)', [pid]);
      await sleep(100);
    };
    const refused = leftOrThrow(await store.append('s', eventsWith(4), { expectedVersion: 1 }));
    hooks.beforeCommit = undefined;
    expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(refused.message).toMatch(/read the stream before retrying/);
    expect(rightOrThrow(await store.readStream('s'))).toHaveLength(1);
    expect(rightOrThrow(await store.readStreamHead('s'))).toMatchObject({ version: 1 });
    rightOrThrow(await store.append('s', eventsWith(4), { expectedVersion: 1 }));
    expect(rightOrThrow(await store.readStream('s'))).toHaveLength(5);
    await store.close();
  });

  it('a pool of one connection is never taken for LISTEN: waiting does not starve appends', async () => {
    const schema = db.schema('one');
    const store = rightOrThrow(
      await openPostgresEventStore({
        pool: db.pool({ max: 1, connectionTimeoutMillis: 3_000 }),
        schema,
        pollIntervalMs: 50,
      }),
    );
    const waiting = store.waitForEvents(0, { timeoutMs: 10_000 });
    await sleep(200);
    rightOrThrow(await store.append('s', eventsWith(1), { expectedVersion: 'no_stream' }));
    await waiting;
    rightOrThrow(await store.append('s', eventsWith(1), { expectedVersion: 1 }));
    await store.close();
  });

  it('close() leaves the application’s pool open and ends the store’s LISTEN session', async () => {
    const pool = db.pool({ application_name: 'netra-close' });
    const store = rightOrThrow(await openPostgresEventStore({ pool, schema: db.schema('close') }));
    await store.waitForEvents(0, { timeoutMs: 300 });
    const listening = async () =>
      (
        await db.admin(
          "SELECT pid FROM pg_stat_activity WHERE application_name = 'netra-close' AND query LIKE 'LISTEN%'",
        )
      ).length;
    expect(await listening()).toBe(1);
    await store.close();
    await sleep(200);
    expect(await listening()).toBe(0);
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await expect(store.readAll()).rejects.toThrow(/after close/);
  });
});
