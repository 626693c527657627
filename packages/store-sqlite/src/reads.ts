import type { EventStore, RecordedEvent, StoreError } from '@netra/core';
import { checkLogPage, checkStreamRange } from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';
import type { EventRow } from './event-row.js';
import { decodeEventRow, EVENT_COLUMNS } from './event-row.js';
import type { HeadRow } from './heads.js';
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
  const headRow = db.prepare<[string], HeadRow>(
    'SELECT stream_id, version, head_hash FROM netra_streams WHERE stream_id = ?',
  );
  // One read transaction: the head and the events from one snapshot of the file.
  const headAndRows = db.transaction((streamId: string) => ({
    head: headRow.get(streamId),
    rows: byStream.all(streamId, 1, Number.MAX_SAFE_INTEGER),
  }));
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
        const { head, rows } = headAndRows.deferred(streamId);
        const events = decodeAll(rows, retry.file);
        if (E.isLeft(events)) return events;
        return E.right({ head: head === undefined ? null : headOf(head), events: events.right });
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
