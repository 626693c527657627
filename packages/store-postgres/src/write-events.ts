import type { PreparedEvent, RecordedEvent, StoreError } from '@netra/core';
import { storeUnavailable } from '@netra/core';
import type { Sql } from './connection.js';
import { fromInt8 } from './int8.js';
import type { Tables } from './tables.js';

/** Thrown inside the transaction to roll it back; answered as the error it carries. */
export class Refusal extends Error {
  constructor(readonly error: StoreError) {
    super(error.message);
    this.name = 'Refusal';
  }
}

/**
 * The events of one append as the seven parallel arrays both writes bind (versions, ids, types,
 * schema versions, data text, metadata text, hashes), in batch order.
 */
export const eventColumns = (prepared: readonly PreparedEvent[]): unknown[][] => [
  prepared.map((e) => e.streamVersion),
  prepared.map((e) => e.id),
  prepared.map((e) => e.type),
  prepared.map((e) => e.schemaVersion),
  prepared.map((e) => e.dataJson),
  prepared.map((e) => e.metadataJson),
  prepared.map((e) => e.hash),
];

/**
 * The write, as one statement (one round trip while the schema lock is held): a multi-row
 * INSERT from arrays (unnest … WITH ORDINALITY, ordered, so the positions drawn follow the
 * batch's order), the head upsert, and the notification of the last position (delivered at
 * commit). The text written for data and metadata is exactly the canonical JSON the hash covers.
 */
export const writeEvents = async (
  sql: Sql,
  tables: Tables,
  streamId: string,
  prepared: readonly PreparedEvent[],
): Promise<readonly RecordedEvent[]> => {
  const last = prepared.at(-1) as PreparedEvent;
  const rows = await sql<{ position: unknown; stream_version: number }>(
    `WITH inserted AS (
       INSERT INTO ${tables.events}
         (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash)
       SELECT $1, v, i, t, s, d, m, h
         FROM unnest($2::int4[], $3::text[], $4::text[], $5::int8[], $6::text[], $7::text[], $8::text[])
              WITH ORDINALITY AS batch(v, i, t, s, d, m, h, n)
        ORDER BY n
       RETURNING position, stream_version
     ), head AS (
       INSERT INTO ${tables.streams} (stream_id, version, head_hash) VALUES ($1, $9, $10)
       ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, head_hash = excluded.head_hash
     ), notice AS (
       SELECT pg_notify($11, (SELECT max(position) FROM inserted)::text)
     )
     SELECT position, stream_version FROM inserted CROSS JOIN notice`,
    [streamId, ...eventColumns(prepared), last.streamVersion, last.hash, tables.channel],
  );
  const positions = new Map<number, unknown>(rows.map((r) => [r.stream_version, r.position]));
  return prepared.map((event) =>
    recordedOf(event, fromInt8(positions.get(event.streamVersion)), tables),
  );
};

/** The recorded event: the prepared one without its texts, at its position. */
export const recordedOf = (
  event: PreparedEvent,
  position: unknown,
  tables: Tables,
): RecordedEvent => {
  if (typeof position !== 'number') {
    // A sequence past 2^53 (or edited to jump there): never hand out a rounded position.
    throw new Refusal(
      storeUnavailable(
        `The log of ${tables.events} has run past position 2^53 (got ${String(position)}); nothing was appended.`,
      ),
    );
  }
  return {
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata: event.metadata,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    globalPosition: position,
    hash: event.hash,
  };
};
