import { followAll } from '@netra/core';
import { describe, expect, it } from 'vitest';
import { freshStreamId, newEvents } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { rightOf, withStore } from './with-store.js';

export const readSuite = (harness: StoreHarness): void => {
  describe('read', () => {
    it('answers the position of the last event in the log as its head position', () =>
      withStore(harness, async (store) => {
        const before = rightOf(await store.readHeadPosition());
        expect(Number.isSafeInteger(before) && before >= 0).toBe(true);
        const appended = rightOf(
          await store.append(freshStreamId(), newEvents(3), { expectedVersion: 'no_stream' }),
        );
        const last = appended.events.at(-1)!.globalPosition;
        expect(last).toBeGreaterThan(before);
        expect(rightOf(await store.readHeadPosition())).toBe(last);
        const all = rightOf(await store.readAll({ after: before, limit: 10 }));
        expect(all.at(-1)?.globalPosition).toBe(last);
      }));

    it('reads an absent stream as empty', () =>
      withStore(harness, async (store) => {
        expect(rightOf(await store.readStream(freshStreamId()))).toEqual([]);
      }));

    it('reads a stream between two versions, inclusive', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        rightOf(await store.append(streamId, newEvents(6), { expectedVersion: 'no_stream' }));
        const middle = rightOf(await store.readStream(streamId, { from: 2, to: 4 }));
        expect(middle.map((e) => e.streamVersion)).toEqual([2, 3, 4]);
        expect(
          rightOf(await store.readStream(streamId, { from: 5 })).map((e) => e.streamVersion),
        ).toEqual([5, 6]);
        expect(
          rightOf(await store.readStream(streamId, { to: 1 })).map((e) => e.streamVersion),
        ).toEqual([1]);
        expect(rightOf(await store.readStream(streamId, { from: 7 }))).toEqual([]);
      }));

    it('reads all streams in global order, in pages that together hold every event once', () =>
      withStore(harness, async (store) => {
        const a = freshStreamId('a');
        const b = freshStreamId('b');
        rightOf(await store.append(a, newEvents(3), { expectedVersion: 'no_stream' }));
        rightOf(await store.append(b, newEvents(2), { expectedVersion: 'no_stream' }));
        rightOf(await store.append(a, newEvents(2), { expectedVersion: 3 }));
        const all = rightOf(await store.readAll());
        expect(all.map((e) => [e.streamId, e.streamVersion])).toEqual([
          [a, 1],
          [a, 2],
          [a, 3],
          [b, 1],
          [b, 2],
          [a, 4],
          [a, 5],
        ]);
        const paged = [];
        let after = 0;
        for (;;) {
          const page = rightOf(await store.readAll({ after, limit: 2 }));
          if (page.length === 0) break;
          expect(page.length).toBeLessThanOrEqual(2);
          paged.push(...page);
          after = page.at(-1)!.globalPosition;
        }
        expect(paged).toEqual(all);
        expect(rightOf(await store.readAll({ after: all.at(-1)!.globalPosition }))).toEqual([]);
      }));

    it('follows the log: events appended after the follower starts arrive in order', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        rightOf(await store.append(streamId, newEvents(2), { expectedVersion: 'no_stream' }));
        const controller = new AbortController();
        const received: number[] = [];
        const follower = (async () => {
          for await (const event of followAll(store, {
            signal: controller.signal,
            idleTimeoutMs: 50,
          })) {
            received.push(event.streamVersion);
            if (received.length === 5) controller.abort();
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 20));
        rightOf(await store.append(streamId, newEvents(3), { expectedVersion: 2 }));
        await follower;
        expect(received).toEqual([1, 2, 3, 4, 5]);
      }));

    it('waitForEvents returns at once when events are already there, and on timeout otherwise', () =>
      withStore(harness, async (store) => {
        rightOf(await store.append(freshStreamId(), newEvents(1), { expectedVersion: 'any' }));
        const [first] = rightOf(await store.readAll());
        const started = Date.now();
        await store.waitForEvents(0, { timeoutMs: 5_000 });
        expect(Date.now() - started).toBeLessThan(2_000);
        await store.waitForEvents(first!.globalPosition, { timeoutMs: 30 });
      }));
  });
};
