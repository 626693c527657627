import type { EventStoreDBClient, ReadPosition } from '@eventstore/db-client';
import { BACKWARDS, END, FORWARDS, START } from '@eventstore/db-client';
import { esdbErrorType } from './esdb-errors.js';
import type { ReadRecord } from './event-codec.js';
import { recordOf } from './event-codec.js';

/**
 * One stream read: events from `fromRevision` (or the start / the end), at most `maxCount`. A
 * stream that does not exist reads as no events (the client throws StreamNotFoundError while
 * iterating, because the server sends a `stream_not_found` message, not a gRPC error).
 */
export const readStreamRecords = async (
  client: EventStoreDBClient,
  stream: string,
  options: {
    readonly fromRevision: bigint | 'start' | 'end';
    readonly maxCount: number;
    readonly backwards?: boolean;
  },
): Promise<ReadRecord[]> => {
  const records: ReadRecord[] = [];
  try {
    for await (const resolved of client.readStream(stream, {
      fromRevision:
        options.fromRevision === 'start'
          ? START
          : options.fromRevision === 'end'
            ? END
            : options.fromRevision,
      maxCount: options.maxCount,
      direction: options.backwards === true ? BACKWARDS : FORWARDS,
    })) {
      const record = recordOf(resolved);
      if (record !== undefined) records.push(record);
    }
  } catch (error) {
    if (esdbErrorType(error) === 'stream-not-found') return [];
    throw error;
  }
  return records;
};

/** One read of `$all`: at most `maxCount` records from `from`, every stream (the client's
 * `readAll` of 6.2.1 sends no server-side filter; callers filter by stream name). */
export const readAllRecords = async (
  client: EventStoreDBClient,
  from: ReadPosition,
  maxCount: number,
  backwards = false,
): Promise<ReadRecord[]> => {
  const records: ReadRecord[] = [];
  for await (const resolved of client.readAll({
    fromPosition: from,
    maxCount,
    direction: backwards ? BACKWARDS : FORWARDS,
  })) {
    const record = recordOf(resolved);
    if (record !== undefined) records.push(record);
  }
  return records;
};
