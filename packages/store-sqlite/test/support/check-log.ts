import type { LogSummary, StreamHeadRow } from '@netra/testing';
import { checkLog as checkWrittenLog } from '@netra/testing';
import Database from 'better-sqlite3';
import { openSqliteEventStore } from '../../src/index.js';
import type { Ack } from './run-child.js';
import { rightOrThrow } from './temp.js';

/**
 * Reopens the file and holds it to what the writers were told (see @netra/testing's
 * `checkLog`), the stream table read raw from the file.
 */
export const checkLog = async (
  file: string,
  acks: readonly Ack[],
  batchSize: number,
): Promise<LogSummary> => {
  const store = rightOrThrow(openSqliteEventStore({ file }));
  try {
    return await checkWrittenLog(store, acks, batchSize, async () => {
      const raw = new Database(file, { readonly: true });
      try {
        return raw
          .prepare('SELECT stream_id, version, head_hash FROM netra_streams')
          .all() as StreamHeadRow[];
      } finally {
        raw.close();
      }
    });
  } finally {
    await store.close();
  }
};
