import type { RecordedEvent, StoreError } from '@netra/core';
import { corruptEvent, newEventSchema } from '@netra/core';
import { either as E } from 'fp-ts';

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

const HASH = /^[0-9a-f]{64}$/;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

const parseJson = (text: unknown, column: string): E.Either<string, unknown> => {
  if (typeof text !== 'string')
    return E.left(`column ${column} is ${text === null ? 'NULL' : typeof text}, not JSON text`);
  try {
    return E.right(JSON.parse(text));
  } catch (error) {
    return E.left(`column ${column} is not valid JSON (${(error as Error).message})`);
  }
};

/**
 * Turns a stored row back into a recorded event, checking it on the way: a row that does not
 * decode is answered as `CORRUPT_EVENT` naming its stream, version and file, never skipped
 * (a reader that skipped it would fold a history with a hole in it). The error carries the
 * row's global position whenever that column is intact, so that `verifyStore` can report the
 * row as its stream's break and read on after it, instead of ending the audit there. The
 * content is returned as stored, not as the schema would normalise it, so that `verify`
 * judges what is on disk.
 */
export const decodeEventRow = (
  row: EventRow,
  file: string,
): E.Either<StoreError, RecordedEvent> => {
  const streamId = typeof row.stream_id === 'string' ? row.stream_id : `<${String(row.stream_id)}>`;
  const version = isCount(row.stream_version) ? row.stream_version : 0;
  const position = isCount(row.position) ? row.position : undefined;
  const corrupt = (problem: string) =>
    E.left(corruptEvent(streamId, version, `${problem} (in ${file})`, position));

  if (typeof row.stream_id !== 'string') return corrupt('column stream_id is not text');
  if (!isCount(row.stream_version))
    return corrupt(`column stream_version is ${String(row.stream_version)}`);
  if (!isCount(row.position)) return corrupt(`column position is ${String(row.position)}`);
  if (typeof row.hash !== 'string' || !HASH.test(row.hash))
    return corrupt('column hash is not a SHA-256 hex digest');
  const data = parseJson(row.data, 'data');
  if (E.isLeft(data)) return corrupt(data.left);
  const metadata = parseJson(row.metadata, 'metadata');
  if (E.isLeft(metadata)) return corrupt(metadata.left);

  const envelope = {
    id: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    data: data.right,
    metadata: metadata.right,
  };
  const checked = newEventSchema.safeParse(envelope);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return corrupt(
      `${(issue?.path ?? []).map(String).join('.') || 'envelope'} ${issue?.message ?? 'is invalid'}`,
    );
  }
  return E.right({
    ...(envelope as RecordedEvent),
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: row.position,
    hash: row.hash,
  });
};
