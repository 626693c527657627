import { followAll } from '@netra/core';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('wait');
afterAll(() => temp.cleanup());

describe('waiting for events written by another connection', () => {
  it('waitForEvents wakes on an append made through another store on the same file, well before its timeout', async () => {
    const path = temp.file('wait.db');
    const follower = rightOrThrow(openSqliteEventStore({ file: path, pollIntervalMs: 20 }));
    const writer = rightOrThrow(openSqliteEventStore({ file: path }));
    setTimeout(() => void writer.append('case-1', eventsWith(1), { expectedVersion: 'any' }), 50);
    const started = Date.now();
    await follower.waitForEvents(0, { timeoutMs: 10_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(rightOrThrow(await follower.readAll())).toHaveLength(1);
    await writer.close();
    await follower.close();
  });

  it('an abort signal ends the wait', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const started = Date.now();
    await store.waitForEvents(0, { timeoutMs: 10_000, signal: controller.signal });
    expect(Date.now() - started).toBeLessThan(5_000);
    await store.close();
  });

  it('close() releases every waiter', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    const waiting = store.waitForEvents(0, { timeoutMs: 10_000 });
    const started = Date.now();
    await store.close();
    await waiting;
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('followAll on one store sees, in order, what another process-like writer appends', async () => {
    const path = temp.file('follow.db');
    const follower = rightOrThrow(openSqliteEventStore({ file: path, pollIntervalMs: 10 }));
    const writer = rightOrThrow(openSqliteEventStore({ file: path }));
    const controller = new AbortController();
    const seen: string[] = [];
    const following = (async () => {
      for await (const event of followAll(follower, {
        signal: controller.signal,
        idleTimeoutMs: 5_000,
      })) {
        seen.push(`${event.streamId}@${event.streamVersion}`);
        if (seen.length === 6) controller.abort();
      }
    })();
    const started = Date.now();
    for (const stream of ['a', 'b', 'a']) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      rightOrThrow(await writer.append(stream, eventsWith(2), { expectedVersion: 'any' }));
    }
    await following;
    // polling found them: waiting out the 5 s idle timeout three times would take 15 s
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(seen).toEqual(['a@1', 'a@2', 'b@1', 'b@2', 'a@3', 'a@4']);
    await writer.close();
    await follower.close();
  });
});
