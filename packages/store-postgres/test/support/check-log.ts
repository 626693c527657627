import type { LogSummary } from '@netra/testing';
import { checkLog as checkWrittenLog } from '@netra/testing';
import type { PostgresEventStore } from '../../src/index.js';
import { tablesIn } from '../../src/tables.js';
import type { Ack } from './run-child.js';

/**
 * Holds the log to what the writers were told (see @netra/testing's `checkLog`), the stream
 * table read through `admin`.
 */
export const checkLog = (
  store: PostgresEventStore,
  admin: (text: string) => Promise<Record<string, unknown>[]>,
  acks: readonly Ack[],
  batchSize: number,
): Promise<LogSummary> =>
  checkWrittenLog(store, acks, batchSize, () =>
    admin(`SELECT stream_id, version, head_hash FROM ${tablesIn(store.schema).streams}`),
  );
