import { GENESIS_HASH } from '@netra/core';
import { describe, expect, it } from 'vitest';
import { freshStreamId, newEvents } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { rightOf, withStore } from './with-store.js';

export const headsSuite = (harness: StoreHarness): void => {
  describe('stream heads', () => {
    it('records each stream’s version and last hash with every append', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        expect(rightOf(await store.readStreamHead(streamId))).toBeNull();
        rightOf(await store.append(streamId, newEvents(2), { expectedVersion: 'no_stream' }));
        const appended = rightOf(
          await store.append(streamId, newEvents(1), { expectedVersion: 2 }),
        );
        const head = rightOf(await store.readStreamHead(streamId));
        expect(head).toEqual({ streamId, version: 3, hash: appended.events[0]?.hash });
        expect(head?.hash).not.toBe(GENESIS_HASH);
      }));

    it('readStreamWithHead (optional) answers what readStreamHead and readStream do', (context) =>
      withStore(harness, async (store) => {
        const read = store.readStreamWithHead?.bind(store);
        if (read === undefined) {
          context.skip('this store has no readStreamWithHead (it is optional)');
          return;
        }
        const streamId = freshStreamId();
        expect(rightOf(await read(streamId))).toEqual({ head: null, events: [] });
        rightOf(await store.append(streamId, newEvents(2), { expectedVersion: 'no_stream' }));
        rightOf(await store.append(streamId, newEvents(1), { expectedVersion: 2 }));
        rightOf(
          await store.append(freshStreamId(), newEvents(1), { expectedVersion: 'no_stream' }),
        );
        const both = rightOf(await read(streamId));
        expect(both.head).toEqual(rightOf(await store.readStreamHead(streamId)));
        expect(both.events).toEqual(rightOf(await store.readStream(streamId)));
        expect(both.events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
        expect(both.head?.version).toBe(3);
        expect(rightOf(await read('no such stream \u0000'))).toEqual({ head: null, events: [] });
      }));

    it('lists every head in stream-id order, in pages', () =>
      withStore(harness, async (store) => {
        const prefix = freshStreamId('heads');
        const ids = ['c', 'a', 'e', 'b', 'd'].map((x) => `${prefix}-${x}`);
        for (const id of ids) {
          rightOf(await store.append(id, newEvents(1), { expectedVersion: 'no_stream' }));
        }
        const seen: string[] = [];
        let after: string | undefined;
        for (;;) {
          const page = rightOf(
            await store.listStreamHeads(after === undefined ? { limit: 2 } : { after, limit: 2 }),
          );
          if (page.length === 0) break;
          expect(page.length).toBeLessThanOrEqual(2);
          seen.push(...page.map((h) => h.streamId));
          after = page.at(-1)?.streamId;
        }
        const ours = seen.filter((id) => id.startsWith(prefix));
        expect(ours).toEqual([...ids].sort());
        expect(seen).toEqual([...seen].sort());
      }));
  });
};
