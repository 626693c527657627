import type {
  AppendResult,
  ChainBreak,
  EventStore,
  ExpectedVersion,
  RecordedEvent,
  StoreError,
  StreamHead,
  ValidatedEvent,
} from '@netra/core';
import {
  chainEvents,
  GENESIS_HASH,
  InlineRollback,
  recordedAt,
  satisfiesExpectedVersion,
  validateAppend,
  verifyChain,
  wrongExpectedVersion,
} from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';
import type { EventRow } from './event-row.js';
import { decodeEventRow, EVENT_COLUMNS } from './event-row.js';
import type { HeadRow } from './heads.js';
import { headOf } from './heads.js';
import type { InlineProjections } from './inline-projections.js';

type InsertParams = [string, number, string, string, number, string, string, string];

/** A chain break as the port defines it, plus the file it is in: an operator may run several. */
const inFile = (problem: ChainBreak, file: string): ChainBreak => ({
  ...problem,
  message: `${problem.message} (The store file is '${file}'.)`,
});

/**
 * The append transaction. It runs as BEGIN IMMEDIATE: the write lock is taken before the
 * stream's head is read, so the chain check, the expected-version check, the hash chain and
 * the insert all see the same head, and no other connection or process can append in between.
 * Positions come from the log's INTEGER PRIMARY KEY inside that lock: SQLite has one writer at
 * a time and a transaction's rows become visible only when it commits, so positions become
 * visible in increasing order and a reader can never see a gap that a slower writer fills
 * later (the Marten / Castore bug the port forbids).
 */
export const createAppend = (
  db: Database,
  retry: RetryContext,
  assertOpen: () => void,
  onAppended: () => void,
  inline?: InlineProjections,
): EventStore['append'] => {
  const selectHead = db.prepare<[string], HeadRow>(
    'SELECT stream_id, version, head_hash FROM netra_streams WHERE stream_id = ?',
  );
  const selectStream = db
    .prepare<[string], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM netra_events WHERE stream_id = ? ORDER BY stream_version`,
    )
    .raw(true);
  const insertEvent = db.prepare<InsertParams>(
    `INSERT INTO netra_events (stream_id, stream_version, event_id, type, schema_version, data, metadata, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const upsertStream = db.prepare<[string, number, string]>(
    `INSERT INTO netra_streams (stream_id, version, head_hash) VALUES (?, ?, ?)
     ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, head_hash = excluded.head_hash`,
  );

  /**
   * Refuses to append onto a stream whose stored events do not chain up to the head this table
   * recorded: an edited, removed or reordered row, or a deleted tail (the head still says 3,
   * the log ends at 2, and an 'any' append would otherwise write version 3 into the hole).
   * The file can be edited by anyone who can write it, so nothing is remembered between
   * appends: each one decodes and hashes every stored event of the stream, inside the lock.
   * That is one JSON parse, one envelope check and one SHA-256 over the stored bytes per stored
   * event per append (the rows hold the canonical text the hash covers), so appending grows
   * with the stream's length.
   */
  const verifyStored = (streamId: string, head: StreamHead | null): E.Either<StoreError, void> => {
    const events: RecordedEvent[] = [];
    for (const row of selectStream.all(streamId)) {
      const event = decodeEventRow(row, retry.file);
      if (E.isLeft(event)) return event;
      events.push(event.right);
    }
    const intact = verifyChain(streamId, events, head);
    return E.isLeft(intact) ? E.left(inFile(intact.left, retry.file)) : E.right(undefined);
  };

  const write = db.transaction(
    (
      streamId: string,
      events: readonly ValidatedEvent[],
      expected: ExpectedVersion,
    ): E.Either<StoreError, AppendResult> => {
      const row = selectHead.get(streamId);
      const head = row === undefined ? null : headOf(row);
      const intact = verifyStored(streamId, head);
      if (E.isLeft(intact)) return intact;
      const current = head?.version ?? 0;
      if (!satisfiesExpectedVersion(expected, current)) {
        return E.left(wrongExpectedVersion(streamId, expected, current));
      }
      const prepared = chainEvents(streamId, current, head?.hash ?? GENESIS_HASH, events);
      const recorded: RecordedEvent[] = [];
      for (const event of prepared) {
        // the canonical text the hash covers: verifying the row later is one SHA-256 of it
        const { lastInsertRowid } = insertEvent.run(
          streamId,
          event.streamVersion,
          event.id,
          event.type,
          event.schemaVersion,
          event.dataJson,
          event.metadataJson,
          event.hash,
        );
        recorded.push(recordedAt(event, Number(lastInsertRowid)));
      }
      const last = prepared.at(-1);
      if (last) upsertStream.run(streamId, last.streamVersion, last.hash);
      // Inline read models, in this same transaction: a fault throws and rolls it all back.
      inline?.stageInTransaction(recorded);
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
    // The unique (stream_id, stream_version) index can no longer refuse an insert for a table
    // edited behind our back: the chain check has read the stream's rows and found them ending
    // at its head first. If it still did, the file itself is damaged, and the driver's error
    // becomes STORE_UNAVAILABLE in SQLite's own words (see busy-retry.ts).
    const result = await withBusyRetry(retry, () => {
      try {
        const written = write.immediate(streamId, valid.right, expectedVersion);
        if (E.isRight(written)) inline?.committed();
        return written;
      } catch (error) {
        inline?.rolledBack();
        if (error instanceof InlineRollback) return E.left(error.error);
        throw error;
      }
    });
    if (E.isRight(result)) onAppended();
    return result;
  };
};
