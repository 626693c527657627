import type { EventStore, RecordedEvent, StoreError } from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';
import type { EventRow } from './event-row.js';
import { decodeEventRow, EVENT_COLUMNS } from './event-row.js';

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

/** A whole number within [min, max], or `fallback` when absent. */
const bounded = (value: number | undefined, fallback: number, min: number, max: number): number =>
  value === undefined || Number.isNaN(value)
    ? fallback
    : Math.min(max, Math.max(min, Math.floor(value)));

export interface Reads {
  readonly readStream: EventStore['readStream'];
  readonly readAll: EventStore['readAll'];
  /** The highest global position committed, or undefined if the file could not be read just now. */
  readonly highestPosition: () => number | undefined;
}

/**
 * Each read is one SELECT, hence one snapshot of the file: under WAL it never waits for a
 * writer and never sees half of an append.
 */
export const createReads = (db: Database, retry: RetryContext, assertOpen: () => void): Reads => {
  const byStream = db.prepare<[string, number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM netra_events
     WHERE stream_id = ? AND stream_version BETWEEN ? AND ? ORDER BY stream_version`,
  );
  const byPosition = db.prepare<[number, number], EventRow>(
    `SELECT ${EVENT_COLUMNS} FROM netra_events WHERE position > ? ORDER BY position LIMIT ?`,
  );
  const highest = db
    .prepare<[], number>('SELECT COALESCE(MAX(position), 0) FROM netra_events')
    .pluck();

  return {
    async readStream(streamId, { from, to } = {}) {
      assertOpen();
      const first = bounded(from, 1, 1, Number.MAX_SAFE_INTEGER);
      const last = bounded(to, Number.MAX_SAFE_INTEGER, 0, Number.MAX_SAFE_INTEGER);
      return withBusyRetry(retry, () => decodeAll(byStream.all(streamId, first, last), retry.file));
    },
    async readAll({ after, limit } = {}) {
      assertOpen();
      const start = bounded(after, 0, 0, Number.MAX_SAFE_INTEGER);
      const count = bounded(limit, DEFAULT_READ_LIMIT, 1, READ_LIMIT_CEILING);
      return withBusyRetry(retry, () => decodeAll(byPosition.all(start, count), retry.file));
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
