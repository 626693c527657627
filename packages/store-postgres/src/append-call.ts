import type { PreparedEvent, RecordedEvent } from '@netra/core';
import type { Sql } from './connection.js';
import type { ChainHead } from './head-hints.js';
import { fromInt8 } from './int8.js';
import { appendFunctionName } from './schema/append-function.js';
import type { Tables } from './tables.js';
import { eventColumns, recordedOf } from './write-events.js';

/** What the append function answered. */
export type AppendCallOutcome =
  | { readonly kind: 'ok'; readonly events: readonly RecordedEvent[] }
  /** The recorded head is another one: nothing written. */
  | { readonly kind: 'head_moved'; readonly head: ChainHead }
  /** The SQL chain check did not pass: nothing written; the full check decides. */
  | { readonly kind: 'suspect' };

interface OutcomeRow {
  readonly out_outcome: unknown;
  readonly out_head_version: unknown;
  readonly out_head_hash: unknown;
  readonly out_position: unknown;
  readonly out_version: unknown;
}

/**
 * Calls `netra_append` (schema/append-function.ts) with events chained onto `head`: one
 * statement, a prepared one (named, so the server plans it once per connection).
 */
export const createAppendCall = (tables: Tables) => {
  const text = `SELECT out_outcome, out_head_version, out_head_hash, out_position, out_version
    FROM ${appendFunctionName(tables)}($1, $2::int8, $3::int8, $4::int4, $5, $6::int4[],
      $7::text[], $8::text[], $9::int8[], $10::text[], $11::text[], $12::text[])`;
  return async (
    sql: Sql,
    keys: { readonly stream: string; readonly append: string },
    streamId: string,
    head: ChainHead,
    prepared: readonly PreparedEvent[],
  ): Promise<AppendCallOutcome> => {
    const rows = await sql<OutcomeRow & Record<string, unknown>>(
      text,
      [streamId, keys.stream, keys.append, head.version, head.hash, ...eventColumns(prepared)],
      true,
    );
    const first = rows[0];
    if (first?.out_outcome === 'head_moved') {
      return {
        kind: 'head_moved',
        head: { version: Number(first.out_head_version), hash: String(first.out_head_hash) },
      };
    }
    if (first?.out_outcome !== 'ok') return { kind: 'suspect' };
    const positions = new Map<number, unknown>(
      rows.map((r) => [Number(r.out_version), r.out_position]),
    );
    return {
      kind: 'ok',
      events: prepared.map((event) =>
        recordedOf(event, fromInt8(positions.get(event.streamVersion)), tables),
      ),
    };
  };
};
