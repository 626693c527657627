/**
 * netra's global position of an ESDB event is its **prepare position** in `$all`:
 * - unique: every event is its own prepare record in the transaction log; a multi-event append
 *   shares one commit position but its events have distinct, increasing prepare positions;
 * - strictly increasing in `$all` order: the server writes each append's records contiguously,
 *   one append after another (netra never uses explicit transactions, which could interleave);
 * - resumable: `readAll({ after: p })` reads `$all` forwards from `{ commit: p, prepare: p }`
 *   (at or before every event with a prepare position above p, because an event's commit
 *   position is at or after its prepare position) and drops what is not after p;
 * - given on stream reads too (the prepare position is in every record, where the commit
 *   position may be absent on stream reads of older servers).
 * A position above `Number.MAX_SAFE_INTEGER` (8 PiB of log) is refused as `CORRUPT_EVENT`
 * rather than rounded: `toGlobalPosition` hands the bigint on, and core's decoder refuses it.
 */
export interface EsdbPosition {
  readonly commit: bigint;
  readonly prepare: bigint;
}

export const toGlobalPosition = (
  position: EsdbPosition | undefined,
): number | bigint | undefined => {
  if (position === undefined) return undefined;
  return position.prepare <= BigInt(Number.MAX_SAFE_INTEGER) && position.prepare >= 0n
    ? Number(position.prepare)
    : position.prepare;
};

/** Where to read `$all` from to see every event after netra position `after` (0: the start). */
export const readFromAfter = (after: number): EsdbPosition | 'start' =>
  after === 0 ? 'start' : { commit: BigInt(after), prepare: BigInt(after) };

/** `a` strictly after `b` in `$all` order (commit, then prepare). */
export const isAfter = (a: EsdbPosition, b: EsdbPosition): boolean =>
  a.commit > b.commit || (a.commit === b.commit && a.prepare > b.prepare);
