import type { EventStore, RecordedEvent, StoreError } from '@netra/core';
import { checkLogPage, checkStreamRange, streamIdSchema } from '@netra/core';
import { either as E } from 'fp-ts';
import { answer } from './answer.js';
import type { StoreContext } from './context.js';
import { readAllRecords, readStreamRecords } from './esdb-reads.js';
import type { ReadRecord } from './event-codec.js';
import { decodeRecord } from './event-codec.js';
import type { EsdbPosition } from './positions.js';
import { isAfter, readFromAfter, toGlobalPosition } from './positions.js';

const DEFAULT_READ_LIMIT = 1000;
/** The most events one `readAll` returns, whatever is asked. */
export const READ_LIMIT_CEILING = 10_000;
/** `$all` records fetched per round trip while looking for netra's events. */
const SCAN_CHUNK = 500;

export interface Reads {
  readonly readStream: EventStore['readStream'];
  readonly readAll: EventStore['readAll'];
  readonly readHeadPosition: EventStore['readHeadPosition'];
  /** Every stored event of a netra stream, decoded (for the append's chain check). */
  readonly readWhole: (streamId: string) => Promise<E.Either<StoreError, readonly RecordedEvent[]>>;
}

const decodeAll = (
  context: StoreContext,
  records: readonly ReadRecord[],
): E.Either<StoreError, RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (const record of records) {
    const event = decodeRecord(context.names, record, context.where);
    if (E.isLeft(event)) return event;
    events.push(event.right);
  }
  return E.right(events);
};

/**
 * Reads. `readStream({ from, to })` asks ESDB for revisions from−1 on, at most to−from+1 of
 * them: `to` bounds the *count from `from`* (Emmett passes `to` as maxCount, which reads
 * from+to−1 events too many when from > 1). `readAll` scans `$all` forwards from the netra
 * position it is given (see positions.ts), keeping the events of netra's streams, until it has
 * `limit` of them or reaches the end.
 */
export const createReads = (context: StoreContext): Reads => {
  const { client, names, where } = context;

  const readWhole: Reads['readWhole'] = (streamId) =>
    answer(
      where,
      async () =>
        decodeAll(
          context,
          await readStreamRecords(client, names.esdbStream(streamId), {
            fromRevision: 'start',
            maxCount: Number.MAX_SAFE_INTEGER,
          }),
        ),
      streamId,
    );

  return {
    readWhole,
    async readStream(streamId, options) {
      context.assertOpen();
      const range = checkStreamRange(options);
      if (E.isLeft(range)) return range;
      const { from, to } = range.right;
      if (!streamIdSchema.safeParse(streamId).success || to < from) return E.right([]);
      return answer(
        where,
        async () =>
          decodeAll(
            context,
            await readStreamRecords(client, names.esdbStream(streamId), {
              fromRevision: BigInt(from - 1),
              maxCount: to - from + 1,
            }),
          ),
        streamId,
      );
    },
    async readAll(options) {
      context.assertOpen();
      const page = checkLogPage(options, DEFAULT_READ_LIMIT, READ_LIMIT_CEILING);
      if (E.isLeft(page)) return page;
      const { after, limit } = page.right;
      return answer(where, async () => {
        const events: RecordedEvent[] = [];
        let from: EsdbPosition | 'start' = readFromAfter(after);
        let last: EsdbPosition | undefined;
        for (;;) {
          const chunk = await readAllRecords(client, from, SCAN_CHUNK);
          for (const record of chunk) {
            const position = record.position;
            if (position === undefined) continue;
            if (last !== undefined && !isAfter(position, last)) continue;
            last = position;
            if (names.netraStream(record.streamId) === undefined) continue;
            if (position.prepare <= BigInt(after)) continue;
            const event = decodeRecord(names, record, where);
            if (E.isLeft(event)) return event;
            events.push(event.right);
            if (events.length === limit) return E.right(events);
          }
          if (chunk.length < SCAN_CHUNK || last === undefined) return E.right(events);
          from = last;
        }
      });
    },
    async readHeadPosition() {
      context.assertOpen();
      return answer(where, async () => {
        let from: EsdbPosition | 'end' = 'end';
        for (;;) {
          const chunk = await readAllRecords(client, from, SCAN_CHUNK, true);
          for (const record of chunk) {
            if (names.netraStream(record.streamId) === undefined) continue;
            const position = toGlobalPosition(record.position);
            if (typeof position === 'number') return E.right(position);
          }
          const oldest = chunk.at(-1)?.position;
          if (chunk.length < SCAN_CHUNK || oldest === undefined) return E.right(0);
          from = oldest;
        }
      });
    },
  };
};
