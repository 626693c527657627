import type { RecordedEvent, StoreError } from '@netra/core';
import { decodeEventValues } from '@netra/core';
import type { either as E } from 'fp-ts';

/** The columns read for an event, in the order the driver hands them back. */
export const EVENT_COLUMN_NAMES = [
  'position',
  'stream_id',
  'stream_version',
  'event_id',
  'type',
  'schema_version',
  'data',
  'metadata',
  'hash',
] as const;

export const EVENT_COLUMNS: string = EVENT_COLUMN_NAMES.join(', ');

/**
 * A row of `netra_events` as the driver returns it in raw mode: the values of
 * {@link EVENT_COLUMN_NAMES} in that order (after `offset` leading columns of the query's own),
 * typed `unknown`, because storage can be edited. Raw mode spares the driver building an object
 * with nine named properties per row, which cost about a third of reading a stream.
 */
export type EventRow = readonly unknown[];

/**
 * Turns a stored row back into a recorded event with core's checks (`decodeEventValues`): a
 * row that does not decode is `CORRUPT_EVENT` naming its stream, version and file.
 */
export const decodeEventRow: (
  row: EventRow,
  file: string,
  offset?: number,
) => E.Either<StoreError, RecordedEvent> = decodeEventValues;
