import { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import { noteStoredJson } from './hash-chain.js';
import { newEventSchema } from './new-event-schema.js';
import type { StoreError } from './store-error.js';
import { corruptEvent } from './store-error.js';

/**
 * One stored event as a database driver hands it back, before any check: every field `unknown`,
 * because storage can be edited behind the store's back. `data` and `metadata` are the JSON
 * text the store wrote (the canonical text the hash covers).
 */
export interface StoredEventFields {
  readonly position: unknown;
  readonly streamId: unknown;
  readonly streamVersion: unknown;
  readonly eventId: unknown;
  readonly type: unknown;
  readonly schemaVersion: unknown;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly hash: unknown;
}

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
 * Turns a stored event back into a recorded event, checking it on the way: one that does not
 * decode is answered as `CORRUPT_EVENT` naming its stream, version and `where` (the file or
 * table), never skipped (a reader that skipped it would fold a history with a hole in it). The
 * error carries the global position whenever that field is intact, so that `verifyStore` can
 * report the event as its stream's break and read on after it. The content is returned as
 * stored, not as the schema would normalise it, so that `verify` judges what is in storage;
 * and the JSON text is remembered, so that verifying the event hashes exactly those bytes.
 */
export const decodeStoredEvent = (
  stored: StoredEventFields,
  where: string,
): E.Either<StoreError, RecordedEvent> => {
  const streamId =
    typeof stored.streamId === 'string' ? stored.streamId : `<${String(stored.streamId)}>`;
  const version = isCount(stored.streamVersion) ? stored.streamVersion : 0;
  const position = isCount(stored.position) ? stored.position : undefined;
  const corrupt = (problem: string) =>
    E.left(corruptEvent(streamId, version, `${problem} (in ${where})`, position));

  if (typeof stored.streamId !== 'string') return corrupt('column stream_id is not text');
  if (!isCount(stored.streamVersion))
    return corrupt(`column stream_version is ${String(stored.streamVersion)}`);
  if (!isCount(stored.position)) return corrupt(`column position is ${String(stored.position)}`);
  if (typeof stored.hash !== 'string' || !HASH.test(stored.hash))
    return corrupt('column hash is not a SHA-256 hex digest');
  const data = parseJson(stored.data, 'data');
  if (E.isLeft(data)) return corrupt(data.left);
  const metadata = parseJson(stored.metadata, 'metadata');
  if (E.isLeft(metadata)) return corrupt(metadata.left);

  const envelope = {
    id: stored.eventId,
    type: stored.type,
    schemaVersion: stored.schemaVersion,
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
  const event: RecordedEvent = {
    id: envelope.id as string,
    type: envelope.type as string,
    schemaVersion: envelope.schemaVersion as number,
    data: envelope.data,
    metadata: envelope.metadata as RecordedEvent['metadata'],
    streamId: stored.streamId,
    streamVersion: stored.streamVersion,
    globalPosition: stored.position,
    hash: stored.hash,
  };
  noteStoredJson(event, { data: stored.data as string, metadata: stored.metadata as string });
  return E.right(event);
};

/**
 * The columns of a stored event as a SQL driver returns them, under their snake_case column
 * names (`position, stream_id, stream_version, event_id, type, schema_version, data, metadata,
 * hash`): typed `unknown`, because storage can be edited.
 */
export interface StoredEventColumns {
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

/**
 * `decodeStoredEvent` for a row read by its snake_case column names: maps the columns onto the
 * stored fields, unchanged, and decodes them with the same checks.
 */
export const decodeEventColumns = (
  row: StoredEventColumns,
  where: string,
): E.Either<StoreError, RecordedEvent> =>
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
    where,
  );
