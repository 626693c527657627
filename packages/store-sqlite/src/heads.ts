import type { EventStore, StreamHead } from '@netra/core';
import { checkHeadsPage } from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';

/**
 * A row of `netra_streams`. The table is STRICT with `version >= 1`, so the driver hands back
 * these types; whether the values agree with the events is what `checkHead` judges.
 */
export interface HeadRow {
  readonly stream_id: string;
  readonly version: number;
  readonly head_hash: string;
}

export const headOf = (row: HeadRow): StreamHead => ({
  streamId: row.stream_id,
  version: row.version,
  hash: row.head_hash,
});

const DEFAULT_HEADS_LIMIT = 1000;
/** The most heads one `listStreamHeads` returns, whatever is asked. */
export const HEADS_LIMIT_CEILING = 10_000;

export interface Heads {
  readonly readStreamHead: EventStore['readStreamHead'];
  readonly listStreamHeads: EventStore['listStreamHeads'];
}

/**
 * The heads the append transaction records. Listed by the primary key, whose BINARY collation
 * compares UTF-8 bytes: for the printable-ASCII ids the store accepts (and any `after` compared
 * with them) that is the UTF-16 order the port promises, so a page boundary never drops or
 * repeats a stream.
 */
export const createHeads = (db: Database, retry: RetryContext, assertOpen: () => void): Heads => {
  const one = db.prepare<[string], HeadRow>(
    'SELECT stream_id, version, head_hash FROM netra_streams WHERE stream_id = ?',
  );
  const first = db.prepare<[number], HeadRow>(
    'SELECT stream_id, version, head_hash FROM netra_streams ORDER BY stream_id LIMIT ?',
  );
  const next = db.prepare<[string, number], HeadRow>(
    'SELECT stream_id, version, head_hash FROM netra_streams WHERE stream_id > ? ORDER BY stream_id LIMIT ?',
  );
  return {
    async readStreamHead(streamId) {
      assertOpen();
      return withBusyRetry(retry, () => {
        const row = one.get(streamId);
        return E.right(row === undefined ? null : headOf(row));
      });
    },
    async listStreamHeads(options) {
      assertOpen();
      const page = checkHeadsPage(options, DEFAULT_HEADS_LIMIT, HEADS_LIMIT_CEILING);
      if (E.isLeft(page)) return page;
      const { after, limit } = page.right;
      return withBusyRetry(retry, () => {
        const rows = after === null ? first.all(limit) : next.all(after, limit);
        return E.right(rows.map(headOf));
      });
    },
  };
};
