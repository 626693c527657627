import type { RecordedEvent, StoreError } from '@netra/core';
import { decodeStoredEvent } from '@netra/core';
import type { either as E } from 'fp-ts';

/** A row of `netra_events` as the driver returns it: typed `unknown`, because storage can be edited. */
export interface EventRow {
  readonly position: unknown;
  readonly stream_id: unknown;
  readonly stream_version: unknown;
  readonly event_id: unknown;
  readonly type: unknown;
  readonly schema_version: unknown;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly hash: unknown;
}

export const EVENT_COLUMNS =
  'position, stream_id, stream_version, event_id, type, schema_version, data, metadata, hash';

/**
 * Turns a stored row back into a recorded event with core's checks (`decodeStoredEvent`): a
 * row that does not decode is `CORRUPT_EVENT` naming its stream, version and file.
 */
export const decodeEventRow = (row: EventRow, file: string): E.Either<StoreError, RecordedEvent> =>
  decodeStoredEvent(
    {
      position: row.position,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      eventId: row.event_id,
      type: row.type,
      schemaVersion: row.schema_version,
      data: row.data,
      metadata: row.metadata,
      hash: row.hash,
    },
    file,
  );
