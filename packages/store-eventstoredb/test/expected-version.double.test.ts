import { verifyChain } from '@netra/core';
import { freshStreamId, newEvent, newEvents } from '@netra/testing';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import type { ExpectedRevision } from './double/double-log.js';
import type { EsdbDouble } from './double/esdb-double.js';
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

const sentFor = (esdbStream: string): ExpectedRevision[] =>
  double.log.appendsSeen.filter((a) => a.streamName === esdbStream).map((a) => a.expected);

describe('expected version on the protocol test double', () => {
  it('appends with the exact revision read (NO_STREAM for a new stream), whatever the caller expected', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      const esdb = `${store.category}-${streamId}`;
      rightOrThrow(await store.append(streamId, newEvents(2), { expectedVersion: 'no_stream' }));
      rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 2 }));
      rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 'any' }));
      rightOrThrow(
        await store.append(streamId, newEvents(1), { expectedVersion: 'stream_exists' }),
      );
      expect(sentFor(esdb)).toEqual([
        { kind: 'no_stream' },
        { kind: 'revision', revision: 1n },
        { kind: 'revision', revision: 2n },
        { kind: 'revision', revision: 3n },
      ]);
      // ESDB revisions count from 0: netra version n is revision n-1.
      const revisions = double.log.streamRecords(esdb).map((r) => r.revision);
      expect(revisions).toEqual([0n, 1n, 2n, 3n, 4n]);
      const versions = rightOrThrow(await store.readStream(streamId)).map((e) => e.streamVersion);
      expect(versions).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await store.close();
    }
  });

  it('a refused expectation sends nothing to the server', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      rightOrThrow(await store.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
      const before = double.log.appendsSeen.length;
      const refused = await store.append(streamId, newEvents(1), { expectedVersion: 'no_stream' });
      expect(refused).toMatchObject({ left: { code: 'WRONG_EXPECTED_VERSION', actual: 1 } });
      expect(double.log.appendsSeen.length).toBe(before);
    } finally {
      await store.close();
    }
  });

  it('two processes racing: ESDB refuses the stale revision; exact loses, any re-reads and lands', async () => {
    const category = freshCategory();
    const a = await openOnDouble(double, { category });
    const b = await openOnDouble(double, { category });
    try {
      const streamId = freshStreamId();
      rightOrThrow(await a.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
      // b has read the head (version 1) when a appends: b's append reaches ESDB with revision 0.
      let interleaved = false;
      double.beforeAppend = async (name) => {
        if (interleaved || name !== `${category}-${streamId}`) return;
        interleaved = true;
        double.beforeAppend = undefined;
        rightOrThrow(await a.append(streamId, newEvents(1), { expectedVersion: 1 }));
      };
      const exact = await b.append(streamId, newEvents(1), { expectedVersion: 1 });
      expect(E.isLeft(exact) && exact.left).toMatchObject({
        code: 'WRONG_EXPECTED_VERSION',
        expected: 1,
        actual: 2,
      });
      interleaved = false;
      double.beforeAppend = async (name) => {
        if (interleaved || name !== `${category}-${streamId}`) return;
        interleaved = true;
        double.beforeAppend = undefined;
        rightOrThrow(await a.append(streamId, newEvents(1), { expectedVersion: 2 }));
      };
      const any = rightOrThrow(await b.append(streamId, [newEvent()], { expectedVersion: 'any' }));
      expect(any.events.map((e) => e.streamVersion)).toEqual([4]);
      const stream = rightOrThrow(await a.readStream(streamId));
      expect(stream.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4]);
      expect(stream[3]?.hash).toBe(any.events[0]?.hash);
    } finally {
      double.beforeAppend = undefined;
      await a.close();
      await b.close();
    }
  });

  it('concurrent appends from two store instances: one exact winner; every "any" lands, no fork', async () => {
    const category = freshCategory();
    const a = await openOnDouble(double, { category });
    const b = await openOnDouble(double, { category });
    try {
      const streamId = freshStreamId();
      rightOrThrow(await a.append(streamId, newEvents(1), { expectedVersion: 'no_stream' }));
      const exact = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? a : b).append(streamId, newEvents(2), { expectedVersion: 1 }),
        ),
      );
      expect(exact.filter(E.isRight)).toHaveLength(1);
      expect(
        exact.filter((r) => E.isLeft(r) && r.left.code === 'WRONG_EXPECTED_VERSION'),
      ).toHaveLength(9);
      const any = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          (i % 2 === 0 ? a : b).append(streamId, newEvents(1), { expectedVersion: 'any' }),
        ),
      );
      expect(any.every(E.isRight)).toBe(true);
      const stream = rightOrThrow(await b.readStream(streamId));
      expect(stream.map((e) => e.streamVersion)).toEqual(
        Array.from({ length: 13 }, (_, i) => i + 1),
      );
      expect(E.isRight(verifyChain(streamId, stream))).toBe(true);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
