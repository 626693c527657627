import type { ChainBreak, StoreError, StreamHead } from '@netra/core';
import { verifyChain } from '@netra/core';
import { either as E } from 'fp-ts';
import type { Sql } from './connection.js';
import { decodeEventRows, EVENT_COLUMNS } from './event-row.js';
import type { Tables } from './tables.js';

/** A chain break as the port defines it, plus where: an operator may run several schemas. */
const inSchema = (problem: ChainBreak, where: string): ChainBreak => ({
  ...problem,
  message: `${problem.message} (PostgreSQL store ${where}.)`,
});

/**
 * Refuses to append onto a stream whose stored events do not chain up to the head recorded for
 * it: an edited, removed or reordered row, or a deleted tail (the head says 3, the log ends at 2,
 * and an 'any' append would otherwise write version 3 into the hole). Tables can be edited by
 * anyone with the privilege, so nothing is remembered between appends: each one reads, decodes
 * and hashes every stored event of its stream, inside its transaction (one SHA-256 over the
 * stored bytes per event, as the rows hold the canonical text the hash covers). Appending thus
 * grows with the stream's length, which case streams keep short.
 */
export const verifyStored = async (
  sql: Sql,
  tables: Tables,
  where: string,
  streamId: string,
  head: StreamHead | null,
): Promise<E.Either<StoreError, void>> => {
  const rows = await sql.arrays(
    `SELECT ${EVENT_COLUMNS} FROM ${tables.events} WHERE stream_id = $1 ORDER BY stream_version`,
    [streamId],
  );
  const events = decodeEventRows(rows, tables.events);
  if (E.isLeft(events)) return events;
  const intact = verifyChain(streamId, events.right, head);
  return E.isLeft(intact) ? E.left(inSchema(intact.left, where)) : E.right(undefined);
};
