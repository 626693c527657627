import type {
  AppendResult,
  EventStore,
  ExpectedVersion,
  NewEvent,
  RecordedEvent,
  StoreError,
} from '@netra/core';
import {
  chainEvents,
  corruptEvent,
  GENESIS_HASH,
  satisfiesExpectedVersion,
  validateAppend,
  wrongExpectedVersion,
} from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';
import { isSqliteError } from './sqlite-error.js';

interface StreamHead {
  readonly version: number;
  readonly head_hash: string;
}

type InsertParams = [string, number, string, string, number, string, string, string];

/**
 * The append transaction. It runs as BEGIN IMMEDIATE: the write lock is taken before the
 * stream's head is read, so the expected-version check, the hash chain and the insert all see
 * the same head, and no other connection or process can append in between. Positions come
 * from the log's INTEGER PRIMARY KEY inside that lock: SQLite has one writer at a time and a
 * transaction's rows become visible only when it commits, so positions become visible in
 * increasing order and a reader can never see a gap that a slower writer fills later (the
 * Marten / Castore bug the port forbids).
 */
export const createAppend = (
  db: Database,
  retry: RetryContext,
  assertOpen: () => void,
  onAppended: () => void,
): EventStore['append'] => {
  const selectHead = db.prepare<[string], StreamHead>(
    'SELECT version, head_hash FROM netra_streams WHERE stream_id = ?',
  );
  const insertEvent = db.prepare<InsertParams>(
    `INSERT INTO netra_events (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const upsertStream = db.prepare<[string, number, string]>(
    `INSERT INTO netra_streams (stream_id, version, head_hash) VALUES (?, ?, ?)
     ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, head_hash = excluded.head_hash`,
  );

  const write = db.transaction(
    (
      streamId: string,
      events: readonly NewEvent[],
      expected: ExpectedVersion,
    ): E.Either<StoreError, AppendResult> => {
      const head = selectHead.get(streamId);
      const current = head?.version ?? 0;
      if (!satisfiesExpectedVersion(expected, current)) {
        return E.left(wrongExpectedVersion(streamId, expected, current));
      }
      const prepared = chainEvents(streamId, current, head?.head_hash ?? GENESIS_HASH, events);
      const recorded: RecordedEvent[] = [];
      for (const event of prepared) {
        const { lastInsertRowid } = insertEvent.run(
          streamId,
          event.streamVersion,
          event.id,
          event.type,
          event.schemaVersion,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          event.hash,
        );
        recorded.push({ ...event, globalPosition: Number(lastInsertRowid) });
      }
      const last = prepared.at(-1);
      if (last) upsertStream.run(streamId, last.streamVersion, last.hash);
      return E.right({
        streamId,
        nextExpectedVersion: current + prepared.length,
        events: recorded,
      });
    },
  );

  return async (streamId, events, { expectedVersion }) => {
    assertOpen();
    const valid = validateAppend(streamId, events);
    if (E.isLeft(valid)) return valid;
    const result = await withBusyRetry(retry, () => {
      try {
        return write.immediate(streamId, valid.right, expectedVersion);
      } catch (error) {
        // The unique (stream_id, stream_version) index refused a version the stream table said
        // was free: the two tables disagree, which only an edit behind the store's back can cause.
        if (isSqliteError(error) && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
          const version = (selectHead.get(streamId)?.version ?? 0) + 1;
          return E.left(
            corruptEvent(
              streamId,
              version,
              `the stream table and the event log of '${retry.file}' disagree about it`,
            ),
          );
        }
        throw error;
      }
    });
    if (E.isRight(result)) onAppended();
    return result;
  };
};
