import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { leftOrThrow, rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('locked');
afterAll(() => temp.cleanup());

let files = 0;

/** A store file and a second connection to it holding the write lock (BEGIN IMMEDIATE), as another process would. */
const lockedStore = (busyTimeoutMs: number) => {
  const path = temp.file(`locked-${++files}.db`);
  const store = rightOrThrow(openSqliteEventStore({ file: path, busyTimeoutMs }));
  const other = new Database(path);
  other.exec('BEGIN IMMEDIATE');
  return { path, store, other };
};

/** Counts event-loop turns while `work` runs: a store that blocked the loop would let none through. */
const loopTurnsDuring = async <A>(
  work: () => Promise<A>,
): Promise<{ result: A; turns: number; elapsedMs: number }> => {
  let turns = 0;
  const ticker = setInterval(() => turns++, 5);
  const started = Date.now();
  try {
    const result = await work();
    return { result, turns, elapsedMs: Date.now() - started };
  } finally {
    clearInterval(ticker);
  }
};

describe('another writer holds the lock', () => {
  it('an append waits busyTimeoutMs without blocking the event loop, then answers STORE_LOCKED, writing nothing', async () => {
    const { path, store, other } = lockedStore(300);
    const { result, turns, elapsedMs } = await loopTurnsDuring(() =>
      store.append('case-1', eventsWith(2), { expectedVersion: 'no_stream' }),
    );
    const error = leftOrThrow(result);
    expect(error.code).toBe('STORE_LOCKED');
    expect(error.message).toContain(path);
    expect(elapsedMs).toBeGreaterThanOrEqual(290);
    expect(turns).toBeGreaterThan(10);
    // readers are not held up by the writer (WAL)
    expect(rightOrThrow(await store.readAll())).toEqual([]);
    other.exec('ROLLBACK');
    other.close();
    expect(rightOrThrow(await store.readAll())).toEqual([]);
    rightOrThrow(await store.append('case-1', eventsWith(2), { expectedVersion: 'no_stream' }));
    await store.close();
  });

  it('an append that waits goes through once the lock is released within the timeout', async () => {
    const { store, other } = lockedStore(5_000);
    setTimeout(() => {
      other.exec('COMMIT');
      other.close();
    }, 150);
    const started = Date.now();
    const appended = rightOrThrow(
      await store.append('case-1', eventsWith(3), { expectedVersion: 'no_stream' }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(appended.nextExpectedVersion).toBe(3);
    await store.close();
  });

  it('saving a checkpoint under the lock answers STORE_LOCKED too', async () => {
    const { store, other } = lockedStore(100);
    expect(leftOrThrow(await store.checkpoints.save('p', 5)).code).toBe('STORE_LOCKED');
    other.exec('ROLLBACK');
    other.close();
    expect(rightOrThrow(await store.checkpoints.load('p'))).toBe(0);
    await store.close();
  });

  it('creating a store in a file another connection holds locked: LOCKED after waiting, naming the file', () => {
    const path = temp.file(`creating-${++files}.db`);
    const other = new Database(path);
    other.exec('BEGIN IMMEDIATE');
    try {
      const started = Date.now();
      const error = leftOrThrow(openSqliteEventStore({ file: path, busyTimeoutMs: 200 }));
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(error).toMatchObject({ code: 'LOCKED', file: path });
      expect(error.message).toContain(path);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    // once free, the same file opens
    rightOrThrow(openSqliteEventStore({ file: path })).close();
  });

  it('an existing, current store opens while another connection writes', async () => {
    const { path, store, other } = lockedStore(100);
    const second = rightOrThrow(openSqliteEventStore({ file: path, busyTimeoutMs: 100 }));
    expect(rightOrThrow(await second.readAll())).toEqual([]);
    other.exec('ROLLBACK');
    other.close();
    await second.close();
    await store.close();
  });
});
