import type { EventStore, StreamHead } from '@netra/core';
import { checkHeadsPage } from '@netra/core';
import { either as E } from 'fp-ts';
import type { Pool } from 'pg';
import { answer } from './answer.js';
import type { Sql } from './connection.js';
import { withClient } from './connection.js';
import type { HeadHints } from './head-hints.js';
import { hintOf } from './head-hints.js';
import { couldBeStream, storableBound } from './stream-id.js';
import type { Tables } from './tables.js';

/** A row of `netra_streams`; typed `unknown`, because the table can be edited. */
export interface HeadRow {
  readonly stream_id: unknown;
  readonly version: unknown;
  readonly head_hash: unknown;
}

/**
 * The head as recorded. The column types (TEXT, INTEGER) make these a string and a number; if
 * an intruder stored something else there, the chain check compares it with the events and
 * reports HEAD_MISMATCH, so the values are passed on as they are rather than judged here.
 */
export const headOf = (row: HeadRow): StreamHead => ({
  streamId: String(row.stream_id),
  version: row.version as number,
  hash: String(row.head_hash),
});

export const selectHead = async (
  sql: Sql,
  tables: Tables,
  streamId: string,
): Promise<StreamHead | null> => {
  const [row] = await sql<HeadRow & Record<string, unknown>>(
    `SELECT stream_id, version, head_hash FROM ${tables.streams} WHERE stream_id = $1`,
    [streamId],
    true,
  );
  return row === undefined ? null : headOf(row);
};

const DEFAULT_HEADS_LIMIT = 1000;
/** The most heads one `listStreamHeads` returns, whatever is asked. */
export const HEADS_LIMIT_CEILING = 10_000;

export interface Heads {
  readonly readStreamHead: EventStore['readStreamHead'];
  readonly listStreamHeads: EventStore['listStreamHeads'];
}

/**
 * Heads are read from the primary pool, always: `readStreamHead` is read before a stream's
 * events to prove its tail was not deleted, and a head from a lagging replica would be older
 * than the log it guards. Listed in `COLLATE "C"` order (the column's own collation, so the
 * primary key serves it): byte order, which for the printable-ASCII ids the store accepts is
 * the UTF-16 code-unit order the port promises, so pages never drop or repeat a stream.
 */
export const createHeads = (
  pool: Pool,
  tables: Tables,
  where: string,
  assertOpen: () => void,
  hints: HeadHints,
): Heads => ({
  async readStreamHead(streamId) {
    assertOpen();
    if (!couldBeStream(streamId)) return E.right(null);
    return answer(where, async () => {
      const head = await withClient(pool, (sql) => selectHead(sql, tables, streamId));
      const hint = hintOf(head);
      if (hint !== undefined) hints.set(streamId, hint);
      return E.right(head);
    });
  },
  async listStreamHeads(options) {
    assertOpen();
    const page = checkHeadsPage(options, DEFAULT_HEADS_LIMIT, HEADS_LIMIT_CEILING);
    if (E.isLeft(page)) return page;
    const { after, limit } = page.right;
    return answer(where, async () => {
      const rows = await withClient(pool, (sql) =>
        after === null
          ? sql<HeadRow & Record<string, unknown>>(
              `SELECT stream_id, version, head_hash FROM ${tables.streams} ORDER BY stream_id LIMIT $1`,
              [limit],
            )
          : sql<HeadRow & Record<string, unknown>>(
              `SELECT stream_id, version, head_hash FROM ${tables.streams}
               WHERE stream_id > $1 ORDER BY stream_id LIMIT $2`,
              [storableBound(after), limit],
            ),
      );
      return E.right(rows.map(headOf));
    });
  },
});
