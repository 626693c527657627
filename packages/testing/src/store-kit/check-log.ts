import type { EventStore, RecordedEvent } from '@netra/core';
import { verifyStore } from '@netra/core';
import type { either as E } from 'fp-ts';
import { expect } from 'vitest';
import type { Ack } from './run-child.js';

interface BatchData {
  readonly batch: string;
  readonly index: number;
  readonly size: number;
}

/**
 * A row of the store's stream table as the driver returns it, with the columns `stream_id`,
 * `version` and `head_hash` (the stream's version and head hash as stored).
 */
export type StreamHeadRow = Readonly<Record<string, unknown>>;

export interface LogSummary {
  readonly events: number;
  readonly batches: number;
  /** Batches that committed but whose acknowledgement never reached the parent (killed in between). */
  readonly unacknowledged: number;
  /** The batch ids in log order. */
  readonly order: readonly string[];
}

const rightOrThrow = <A>(result: E.Either<{ readonly message: string }, A>): A => {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

/** The whole log, read in pages of `limit` events, each from the last position seen. */
export const readEverything = async (
  store: Pick<EventStore, 'readAll'>,
  limit = 5000,
): Promise<RecordedEvent[]> => {
  const all: RecordedEvent[] = [];
  let after = 0;
  for (;;) {
    const page = rightOrThrow(await store.readAll({ after, limit }));
    if (page.length === 0) return all;
    all.push(...page);
    after = page.at(-1)?.globalPosition ?? after;
  }
};

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Holds a log written by writer children (test/children/appender.ts) to what the writers were
 * told: every acknowledged batch is there at the versions it was acknowledged with; every batch
 * in the log is whole, in one stream, contiguous in versions and positions; no (stream,
 * version) twice; every stream's versions run 1..n in log order; the stream table (`heads`,
 * read raw by the store's test) agrees with the log; and every chain verifies.
 */
export const checkLog = async (
  store: EventStore,
  acks: readonly Ack[],
  batchSize: number,
  heads: () => Promise<readonly StreamHeadRow[]>,
): Promise<LogSummary> => {
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
    expect(
      events.map((e) => e.streamVersion),
      `versions of ${streamId}`,
    ).toEqual(range(1, events.length));
  }
  for (const [batch, events] of batches) {
    const first = events[0] as RecordedEvent;
    expect(
      events.map((e) => (e.data as BatchData).index),
      `batch ${batch} is whole`,
    ).toEqual(range(0, batchSize - 1));
    expect(new Set(events.map((e) => e.streamId)).size, `batch ${batch} in one stream`).toBe(1);
    expect(events.map((e) => e.streamVersion)).toEqual(
      range(first.streamVersion, first.streamVersion + batchSize - 1),
    );
    expect(events.map((e) => e.globalPosition)).toEqual(
      range(first.globalPosition, first.globalPosition + batchSize - 1),
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

  const rows = await heads();
  expect(rows).toHaveLength(streams.size);
  for (const row of rows) {
    const last = streams.get(String(row.stream_id))?.at(-1);
    expect({ version: row.version, head: row.head_hash }).toEqual({
      version: last?.streamVersion,
      head: last?.hash,
    });
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
};
