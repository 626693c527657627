import { jsonEvent } from '@eventstore/db-client';
import { freshStreamId, newEvents, readEverything } from '@netra/testing';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import type { EsdbDouble } from './double/esdb-double.js';
import { openOnDouble, rightOrThrow, useEsdbDouble } from './support/double-store.js';

let double: EsdbDouble;
useEsdbDouble((started) => {
  double = started;
});

describe('reads on the protocol test double', () => {
  it('readStream with from and to both set returns exactly from..to (not `to` events: the Emmett bug)', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      rightOrThrow(await store.append(streamId, newEvents(10), { expectedVersion: 'no_stream' }));
      const versions = async (from: number, to?: number) =>
        rightOrThrow(
          await store.readStream(streamId, to === undefined ? { from } : { from, to }),
        ).map((e) => e.streamVersion);
      expect(await versions(3, 5)).toEqual([3, 4, 5]);
      expect(await versions(7, 7)).toEqual([7]);
      expect(await versions(8, 100)).toEqual([8, 9, 10]);
      expect(await versions(6, 5)).toEqual([]);
      expect(await versions(11, 20)).toEqual([]);
      expect(await versions(0, 2)).toEqual([1, 2]);
    } finally {
      await store.close();
    }
  });

  it('global position = prepare position: one commit per append, distinct increasing prepares', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      const appended = rightOrThrow(
        await store.append(streamId, newEvents(3), { expectedVersion: 'no_stream' }),
      );
      const records = double.log.streamRecords(`${store.category}-${streamId}`);
      expect(new Set(records.map((r) => r.commit)).size).toBe(1);
      expect(appended.events.map((e) => e.globalPosition)).toEqual(
        records.map((r) => Number(r.prepare)),
      );
      // Resuming inside the append's commit returns the rest of it, once.
      const middle = appended.events[0]?.globalPosition ?? 0;
      const rest = rightOrThrow(await store.readAll({ after: middle }));
      expect(rest.map((e) => e.streamVersion)).toEqual([2, 3]);
    } finally {
      await store.close();
    }
  });

  it('readAll pages one event at a time through multi-event appends and foreign streams, each once, in order', async () => {
    const store = await openOnDouble(double);
    try {
      const a = freshStreamId('a');
      const b = freshStreamId('b');
      rightOrThrow(await store.append(a, newEvents(3), { expectedVersion: 'no_stream' }));
      // Streams that are not netra's: another category, a checkpoint, a metadata stream.
      await store.client.appendToStream(
        `other-${a}`,
        jsonEvent({ type: 'Foreign', data: { x: 1 } }),
      );
      rightOrThrow(await store.checkpoints.save('p', 3));
      rightOrThrow(await store.append(b, newEvents(2), { expectedVersion: 'no_stream' }));
      rightOrThrow(await store.append(a, newEvents(2), { expectedVersion: 3 }));
      const whole = rightOrThrow(await store.readAll());
      expect(whole.map((e) => [e.streamId, e.streamVersion])).toEqual([
        [a, 1],
        [a, 2],
        [a, 3],
        [b, 1],
        [b, 2],
        [a, 4],
        [a, 5],
      ]);
      expect(await readEverything(store, 1)).toEqual(whole);
      const positions = whole.map((e) => e.globalPosition);
      expect(positions).toEqual([...positions].sort((x, y) => x - y));
      expect(new Set(positions).size).toBe(positions.length);
      expect(rightOrThrow(await store.readHeadPosition())).toBe(positions.at(-1));
    } finally {
      await store.close();
    }
  });

  it('a position beyond Number.MAX_SAFE_INTEGER is refused as CORRUPT_EVENT, never rounded', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
      const [stored] = double.log.streamRecords(`${store.category}-${streamId}`);
      if (stored === undefined) throw new Error('no stored event');
      const huge = 2n ** 60n;
      double.log.records.push({
        ...stored,
        revision: 1n,
        id: '00000000-0000-4000-8000-000000000001',
        commit: huge,
        prepare: huge,
      });
      const read = await store.readAll({
        after: stored.prepare === 0n ? 0 : Number(stored.prepare),
      });
      expect(E.isLeft(read) && read.left).toMatchObject({ code: 'CORRUPT_EVENT', streamId });
      expect(E.isLeft(read) && read.left.message).toContain(String(huge));
    } finally {
      double.log.records.splice(
        0,
        double.log.records.length,
        ...double.log.records.filter((r) => r.prepare < 2n ** 60n),
      );
      await store.close();
    }
  });
});
