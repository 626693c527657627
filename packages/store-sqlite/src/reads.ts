import type { EventStore, RecordedEvent, StoreError } from '@netra/core';
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
  from = 0,
): E.Either<StoreError, readonly RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for (let i = from; i < rows.length; i++) {
    const event = decodeEventRow(rows[i] as EventRow, file);
    if (E.isLeft(event)) return event;
    events.push(event.right);
  }
  return E.right(events);
};

/**
 * A row of the one-statement stream read: the stream's head first (part 0, at most one row:
 * its version in `stream_version`, its hash in `hash`), then its events (part 1).
 */
type HeadOrEventRow = EventRow & { readonly part: 0 | 1 };

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
  const byStream = db.prepare<[string, number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM netra_events
     WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
  );
  const byPosition = db.prepare<[number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM netra_events WHERE position > ? ORDER BY position LIMIT ?`,
  );
  // One statement, hence one snapshot of the file: the head and the events together, with no
  // BEGIN and COMMIT of a read transaction around two statements. A head without events and
  // events without a head (both only by editing the file) come back as they are, for the
  // loader's chain check to judge.
  const headAndEvents = db.prepare<{ id: string }, HeadOrEventRow>(
    `SELECT 0 AS part, NULL AS position, stream_id, version AS stream_version, NULL AS event_id,
            NULL AS type, NULL AS schema_version, NULL AS data, NULL AS metadata, head_hash AS hash
       FROM netra_streams WHERE stream_id = @id
     UNION ALL
     SELECT 1 AS part, ${EVENT_COLUMNS} FROM netra_events WHERE stream_id = @id
     ORDER BY part, stream_version`,
  );
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
        const rows = headAndEvents.all({ id: streamId });
        const first = rows[0];
        const head =
          first?.part === 0
            ? // netra_streams is STRICT: the driver hands back its declared types (heads.ts)
              headOf({
                stream_id: first.stream_id as string,
                version: first.stream_version as number,
                head_hash: first.hash as string,
              })
            : null;
        const events = decodeAll(rows, retry.file, head === null ? 0 : 1);
        if (E.isLeft(events)) return events;
        return E.right({ head, events: events.right });
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
