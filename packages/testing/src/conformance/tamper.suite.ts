import type { EventStore } from '@netra/core';
import { loadStream, verifyStore } from '@netra/core';
import { describe, expect, it } from 'vitest';
import {
  addCommand,
  counterCodec,
  counterDecider,
  counterHandler,
  OFFICER,
} from './counter-decider.js';
import { freshStreamId, newEvents } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { leftOf, rightOf } from './with-store.js';

const handleOn = (store: EventStore, counterId: string, commandId: string) =>
  counterHandler(store)(addCommand(counterId, commandId, 1), { actor: OFFICER })();

/** Counter events (`Added`), so that the counter handler can fold the tampered stream. */
const added = (count: number) =>
  newEvents(count, 'Added').map((event, i) => ({ ...event, data: { amount: i + 1 } }));

/**
 * Stored history altered behind the store's back: the store must refuse to append onto it, the
 * handler must refuse to decide on it, and `verifyStore` must report every damaged stream.
 */
export const tamperSuite = (harness: StoreHarness): void => {
  describe('a history altered in storage', () => {
    const { tamper, removeEvent } = harness;

    if (tamper) {
      it('an edited event: append (any expected version) and the handler refuse with CHAIN_BROKEN; nothing is written', async () => {
        const store = await harness.create();
        const target = freshStreamId('counter');
        const healthy = freshStreamId('counter');
        rightOf(await store.append(target, added(3), { expectedVersion: 'no_stream' }));
        rightOf(await store.append(healthy, added(1), { expectedVersion: 'no_stream' }));
        const altered = await tamper(store, { streamId: target, streamVersion: 2 }, () => ({
          amount: 900,
        }));
        try {
          for (const expectedVersion of ['any', 3, 'stream_exists'] as const) {
            expect(
              leftOf(await altered.append(target, added(1), { expectedVersion })),
            ).toMatchObject({
              code: 'CHAIN_BROKEN',
              streamId: target,
              streamVersion: 2,
              reason: 'HASH_MISMATCH',
            });
          }
          expect(leftOf(await handleOn(altered, target, 'on-forged'))).toMatchObject({
            code: 'CHAIN_BROKEN',
            streamId: target,
            streamVersion: 2,
          });
          expect(rightOf(await altered.readStream(target))).toHaveLength(3);
          // The damage stays with its stream: others are appended to as usual.
          rightOf(await altered.append(healthy, added(1), { expectedVersion: 1 }));
        } finally {
          await altered.close();
          if (altered !== store) await store.close();
        }
      });
    }

    if (removeEvent) {
      it('a deleted last event: the recorded head shows it; append, handler and verifyStore all refuse it', async () => {
        const store = await harness.create();
        const target = freshStreamId('counter');
        rightOf(await store.append(target, added(3), { expectedVersion: 'no_stream' }));
        const altered = await removeEvent(store, { streamId: target, streamVersion: 3 });
        try {
          expect(rightOf(await altered.readStream(target))).toHaveLength(2);
          expect(rightOf(await altered.readStreamHead(target))).toMatchObject({ version: 3 });
          for (const expectedVersion of ['any', 2, 3] as const) {
            expect(
              leftOf(await altered.append(target, added(1), { expectedVersion })),
            ).toMatchObject({ code: 'CHAIN_BROKEN', reason: 'HEAD_MISMATCH', streamId: target });
          }
          expect(leftOf(await handleOn(altered, target, 'after-truncation'))).toMatchObject({
            code: 'CHAIN_BROKEN',
            reason: 'HEAD_MISMATCH',
          });
          // Loading for a decision (or a read) sees it too, before any append is tried.
          expect(
            leftOf(await loadStream(altered, counterDecider, counterCodec, target)),
          ).toMatchObject({ code: 'CHAIN_BROKEN', reason: 'HEAD_MISMATCH', streamVersion: 3 });
          const report = rightOf(await verifyStore(altered));
          expect(report.breaks).toEqual([
            expect.objectContaining({ streamId: target, reason: 'HEAD_MISMATCH' }),
          ]);
          expect(report.heads.has(target)).toBe(false);
          expect(rightOf(await altered.readStream(target))).toHaveLength(2);
        } finally {
          await altered.close();
          if (altered !== store) await store.close();
        }
      });

      it('a deleted middle event is a gap: refused on append and by the handler, never a version conflict', async () => {
        const store = await harness.create();
        const target = freshStreamId('counter');
        rightOf(await store.append(target, added(4), { expectedVersion: 'no_stream' }));
        const altered = await removeEvent(store, { streamId: target, streamVersion: 2 });
        try {
          expect(
            leftOf(await altered.append(target, added(1), { expectedVersion: 'any' })),
          ).toMatchObject({ code: 'CHAIN_BROKEN', reason: 'VERSION_GAP', streamVersion: 2 });
          expect(leftOf(await handleOn(altered, target, 'after-gap'))).toMatchObject({
            code: 'CHAIN_BROKEN',
            reason: 'VERSION_GAP',
            streamVersion: 2,
          });
        } finally {
          await altered.close();
          if (altered !== store) await store.close();
        }
      });
    }

    if (tamper && removeEvent) {
      it('verifyStore reports every damaged stream, not only the first, and respects maxBreaks', async () => {
        let store = await harness.create();
        const ids = [
          freshStreamId('a'),
          freshStreamId('b'),
          freshStreamId('c'),
          freshStreamId('d'),
        ];
        for (const id of ids) {
          rightOf(await store.append(id, added(3), { expectedVersion: 'no_stream' }));
        }
        const opened: EventStore[] = [store];
        store = await tamper(store, { streamId: ids[0] as string, streamVersion: 1 }, () => ({
          amount: 7,
        }));
        opened.push(store);
        store = await removeEvent(store, { streamId: ids[2] as string, streamVersion: 3 });
        opened.push(store);
        try {
          const report = rightOf(await verifyStore(store, { pageSize: 2 }));
          expect(report.breaks.map((b) => [b.streamId, b.reason]).sort()).toEqual(
            [
              [ids[0], 'HASH_MISMATCH'],
              [ids[2], 'HEAD_MISMATCH'],
            ].sort(),
          );
          expect(report.breaksTruncated).toBe(false);
          expect([...report.heads.keys()].sort()).toEqual([ids[1], ids[3]].sort());
          const capped = rightOf(await verifyStore(store, { maxBreaks: 1 }));
          expect(capped.breaks).toHaveLength(1);
          expect(capped.breaksTruncated).toBe(true);
        } finally {
          for (const s of new Set(opened.reverse())) await s.close();
        }
      });
    }
  });
};
