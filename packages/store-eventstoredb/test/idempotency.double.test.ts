import type { EventData } from '@eventstore/db-client';
import { FORWARDS, START } from '@eventstore/db-client';
import { freshStreamId, newEvent } from '@netra/testing';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { esdbEventId } from '../src/index.js';
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

describe('idempotency on the protocol test double', () => {
  it('ESDB event ids come from the command id and the index in the append', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      const one = newEvent();
      const two = newEvent('Counted', { n: 2 }, { metadata: one.metadata });
      rightOrThrow(await store.append(streamId, [one, two], { expectedVersion: 'no_stream' }));
      const ids = double.log.streamRecords(`${store.category}-${streamId}`).map((r) => r.id);
      expect(ids).toEqual([
        esdbEventId(one.metadata.commandId, 0),
        esdbEventId(one.metadata.commandId, 1),
      ]);
      // netra's own id travels in the ESDB metadata and comes back on read.
      const read = rightOrThrow(await store.readStream(streamId));
      expect(read.map((e) => e.id)).toEqual([one.id, two.id]);
    } finally {
      await store.close();
    }
  });

  it('an identical append re-sent to the server (same ids, same expected revision) succeeds and writes nothing', async () => {
    const store = await openOnDouble(double);
    try {
      const streamId = freshStreamId();
      rightOrThrow(
        await store.append(streamId, [newEvent(), newEvent()], { expectedVersion: 'no_stream' }),
      );
      const esdb = `${store.category}-${streamId}`;
      const sent: EventData[] = [];
      for await (const resolved of store.client.readStream(esdb, {
        fromRevision: START,
        direction: FORWARDS,
      })) {
        const event = resolved.event;
        if (event === undefined || !event.isJson) throw new Error('not a JSON event');
        sent.push({
          id: event.id,
          contentType: 'application/json',
          type: event.type,
          data: event.data,
          metadata: event.metadata,
        } as EventData);
      }
      const before = double.log.records.length;
      const again = await store.client.appendToStream(esdb, sent, {
        expectedRevision: 'no_stream',
      });
      expect(again.success).toBe(true);
      expect(again.nextExpectedRevision).toBe(1n);
      expect(double.log.records.length).toBe(before);
      expect(rightOrThrow(await store.readStream(streamId))).toHaveLength(2);
    } finally {
      await store.close();
    }
  });

  it('another decision for the same command id, matched by the server, is a version conflict, not a success', async () => {
    const category = freshCategory();
    const a = await openOnDouble(double, { category });
    const b = await openOnDouble(double, { category });
    try {
      const streamId = freshStreamId();
      const theirs = newEvent('Counted', { n: 1 });
      const ours = newEvent('Counted', { n: 2 }, { metadata: theirs.metadata });
      // b has read the empty stream when a records its own decision for the same command:
      // b's append then carries the same ESDB ids and revision, and the server matches it.
      double.beforeAppend = async (name) => {
        if (name !== `${category}-${streamId}`) return;
        double.beforeAppend = undefined;
        rightOrThrow(await a.append(streamId, [theirs], { expectedVersion: 'no_stream' }));
      };
      const result = await b.append(streamId, [ours], { expectedVersion: 'no_stream' });
      expect(E.isLeft(result) && result.left).toMatchObject({
        code: 'WRONG_EXPECTED_VERSION',
        actual: 1,
      });
      const stored = rightOrThrow(await b.readStream(streamId));
      expect(stored.map((e) => e.id)).toEqual([theirs.id]);
    } finally {
      double.beforeAppend = undefined;
      await a.close();
      await b.close();
    }
  });
});
