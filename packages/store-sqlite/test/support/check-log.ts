import type { RecordedEvent } from '@netra/core';
import { verifyStore } from '@netra/core';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { openSqliteEventStore } from '../../src/index.js';
import type { Ack } from './run-child.js';
import { rightOrThrow } from './temp.js';

interface BatchData {
  readonly batch: string;
  readonly index: number;
  readonly size: number;
}

export interface LogSummary {
  readonly events: number;
  readonly batches: number;
  /** Batches that committed but whose acknowledgement never reached the parent (killed in between). */
  readonly unacknowledged: number;
  /** The batch ids in log order. */
  readonly order: readonly string[];
}

const readEverything = async (store: ReturnType<typeof openStore>): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  let after = 0;
  for (;;) {
    const page = rightOrThrow(await store.readAll({ after, limit: 5000 }));
    if (page.length === 0) return all;
    all.push(...page);
    after = page.at(-1)?.globalPosition ?? after;
  }
};

const openStore = (file: string) => rightOrThrow(openSqliteEventStore({ file }));

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Reopens the file and holds it to what the writers were told: every acknowledged batch is
 * there at the versions it was acknowledged with; every batch in the log is whole, in one
 * stream, contiguous in versions and positions; no (stream, version) twice; every stream's
 * versions run 1..n; the stream table agrees with the log; and every chain verifies.
 */
export const checkLog = async (
  file: string,
  acks: readonly Ack[],
  batchSize: number,
): Promise<LogSummary> => {
  const store = openStore(file);
  try {
    const all = await readEverything(store);
    expect(new Set(all.map((e) => `${e.streamId}@${e.streamVersion}`)).size).toBe(all.length);

    const streams = new Map<string, RecordedEvent[]>();
    const batches = new Map<string, RecordedEvent[]>();
    for (const event of all) {
      streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
      const { batch } = event.data as BatchData;
      batches.set(batch, [...(batches.get(batch) ?? []), event]);
    }
    for (const [streamId, events] of streams) {
      const versions = events.map((e) => e.streamVersion).sort((a, b) => a - b);
      expect(versions, `versions of ${streamId}`).toEqual(range(1, events.length));
    }
    for (const [batch, events] of batches) {
      const first = events[0];
      expect(
        events.map((e) => (e.data as BatchData).index),
        `batch ${batch} is whole`,
      ).toEqual(range(0, batchSize - 1));
      expect(new Set(events.map((e) => e.streamId)).size, `batch ${batch} in one stream`).toBe(1);
      expect(events.map((e) => e.streamVersion)).toEqual(
        range(first?.streamVersion ?? 0, (first?.streamVersion ?? 0) + batchSize - 1),
      );
      expect(events.map((e) => e.globalPosition)).toEqual(
        range(first?.globalPosition ?? 0, (first?.globalPosition ?? 0) + batchSize - 1),
      );
    }
    for (const ack of acks) {
      const events = batches.get(ack.batch) ?? [];
      expect(
        events.map((e) => e.streamVersion),
        `acknowledged batch ${ack.batch}`,
      ).toEqual(range(ack.from, ack.to));
      expect(events.every((e) => e.streamId === ack.stream)).toBe(true);
    }

    const verification = rightOrThrow(await verifyStore(store));
    expect(verification.breaks).toEqual([]);
    expect(verification.events).toBe(all.length);

    const raw = new Database(file, { readonly: true });
    try {
      const rows = raw.prepare('SELECT stream_id, version, head_hash FROM netra_streams').all() as {
        stream_id: string;
        version: number;
        head_hash: string;
      }[];
      expect(rows).toHaveLength(streams.size);
      for (const row of rows) {
        const last = streams.get(row.stream_id)?.at(-1);
        expect({ version: row.version, head: row.head_hash }).toEqual({
          version: last?.streamVersion,
          head: last?.hash,
        });
      }
    } finally {
      raw.close();
    }

    const order: string[] = [];
    for (const event of all) {
      const { batch, index } = event.data as BatchData;
      if (index === 0) order.push(batch);
    }
    return {
      events: all.length,
      batches: batches.size,
      unacknowledged: batches.size - new Set(acks.map((a) => a.batch)).size,
      order,
    };
  } finally {
    await store.close();
  }
};
