import { verifyStore } from '@netra/core';
import { freshStreamId, newEvents } from '@netra/testing';
import { describe, expect, it } from 'vitest';
import { HEAD_PROPERTY } from '../src/index.js';
import type { EsdbDouble } from './double/esdb-double.js';
import { faults } from './double/faults.js';
import {
  freshCategory,
  openOnDouble,
  rightOrThrow,
  useEsdbDouble,
} from './support/double-store.js';

let double: EsdbDouble;
useEsdbDouble((started) => {
  double = started;
});

/** The heads recorded in a stream's ESDB metadata stream, oldest first. */
const recordedHeads = (metaStream: string): unknown[] =>
  double.log
    .streamRecords(metaStream)
    .map((r) => JSON.parse(Buffer.from(r.data).toString('utf8'))[HEAD_PROPERTY]);

describe('stream heads on the protocol test double', () => {
  it('records the head in the stream’s ESDB metadata ($$ stream) after each append', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      const first = rightOrThrow(
        await store.append(streamId, newEvents(2), { expectedVersion: 'no_stream' }),
      );
      const second = rightOrThrow(
        await store.append(streamId, newEvents(1), { expectedVersion: 2 }),
      );
      expect(recordedHeads(`$$${store.category}-${streamId}`)).toEqual([
        { version: 2, hash: first.events[1]?.hash },
        { version: 3, hash: second.events[0]?.hash },
      ]);
    } finally {
      await store.close();
    }
  });

  it('a head write that failed leaves a lagging head: reads answer the last event, verifyStore passes, the next append repairs it', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      const meta = `$$${store.category}-${streamId}`;
      rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
      double.beforeAppend = async (name) => {
        if (name !== meta) return;
        double.beforeAppend = undefined;
        double.failNext('append', faults.unavailable());
      };
      const lagging = rightOrThrow(
        await store.append(streamId, newEvents(2), { expectedVersion: 1 }),
      );
      expect(recordedHeads(meta)).toHaveLength(1);
      expect(rightOrThrow(await store.readStreamHead(streamId))).toEqual({
        streamId,
        version: 3,
        hash: lagging.events[1]?.hash,
      });
      expect(rightOrThrow(await verifyStore(store)).breaks).toEqual([]);
      rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 3 }));
      expect(recordedHeads(meta).at(-1)).toMatchObject({ version: 4 });
    } finally {
      double.beforeAppend = undefined;
      await store.close();
    }
  });

  it('two processes’ head writes that cross never move the recorded head backwards', async () => {
    const category = freshCategory();
    const a = await openOnDouble(double, { category });
    const b = await openOnDouble(double, { category });
    try {
      const streamId = freshStreamId();
      const meta = `$$${category}-${streamId}`;
      // a has appended version 1 and is about to record its head when b appends version 2 and
      // records its own: a's (older) head write must then not land.
      double.beforeAppend = async (name) => {
        if (name !== meta) return;
        double.beforeAppend = undefined;
        rightOrThrow(await b.append(streamId, newEvents(1), { expectedVersion: 1 }));
      };
      rightOrThrow(await a.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
      expect(recordedHeads(meta).map((h) => (h as { version: number }).version)).toEqual([2]);
      expect(rightOrThrow(await a.readStreamHead(streamId))).toMatchObject({ version: 2 });
    } finally {
      double.beforeAppend = undefined;
      await a.close();
      await b.close();
    }
  });
});
