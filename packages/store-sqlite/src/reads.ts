import type { EventStore, RecordedEvent, StoreError, StreamHead } from '@netra/core';
import { checkLogPage, checkStreamRange } from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';
import type { EventRow } from './event-row.js';
import { decodeEventRow, EVENT_COLUMNS } from './event-row.js';
import { headOf } from './heads.js';

const DEFAULT_READ_LIMIT = 1000;
/** The most events one `readAll` returns, whatever is asked: a page, not the whole log, in memory. */
export const READ_LIMIT_CEILING = 10_000;

const decodeAll = (
  rows: readonly EventRow[],
  file: string,
): E.Either<StoreError, readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (const row of rows) {
    const event = decodeEventRow(row, file);
    if (E.isLeft(event)) return event;
    events.push(event.right);
  }
  return E.right(events);
};

/**
 * A row of the one-statement stream read, raw: `part` (0: the stream's head, 1: an event), the
 * sort key, then the event columns. The head's row carries its version in `stream_version` and
 * its hash in `hash`.
 */
const HEAD_OR_EVENT_OFFSET = 2;
const PART = 0;
const STREAM_ID = HEAD_OR_EVENT_OFFSET + 1;
const STREAM_VERSION = HEAD_OR_EVENT_OFFSET + 2;
const HASH = HEAD_OR_EVENT_OFFSET + 8;

export interface Reads {
  readonly readStream: EventStore['readStream'];
  readonly readAll: EventStore['readAll'];
  readonly readHeadPosition: EventStore['readHeadPosition'];
  readonly readStreamWithHead: NonNullable<EventStore['readStreamWithHead']>;
  /** The highest global position committed, or undefined if the file could not be read just now. */
  readonly highestPosition: () => number | undefined;
}

/**
 * Each read is one SELECT, hence one snapshot of the file: under WAL it never waits for a
 * writer and never sees half of an append. Bounds are checked by core's shared rules, never
 * rounded here: a caller that passes 1.5 or NaN has a bug, and every store says so alike.
 */
export const createReads = (db: Database, retry: RetryContext, assertOpen: () => void): Reads => {
  // Raw mode throughout: each row comes back as an array of its values (event-row.ts).
  const byStream = db
    .prepare<[string, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM netra_events
       WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
    )
    .raw(true);
  const byPosition = db
    .prepare<[number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM netra_events WHERE position > ? ORDER BY position LIMIT ?`,
    )
    .raw(true);
  // One statement, hence one snapshot of the file: the head and the events together, with no
  // BEGIN and COMMIT of a read transaction around two statements. A head without events and
  // events without a head (both only by editing the file) come back as they are, for the
  // loader's chain check to judge. Sorted by one key, NULL (first) for the head and the
  // stream version for the events, so that SQLite merges the two sides in the order the
  // (stream_id, stream_version) index already gives, with no sort of its own.
  const headAndEvents = db
    .prepare<{ id: string }, EventRow>(
      `SELECT 0 AS part, NULL AS k, NULL AS position, stream_id, version AS stream_version,
              NULL AS event_id, NULL AS type, NULL AS schema_version, NULL AS data,
              NULL AS metadata, head_hash AS hash
         FROM netra_streams WHERE stream_id = @id
       UNION ALL
       SELECT 1 AS part, stream_version AS k, ${EVENT_COLUMNS}
         FROM netra_events WHERE stream_id = @id
       ORDER BY k`,
    )
    .raw(true);
  const highest = db
    .prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM netra_events')
    .pluck();

  return {
    async readStream(streamId, options) {
      assertOpen();
      const range = checkStreamRange(options);
      if (E.isLeft(range)) return range;
      const { from, to } = range.right;
      return withBusyRetry(retry, () => decodeAll(byStream.all(streamId, from, to), retry.file));
    },
    async readStreamWithHead(streamId) {
      assertOpen();
      return withBusyRetry(retry, () => {
        let head: StreamHead | null = null;
        const events: RecordedEvent[] = [];
        for (const row of headAndEvents.all({ id: streamId })) {
          if (row[PART] === 0) {
            // netra_streams is STRICT: the driver hands back its declared types (heads.ts)
            head = headOf({
              stream_id: row[STREAM_ID] as string,
              version: row[STREAM_VERSION] as number,
              head_hash: row[HASH] as string,
            });
            continue;
          }
          const event = decodeEventRow(row, retry.file, HEAD_OR_EVENT_OFFSET);
          if (E.isLeft(event)) return event;
          events.push(event.right);
        }
        return E.right({ head, events });
      });
    },
    async readAll(options) {
      assertOpen();
      const page = checkLogPage(options, DEFAULT_READ_LIMIT, READ_LIMIT_CEILING);
      if (E.isLeft(page)) return page;
      const { after, limit } = page.right;
      return withBusyRetry(retry, () => decodeAll(byPosition.all(after, limit), retry.file));
    },
    async readHeadPosition() {
      assertOpen();
      return withBusyRetry(retry, () => E.right(highest.get() ?? 0));
    },
    highestPosition() {
      if (retry.isClosed()) return undefined;
      try {
        return highest.get();
      } catch {
        // busy for a moment, or closed under us: the waiter polls again at its next tick
        return undefined;
      }
    },
  };
};
