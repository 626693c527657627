import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNewEventWaiters } from './new-event-waiters.js';

describe('new-event waiters', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const settled = (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => {
      done = true;
    });
    return () => done;
  };

  it('returns at once when the log is already past `after`', async () => {
    const waiters = createNewEventWaiters(() => 5, 100);
    const isDone = settled(waiters.wait(4, { timeoutMs: 10_000 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
  });

  it('wakes on notify (an append through this store)', async () => {
    const waiters = createNewEventWaiters(() => 0, 100);
    const isDone = settled(waiters.wait(0, { timeoutMs: 10_000 }));
    await vi.advanceTimersByTimeAsync(50);
    expect(isDone()).toBe(false);
    waiters.notify();
    await vi.advanceTimersByTimeAsync(0);
    expect(isDone()).toBe(true);
  });

  it('wakes at the next poll that finds a higher position (an append by another process)', async () => {
    let highest: number | undefined = 3;
    const waiters = createNewEventWaiters(() => highest, 100);
    const isDone = settled(waiters.wait(3, { timeoutMs: 10_000 }));
    highest = undefined; // a poll that fails is just tried again
    await vi.advanceTimersByTimeAsync(250);
    expect(isDone()).toBe(false);
    highest = 4;
    await vi.advanceTimersByTimeAsync(100);
    expect(isDone()).toBe(true);
  });

  it('gives up at the timeout, and on abort', async () => {
    const waiters = createNewEventWaiters(() => 0, 100);
    const timedOut = settled(waiters.wait(0, { timeoutMs: 500 }));
    const controller = new AbortController();
    const aborted = settled(waiters.wait(0, { timeoutMs: 10_000, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(499);
    expect(timedOut()).toBe(false);
    controller.abort();
    await vi.advanceTimersByTimeAsync(1);
    expect(timedOut()).toBe(true);
    expect(aborted()).toBe(true);
  });

  it('polls only while someone waits', async () => {
    const poll = vi.fn(() => 0);
    const waiters = createNewEventWaiters(poll, 100);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(poll).not.toHaveBeenCalled();
    void waiters.wait(0, { timeoutMs: 300 });
    await vi.advanceTimersByTimeAsync(1_000);
    const calls = poll.mock.calls.length;
    expect(calls).toBeGreaterThanOrEqual(3);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(poll.mock.calls.length).toBe(calls);
  });
});
