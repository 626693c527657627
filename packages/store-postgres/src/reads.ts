import type { EventStore } from '@netra/core';
import { checkLogPage, checkStreamRange, storeUnavailable } from '@netra/core';
import { either as E } from 'fp-ts';
import type { Pool } from 'pg';
import { answer } from './answer.js';
import type { Sql } from './connection.js';
import { withClient } from './connection.js';
import { decodeEventRows, EVENT_COLUMNS } from './event-row.js';
import type { HeadHints } from './head-hints.js';
import { headOf } from './heads.js';
import { fromInt8 } from './int8.js';
import { couldBeStream } from './stream-id.js';
import type { Tables } from './tables.js';

const DEFAULT_READ_LIMIT = 1000;

/** The stream-with-head query's own leading columns, before the event's (an array row). */
const HEAD_STREAM_ID = 0;
const HEAD_VERSION = 1;
const HEAD_HASH = 2;
const HEAD_COLUMNS = 3;
/** The most events one `readAll` returns, whatever is asked: a page, not the whole log, in memory. */
export const READ_LIMIT_CEILING = 10_000;

export interface Reads {
  readonly readStream: EventStore['readStream'];
  readonly readAll: EventStore['readAll'];
  readonly readHeadPosition: EventStore['readHeadPosition'];
  readonly readStreamWithHead: NonNullable<EventStore['readStreamWithHead']>;
}

/** The stream's recorded head (its columns prefixed `head_`) beside each of its events. */
const withHeadQuery = (tables: Tables): string =>
  `SELECT h.stream_id AS head_stream_id, h.version AS head_version, h.head_hash AS head_hash,
          ${EVENT_COLUMNS.split(', ')
            .map((column) => `e.${column}`)
            .join(', ')}
     FROM (SELECT $1::text AS stream_id) wanted
     LEFT JOIN ${tables.streams} h ON h.stream_id = wanted.stream_id
     LEFT JOIN ${tables.events} e ON e.stream_id = wanted.stream_id
    ORDER BY e.stream_version`;

/** The highest committed position, as a number (a value past 2^53 reads as the string it is). */
export const highestPosition = async (sql: Sql, tables: Tables): Promise<unknown> => {
  const [row] = await sql<{ highest: unknown }>(
    `SELECT COALESCE(max(position), 0) AS highest FROM ${tables.events}`,
  );
  return fromInt8(row?.highest);
};

/**
 * Each read is one SELECT, hence one snapshot: it never sees half of an append, and, because
 * appends commit in position order (append.ts), never a position whose predecessors are still
 * to come. Bounds are checked by core's shared rules, never rounded here; bind parameters are
 * cast to int8 so that the default `to` (2^53 − 1) is not refused as out of int4 range.
 *
 * `readStream` runs on the primary (it is read after the stream's head, which is the primary's,
 * to prove the tail intact; a lagging replica would look like a deleted tail). `readAll` and
 * `readHeadPosition`, what a follower uses, run on `readPool`, which may be a replica.
 */
export const createReads = (
  pool: Pool,
  readPool: Pool,
  tables: Tables,
  where: string,
  assertOpen: () => void,
  hints: HeadHints,
): Reads => {
  const table = tables.events;
  return {
    async readStream(streamId, options) {
      assertOpen();
      const range = checkStreamRange(options);
      if (E.isLeft(range)) return range;
      const { from, to } = range.right;
      if (!couldBeStream(streamId)) return E.right([]);
      return answer(where, async () => {
        const rows = await withClient(pool, (sql) =>
          sql.arrays(
            `SELECT ${EVENT_COLUMNS} FROM ${tables.events}
             WHERE stream_id = $1 AND stream_version BETWEEN $2::int8 AND $3::int8
             ORDER BY stream_version`,
            [streamId, from, to],
            true,
          ),
        );
        const events = decodeEventRows(rows, table);
        // Read to the end: its last event is the head an append will most likely chain onto.
        const last = E.isRight(events) ? events.right.at(-1) : undefined;
        if (last !== undefined && to >= Number.MAX_SAFE_INTEGER) {
          hints.set(streamId, { version: last.streamVersion, hash: last.hash });
        }
        return events;
      });
    },
    async readStreamWithHead(streamId) {
      assertOpen();
      if (!couldBeStream(streamId)) return E.right({ head: null, events: [] });
      return answer(where, async () => {
        const rows = await withClient(pool, (sql) =>
          sql.arrays(withHeadQuery(tables), [streamId], true),
        );
        const first = rows[0];
        const head =
          first === undefined || first[HEAD_STREAM_ID] === null
            ? null
            : headOf({
                stream_id: first[HEAD_STREAM_ID],
                version: first[HEAD_VERSION],
                head_hash: first[HEAD_HASH],
              });
        // A stream with no event still answers one row, with the event columns null.
        const events = decodeEventRows(
          rows.filter((row) => row[HEAD_COLUMNS] !== null),
          table,
          HEAD_COLUMNS,
        );
        if (E.isLeft(events)) return events;
        const last = events.right.at(-1);
        if (last !== undefined)
          hints.set(streamId, { version: last.streamVersion, hash: last.hash });
        return E.right({ head, events: events.right });
      });
    },
    async readAll(options) {
      assertOpen();
      const page = checkLogPage(options, DEFAULT_READ_LIMIT, READ_LIMIT_CEILING);
      if (E.isLeft(page)) return page;
      const { after, limit } = page.right;
      return answer(where, async () => {
        const rows = await withClient(readPool, (sql) =>
          sql.arrays(
            `SELECT ${EVENT_COLUMNS} FROM ${tables.events}
             WHERE position > $1::int8 ORDER BY position LIMIT $2`,
            [after, limit],
            true,
          ),
        );
        return decodeEventRows(rows, table);
      });
    },
    async readHeadPosition() {
      assertOpen();
      return answer(where, async () => {
        const highest = await withClient(readPool, (sql) => highestPosition(sql, tables));
        return typeof highest === 'number'
          ? E.right(highest)
          : E.left(
              storeUnavailable(
                `The log of ${table} has a position past 2^53 (${String(highest)}): it cannot be read as a number.`,
              ),
            );
      });
    },
  };
};
