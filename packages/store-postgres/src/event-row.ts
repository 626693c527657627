import type { RecordedEvent, StoreError } from '@netra/core';
import { decodeEventParts } from '@netra/core';
import { either as E } from 'fp-ts';
import { fromInt8 } from './int8.js';

/**
 * A row of `netra_events` as the driver returns it in array mode (`sql.arrays`): the values of
 * {@link EVENT_COLUMNS} in that order, after `offset` leading columns of the query's own;
 * typed `unknown`, because tables can be edited.
 */
export type EventRow = readonly unknown[];

export const EVENT_COLUMNS =
  'position, stream_id, stream_version, event_id, type, schema_version, data, metadata, hash';

/**
 * Turns a stored row back into a recorded event with core's checks (`decodeEventParts`): a
 * row that does not decode is `CORRUPT_EVENT` naming its stream, version and table. The BIGINT
 * columns arrive as strings and are converted here (see int8.ts); a position past 2^53 stays a
 * string and is refused as corrupt rather than rounded onto another event's position.
 */
export const decodeEventRow = (
  row: EventRow,
  where: string,
  offset = 0,
): E.Either<StoreError, RecordedEvent> =>
  decodeEventParts(
    fromInt8(row[offset]),
    row[offset + 1],
    row[offset + 2],
    row[offset + 3],
    row[offset + 4],
    fromInt8(row[offset + 5]),
    row[offset + 6],
    row[offset + 7],
    row[offset + 8],
    where,
  );

/** Decodes rows in order; the first that does not decode is the answer. */
export const decodeEventRows = (
  rows: readonly EventRow[],
  where: string,
  offset = 0,
): E.Either<StoreError, readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (const row of rows) {
    const event = decodeEventRow(row, where, offset);
    if (E.isLeft(event)) return event;
    events.push(event.right);
  }
  return E.right(events);
};
