import type { RecordedEvent } from '@netra/core';
import type { TallyRow } from '@netra/testing';
import { freshStreamId, storeTestEvents, tallyProjection } from '@netra/testing';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { runProjectionWithRestarts } from '../src/index.js';
import type { EsdbDouble } from './double/esdb-double.js';
import { faults } from './double/faults.js';
import { isForwardAllRead } from './double/read-handler.js';
import {
  freshCategory,
  openOnDouble,
  rightOrThrow,
  useEsdbDouble,
} from './support/double-store.js';
import { waitUntil } from './support/wait-until.js';

let double: EsdbDouble;
useEsdbDouble((started) => {
  double = started;
});

const { eventsWith } = storeTestEvents('esdb-subscription-drop');

describe('dropped subscriptions and connections (protocol test double)', () => {
  it('waitForEvents wakes on another process’s append through its subscription, and again after the double drops it', async () => {
    const category = freshCategory();
    // A poll far beyond the test's timeout: only the subscription can wake the waiter.
    const store = await openOnDouble(double, { category, pollIntervalMs: 600_000 });
    const writer = await openOnDouble(double, { category });
    try {
      const streamId = freshStreamId();
      for (const round of [1, 2]) {
        const head = rightOrThrow(await store.readHeadPosition());
        const before = double.subscriptions;
        const waiting = store.waitForEvents(head, { timeoutMs: 600_000 });
        if (round === 1)
          await waitUntil('the store subscribed', () => double.subscriptions > before);
        else await waitUntil('the store subscribed again', () => double.subscriptions >= before);
        rightOrThrow(await writer.append(streamId, eventsWith(1), { expectedVersion: 'any' }));
        await waiting;
        const after = rightOrThrow(await store.readAll({ after: head }));
        expect(after.map((e) => e.streamVersion)).toEqual([round]);
        // The double ends the subscription with UNAVAILABLE, as a dropped connection would.
        expect(double.dropSubscriptions()).toBeGreaterThanOrEqual(1);
      }
    } finally {
      await store.close();
      await writer.close();
    }
  });

  it('runProjection (core’s, unchanged, restarted by runProjectionWithRestarts) loses and repeats no event across drops, failed reads and a server restart', async () => {
    const category = freshCategory();
    const store = await openOnDouble(double, { category, pollIntervalMs: 50 });
    const writer = await openOnDouble(double, { category });
    const streams = [freshStreamId('t'), freshStreamId('t'), freshStreamId('t')];
    let batch = 0;
    let appendedEvents = 0;
    // The writer is another process: after the server restarts it retries what was refused
    // as unavailable (nothing was written then: the double was down).
    const write = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const streamId = streams[batch++ % streams.length] as string;
        const events = eventsWith(1 + (batch % 3));
        await waitUntil('the writer appended', async () => {
          const appended = await writer.append(streamId, events, { expectedVersion: 'any' });
          if (E.isLeft(appended) && appended.left.code !== 'STORE_UNAVAILABLE') {
            throw new Error(appended.left.message);
          }
          if (E.isRight(appended)) appendedEvents += appended.right.events.length;
          return E.isRight(appended);
        });
      }
    };
    const caughtUp = (what: string) =>
      waitUntil(what, async () => {
        const stored = await store.checkpoints.load('tally');
        const head = await writer.readHeadPosition();
        return E.isRight(stored) && E.isRight(head) && stored.right === head.right;
      });

    const controller = new AbortController();
    const restarts: string[] = [];
    const running = runProjectionWithRestarts<TallyRow>(
      {
        store,
        checkpoints: store.checkpoints,
        projection: tallyProjection,
        mode: 'follow',
        signal: controller.signal,
        batchSize: 4,
        idleTimeoutMs: 100,
      },
      { restartDelayMs: 50, onRestart: (error) => restarts.push(error.code) },
    );
    try {
      await write(6);
      await caughtUp('the runner applied the first events');

      await waitUntil('the runner waits on a subscription', () => double.subscriptions > 0);
      expect(double.dropSubscriptions()).toBeGreaterThanOrEqual(1);
      await write(6);
      await caughtUp('the runner applied the events after the drop');

      // The connection fails mid-stream: reads answer UNAVAILABLE; the runner restarts.
      double.failNext('read', faults.unavailable(), 3, isForwardAllRead);
      await waitUntil('the runner restarted after failed reads', () => restarts.length >= 1);
      await write(6);
      await caughtUp('the runner applied the events after failed reads');

      // The server goes away and comes back on the same port.
      await double.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await double.start();
      await write(6);
      await caughtUp('the runner applied the events after the server restarted');
    } finally {
      controller.abort();
      await running;
      await store.close();
      await writer.close();
    }

    expect(restarts.every((code) => code === 'STORE_UNAVAILABLE')).toBe(true);
    // What the log holds, read afresh, against what the runner committed.
    const reader = await openOnDouble(double, { category });
    try {
      const logged: RecordedEvent[] = [...rightOrThrow(await reader.readAll({ limit: 10_000 }))];
      expect(logged).toHaveLength(appendedEvents);
      expect(appendedEvents).toBeGreaterThanOrEqual(24);
      const stored = rightOrThrow(await reader.checkpoints.loadProjection('tally'));
      const rows = new Map(stored?.rows as [string, TallyRow][]);
      for (const streamId of streams) {
        const ofStream = logged.filter((e) => e.streamId === streamId);
        const sum = ofStream.reduce((total, e) => total + (e.data as { n: number }).n, 0);
        expect(rows.get(streamId)).toEqual({ sum, events: ofStream.length });
      }
      expect(stored?.position).toBe(logged.at(-1)?.globalPosition);
    } finally {
      await reader.close();
    }
  });
});
