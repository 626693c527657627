import { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import { envelopeProblem, isHexDigest, isValidEnvelopeParts } from './envelope-check.js';
import { noteStoredJson } from './hash-chain.js';
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

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;

/** What JSON.parse could not read, instead of a value. */
const UNREADABLE: unique symbol = Symbol('unreadable');

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return UNREADABLE;
  }
};

/** The first thing wrong with a stored event, for the error (the slow path only). */
const problemOf = (
  position: unknown,
  streamId: unknown,
  streamVersion: unknown,
  hash: unknown,
  data: unknown,
  metadata: unknown,
  envelope: () => unknown,
): string => {
  if (typeof streamId !== 'string') return 'column stream_id is not text';
  if (!isCount(streamVersion)) return `column stream_version is ${String(streamVersion)}`;
  if (!isCount(position)) return `column position is ${String(position)}`;
  if (!isHexDigest(hash)) return 'column hash is not a SHA-256 hex digest';
  for (const [column, text] of [
    ['data', data],
    ['metadata', metadata],
  ] as const) {
    if (typeof text !== 'string')
      return `column ${column} is ${text === null ? 'NULL' : typeof text}, not JSON text`;
    try {
      JSON.parse(text);
    } catch (error) {
      return `column ${column} is not valid JSON (${(error as Error).message})`;
    }
  }
  return envelopeProblem(envelope());
};

/**
 * The decoder itself, field by field (no intermediate objects: it runs for every event read).
 * See {@link decodeStoredEvent}.
 */
export const decodeEventParts = (
  position: unknown,
  streamId: unknown,
  streamVersion: unknown,
  eventId: unknown,
  type: unknown,
  schemaVersion: unknown,
  dataText: unknown,
  metadataText: unknown,
  hash: unknown,
  where: string,
): E.Either<StoreError, RecordedEvent> => {
  const data =
    typeof dataText === 'string' && typeof metadataText === 'string'
      ? parseJson(dataText)
      : UNREADABLE;
  const metadata = data === UNREADABLE ? UNREADABLE : parseJson(metadataText as string);
  if (
    metadata === UNREADABLE ||
    typeof streamId !== 'string' ||
    !isCount(streamVersion) ||
    !isCount(position) ||
    !isHexDigest(hash) ||
    !isValidEnvelopeParts(eventId, type, schemaVersion, metadata)
  ) {
    const problem = problemOf(
      position,
      streamId,
      streamVersion,
      hash,
      dataText,
      metadataText,
      () => ({
        id: eventId,
        type,
        schemaVersion,
        data,
        metadata,
      }),
    );
    return E.left(
      corruptEvent(
        typeof streamId === 'string' ? streamId : `<${String(streamId)}>`,
        isCount(streamVersion) ? streamVersion : 0,
        `${problem} (in ${where})`,
        isCount(position) ? position : undefined,
      ),
    );
  }
  const event: RecordedEvent = {
    id: eventId as string,
    type: type as string,
    schemaVersion: schemaVersion as number,
    data,
    metadata: metadata as RecordedEvent['metadata'],
    streamId,
    streamVersion,
    globalPosition: position,
    hash,
  };
  noteStoredJson(event, { data: dataText as string, metadata: metadataText as string });
  return E.right(event);
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
): E.Either<StoreError, RecordedEvent> =>
  decodeEventParts(
    stored.position,
    stored.streamId,
    stored.streamVersion,
    stored.eventId,
    stored.type,
    stored.schemaVersion,
    stored.data,
    stored.metadata,
    stored.hash,
    where,
  );

/**
 * `decodeStoredEvent` for a row a SQL driver returns as an array of values (better-sqlite3's
 * raw mode, node-postgres's array mode): the columns `position, stream_id, stream_version,
 * event_id, type, schema_version, data, metadata, hash` in that order, after `offset` leading
 * columns of the query's own. Unchanged, and decoded with the same checks.
 */
export const decodeEventValues = (
  row: readonly unknown[],
  where: string,
  offset = 0,
): E.Either<StoreError, RecordedEvent> =>
  decodeEventParts(
    row[offset],
    row[offset + 1],
    row[offset + 2],
    row[offset + 3],
    row[offset + 4],
    row[offset + 5],
    row[offset + 6],
    row[offset + 7],
    row[offset + 8],
    where,
  );
