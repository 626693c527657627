import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';

const sqliteError = (code: string): Error => Object.assign(new Error(`${code} happened`), { code });

/** A fake clock that advances only when the retry loop sleeps. */
const fakeTime = (overrides: Partial<RetryContext> = {}) => {
  let now = 0;
  const sleeps: number[] = [];
  const context: RetryContext = {
    file: '/data/netra.db',
    busyTimeoutMs: 100,
    isClosed: () => false,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    ...overrides,
  };
  return { context, sleeps };
};

describe('withBusyRetry', () => {
  it('retries while SQLite answers busy, then returns what the operation answers', async () => {
    const { context, sleeps } = fakeTime();
    let tries = 0;
    const result = await withBusyRetry(context, () => {
      tries++;
      if (tries < 4) throw sqliteError(tries % 2 ? 'SQLITE_BUSY' : 'SQLITE_LOCKED_SHAREDCACHE');
      return E.right('done');
    });
    expect(result).toEqual(E.right('done'));
    expect(tries).toBe(4);
    expect(sleeps).toHaveLength(3);
    expect(Math.max(...sleeps)).toBeLessThanOrEqual(5);
  });

  it('answers STORE_LOCKED naming the file once busyTimeoutMs has passed, not before', async () => {
    const { context, sleeps } = fakeTime();
    const result = await withBusyRetry(context, () => {
      throw sqliteError('SQLITE_BUSY');
    });
    expect(E.isLeft(result) && result.left.code).toBe('STORE_LOCKED');
    expect(E.isLeft(result) && result.left.message).toContain('/data/netra.db');
    const waited = sleeps.reduce((a, b) => a + b, 0);
    expect(waited).toBeGreaterThanOrEqual(100);
    expect(waited).toBeLessThan(110);
  });

  it('with a zero timeout, tries once', async () => {
    const { context, sleeps } = fakeTime({ busyTimeoutMs: 0 });
    const result = await withBusyRetry(context, () => {
      throw sqliteError('SQLITE_BUSY');
    });
    expect(E.isLeft(result) && result.left.code).toBe('STORE_LOCKED');
    expect(sleeps).toEqual([]);
  });

  it('turns other SQLite errors into STORE_UNAVAILABLE saying what happened, without retrying', async () => {
    const { context, sleeps } = fakeTime();
    const result = await withBusyRetry(context, () => {
      throw sqliteError('SQLITE_FULL');
    });
    expect(E.isLeft(result) && result.left).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(E.isLeft(result) && result.left.message).toContain('the disk is full');
    expect(sleeps).toEqual([]);
  });

  it('throws what is not a SQLite error: that is a bug, not an outcome', async () => {
    const { context } = fakeTime();
    await expect(
      withBusyRetry(context, () => {
        throw new TypeError('boom');
      }),
    ).rejects.toThrow('boom');
  });

  it('stops waiting when the store is closed meanwhile', async () => {
    let closed = false;
    const { context } = fakeTime({ isClosed: () => closed });
    const result = await withBusyRetry(context, () => {
      closed = true;
      throw sqliteError('SQLITE_BUSY');
    });
    expect(E.isLeft(result) && result.left).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(E.isLeft(result) && result.left.message).toContain('closed');
  });
});
