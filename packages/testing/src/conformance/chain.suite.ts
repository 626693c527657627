import { GENESIS_HASH, verifyStore, verifyStreamChain } from '@netra/core';
import { describe, expect, it } from 'vitest';
import { freshStreamId, newEvents } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { leftOf, rightOf, withStore } from './with-store.js';

export const chainSuite = (harness: StoreHarness): void => {
  describe('hash chain', () => {
    it('chains every stream from the genesis hash; every stream of the store verifies', () =>
      withStore(harness, async (store) => {
        const a = freshStreamId('a');
        const b = freshStreamId('b');
        rightOf(await store.append(a, newEvents(3), { expectedVersion: 'no_stream' }));
        rightOf(await store.append(b, newEvents(2), { expectedVersion: 'no_stream' }));
        rightOf(await store.append(a, newEvents(2), { expectedVersion: 3 }));
        const stream = rightOf(await store.readStream(a));
        expect(stream.every((e) => /^[0-9a-f]{64}$/.test(e.hash))).toBe(true);
        expect(new Set(stream.map((e) => e.hash)).size).toBe(5);
        const verified = rightOf(verifyStreamChain(a, stream));
        expect(verified).toEqual({ streamId: a, events: 5, headHash: stream.at(-1)!.hash });
        expect(verified.headHash).not.toBe(GENESIS_HASH);
        const whole = rightOf(await verifyStore(store, { pageSize: 3 }));
        expect(whole).toMatchObject({ streams: 2, events: 7, breaks: [] });
        expect(whole.heads.get(b)).toBe(rightOf(await store.readStream(b)).at(-1)!.hash);
      }));

    it('detects a removed or reordered event in what a store returns', () =>
      withStore(harness, async (store) => {
        const streamId = freshStreamId();
        rightOf(await store.append(streamId, newEvents(4), { expectedVersion: 'no_stream' }));
        const stream = rightOf(await store.readStream(streamId));
        expect(
          leftOf(verifyStreamChain(streamId, [stream[0]!, stream[2]!, stream[3]!])),
        ).toMatchObject({ reason: 'VERSION_GAP', streamVersion: 2 });
        const swapped = [
          stream[0]!,
          { ...stream[2]!, streamVersion: 2 },
          { ...stream[1]!, streamVersion: 3 },
        ];
        expect(leftOf(verifyStreamChain(streamId, swapped))).toMatchObject({
          reason: 'HASH_MISMATCH',
          streamVersion: 2,
        });
      }));

    if (harness.tamper) {
      const tamper = harness.tamper;
      it('detects an event edited in the storage itself', async () => {
        const store = await harness.create();
        const streamId = freshStreamId();
        const other = freshStreamId();
        rightOf(await store.append(streamId, newEvents(3), { expectedVersion: 'no_stream' }));
        rightOf(await store.append(other, newEvents(2), { expectedVersion: 'no_stream' }));
        const altered = await tamper(store, { streamId, streamVersion: 2 }, (data) => ({
          ...(data as object),
          n: 99,
        }));
        try {
          const stream = rightOf(await altered.readStream(streamId));
          expect(stream[1]!.data).toMatchObject({ n: 99 });
          expect(leftOf(verifyStreamChain(streamId, stream))).toMatchObject({
            code: 'CHAIN_BROKEN',
            reason: 'HASH_MISMATCH',
            streamVersion: 2,
          });
          const whole = rightOf(await verifyStore(altered));
          expect(whole.breaks.map((b) => [b.streamId, b.streamVersion])).toEqual([[streamId, 2]]);
          expect(whole.heads.has(other)).toBe(true);
        } finally {
          await altered.close();
          if (altered !== store) await store.close();
        }
      });
    }
  });
};
