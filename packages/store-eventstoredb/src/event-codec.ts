import type { EventData, JSONType, ResolvedEvent } from '@eventstore/db-client';
import { jsonEvent } from '@eventstore/db-client';
import type { PreparedEvent, RecordedEvent, StoreError } from '@netra/core';
import { decodeStoredEvent } from '@netra/core';
import type { either as E } from 'fp-ts';
import { esdbEventId } from './event-id.js';
import type { EsdbPosition } from './positions.js';
import { toGlobalPosition } from './positions.js';
import type { StreamNames } from './stream-names.js';

/**
 * The ESDB metadata of a netra event: `$correlationId` and `$causationId` where ESDB (its
 * projections, its UI) looks for them, and netra's own fields under `netra`: the netra event
 * id, schema version, hash and netra's metadata (kept whole, so the event reads back equal).
 */
export interface EsdbNetraMetadata {
  readonly $correlationId: string;
  readonly $causationId?: string;
  readonly netra: {
    readonly id: string;
    readonly schemaVersion: number;
    readonly hash: string;
    readonly metadata: unknown;
  };
}

/**
 * A prepared event (validated, versioned, hashed by core) as the ESDB event to append: its
 * data is the JSON of netra's data (content type application/json). The client serialises it
 * with `JSON.stringify`, which gives the canonical text core hashed whenever the data has no
 * integer-like keys; when it differs, reading verifies by value (core's `hashEvent` falls back
 * from the stored bytes to the parsed values), so the chain holds either way.
 */
export const toEsdbEvent = (event: PreparedEvent, index: number): EventData => {
  const metadata: EsdbNetraMetadata = {
    $correlationId: event.metadata.correlationId,
    ...(event.metadata.causationId === null ? {} : { $causationId: event.metadata.causationId }),
    netra: {
      id: event.id,
      schemaVersion: event.schemaVersion,
      hash: event.hash,
      metadata: JSON.parse(event.metadataJson),
    },
  };
  return jsonEvent({
    id: esdbEventId(event.metadata.commandId, index),
    type: event.type,
    data: JSON.parse(event.dataJson) as JSONType,
    metadata,
  });
};

/** The part of a read event the store looks at, every field as the client gives it. */
export interface ReadRecord {
  readonly streamId: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: unknown;
  readonly isJson: boolean;
  readonly position?: EsdbPosition;
}

export const recordOf = (resolved: ResolvedEvent): ReadRecord | undefined =>
  resolved.event as ReadRecord | undefined;

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;

const jsonText = (value: unknown): string | undefined =>
  value === undefined ? undefined : JSON.stringify(value);

/** The netra event id a stored event claims (undefined when it has none). */
export const claimedId = (record: ReadRecord): unknown =>
  field(field(record.metadata, 'netra'), 'id');

/** The head a stored event claims (its version and hash), without decoding the rest. */
export const claimedHead = (
  record: ReadRecord,
): { readonly version: number; readonly hash: string } | undefined => {
  const hash = field(field(record.metadata, 'netra'), 'hash');
  return typeof hash === 'string' ? { version: Number(record.revision) + 1, hash } : undefined;
};

/**
 * A read ESDB event as a netra recorded event, checked by core's decoder (a stored event that
 * does not decode is `CORRUPT_EVENT`, never skipped). The stream version is the ESDB revision
 * + 1, as ESDB numbers it: a removed event shows as a gap.
 */
export const decodeRecord = (
  names: StreamNames,
  record: ReadRecord,
  where: string,
): E.Either<StoreError, RecordedEvent> => {
  const netra = field(record.metadata, 'netra');
  return decodeStoredEvent(
    {
      position: toGlobalPosition(record.position),
      streamId: names.netraStream(record.streamId) ?? record.streamId,
      streamVersion: Number(record.revision) + 1,
      eventId: field(netra, 'id'),
      type: record.type,
      schemaVersion: field(netra, 'schemaVersion'),
      data: record.isJson ? jsonText(record.data) : undefined,
      metadata: jsonText(field(netra, 'metadata')),
      hash: field(netra, 'hash'),
    },
    where,
  );
};
