import type { RecordedEvent, StoredEventColumns, StoreError } from '@netra/core';
import { decodeEventColumns } from '@netra/core';
import type { either as E } from 'fp-ts';

/** A row of `netra_events` as the driver returns it: typed `unknown`, because storage can be edited. */
export type EventRow = StoredEventColumns;

export const EVENT_COLUMNS =
  'position, stream_id, stream_version, event_id, type, schema_version, data, metadata, hash';

/**
 * Turns a stored row back into a recorded event with core's checks (`decodeEventColumns`): a
 * row that does not decode is `CORRUPT_EVENT` naming its stream, version and file.
 */
export const decodeEventRow = (row: EventRow, file: string): E.Either<StoreError, RecordedEvent> =>
  decodeEventColumns(row, file);
