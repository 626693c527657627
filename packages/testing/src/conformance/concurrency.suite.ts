import type { EventStore, StoreError } from '@netra/core';
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { describe, expect, it } from 'vitest';
import { freshStreamId, newEvent, newEvents } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { rightOf, withStore } from './with-store.js';

const CONTENDERS = 20;

const outcomes = async (attempts: Promise<Either<StoreError, unknown>>[]) => {
  const results = await Promise.all(attempts);
  return {
    wins: results.filter(E.isRight).length,
    conflicts: results.filter((r) => E.isLeft(r) && r.left.code === 'WRONG_EXPECTED_VERSION')
      .length,
  };
};

const eventCount = async (store: EventStore): Promise<number> =>
  rightOf(await store.readAll({ limit: 100_000 })).length;

export const concurrencySuite = (harness: StoreHarness): void => {
  describe('concurrency', () => {
    it(`${CONTENDERS} concurrent appends with one expected version: exactly one wins`, () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        rightOf(await store.append(streamId, newEvents(2), { expectedVersion: 'no_stream' }));
        const { wins, conflicts } = await outcomes(
          Array.from({ length: CONTENDERS }, () =>
            store.append(streamId, newEvents(3), { expectedVersion: 2 }),
          ),
        );
        expect(wins).toBe(1);
        expect(conflicts).toBe(CONTENDERS - 1);
        const stream = rightOf(await store.readStream(streamId));
        expect(stream.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5]);
        // the winner's three events are contiguous: one batch, not a mix
        expect(new Set(stream.slice(2).map((e) => e.metadata.commandId)).size).toBe(3);
      }));

    it(`${CONTENDERS} concurrent creators of one stream: exactly one creates it`, () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const { wins, conflicts } = await outcomes(
          Array.from({ length: CONTENDERS }, (_, i) =>
            store.append(streamId, [newEvent('Opened', { by: i })], {
              expectedVersion: 'no_stream',
            }),
          ),
        );
        expect(wins).toBe(1);
        expect(conflicts).toBe(CONTENDERS - 1);
        expect(rightOf(await store.readStream(streamId))).toHaveLength(1);
      }));

    it('concurrent appends with expected version "any" all land, with distinct versions', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        const results = await Promise.all(
          Array.from({ length: CONTENDERS }, () =>
            store.append(streamId, newEvents(2), { expectedVersion: 'any' }),
          ),
        );
        expect(results.every((r) => r._tag === 'Right')).toBe(true);
        const versions = rightOf(await store.readStream(streamId)).map((e) => e.streamVersion);
        expect(versions).toEqual(Array.from({ length: CONTENDERS * 2 }, (_, i) => i + 1));
      }));

    it('a reader paging the global log during concurrent writes sees every event exactly once, in order', () =>
      withStore(harness, async (store) => {
        const streams = Array.from({ length: 8 }, () => freshStreamId());
        const writers = streams.map(async (streamId) => {
          for (let i = 0; i < 10; i++) {
            rightOf(await store.append(streamId, newEvents(2), { expectedVersion: 'any' }));
          }
        });
        const seen: number[] = [];
        let done = false;
        const all = Promise.all(writers).then(() => {
          done = true;
        });
        let after = 0;
        for (;;) {
          // Writes that finished before this read must all be in it or in earlier pages.
          const writersFinished = done;
          const page = rightOf(await store.readAll({ after, limit: 7 }));
          for (const event of page) {
            seen.push(event.globalPosition);
            after = event.globalPosition;
          }
          if (page.length > 0) continue;
          if (writersFinished) break;
          await new Promise((resolve) => setTimeout(resolve, 1));
        }
        await all;
        const everything = rightOf(await store.readAll({ limit: 100_000 })).map(
          (e) => e.globalPosition,
        );
        expect(everything).toHaveLength(8 * 10 * 2);
        expect(seen).toEqual(everything);
        expect(await eventCount(store)).toBe(160);
      }));
  });
};
