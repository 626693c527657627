/**
 * The in-memory form of a projection's read model: its rows by stream, and the totals and
 * index derived from them. Queries read it through {@link ReadModel}; only the runner (or the
 * store, inline) changes it, one staged batch at a time, so a batch that fails or rolls back
 * leaves it exactly as it was.
 */
import { either as E } from 'fp-ts';
import type { RecordedEvent } from '../store/envelope.js';
import type { JsonValue } from '../store/json-value.js';
import type { Projection, ProjectionFault } from './projection.js';
import { projectionFault } from './projection.js';

/** What queries see: read only. */
export interface ReadModel<Row extends JsonValue = JsonValue> {
  readonly projection: string;
  /** The global position of the last event applied (0: none). */
  readonly position: number;
  /** How many streams have a row. */
  readonly size: number;
  row(streamId: string): Row | undefined;
  /** Every row, in no promised order. */
  rows(): IterableIterator<readonly [streamId: string, row: Row]>;
  /** A counter summed over every row (0 when no row counts it). */
  total(key: string): number;
  /** Every non-zero counter whose key starts with `prefix`, sorted by key. */
  totals(prefix: string): readonly (readonly [key: string, amount: number])[];
  /** The streams whose row is indexed under `key`, sorted. */
  streamsUnder(key: string): readonly string[];
}

/** The rows one batch changed (undefined: the row was dropped), and where the batch ended. */
export interface StagedBatch<Row extends JsonValue = JsonValue> {
  readonly position: number;
  readonly events: number;
  readonly changed: ReadonlyMap<string, Row | undefined>;
}

export interface MutableReadModel<Row extends JsonValue = JsonValue> extends ReadModel<Row> {
  /**
   * Pure with respect to the model: the rows `events` would change, read through the rows
   * staged so far in the batch. Events at or before the model's position are refused with a
   * RangeError: applying an event twice is a bug of the caller, not a fault of the data.
   * Given `onto`, a batch staged earlier and not yet committed, the events continue it; `onto`
   * is consumed (only the batch returned may be committed). When it answers a fault, `onto`'s
   * `changed` holds exactly the rows as staged through the events before the one at fault, so
   * a caller may commit those as a batch ending at the last of them (the runner does).
   */
  stage(
    events: Iterable<RecordedEvent>,
    onto?: StagedBatch<Row>,
  ): E.Either<ProjectionFault, StagedBatch<Row>>;
  /** Applies a staged batch: rows, totals, index and position. */
  commit(batch: StagedBatch<Row>): void;
  /** Replaces everything: a model loaded from storage, or an empty one (position 0). */
  reset(position: number, rows: Iterable<readonly [string, Row]>): void;
}

const add = (totals: Map<string, number>, key: string, amount: number): void => {
  const next = (totals.get(key) ?? 0) + amount;
  if (next === 0) totals.delete(key);
  else totals.set(key, next);
};

export const createReadModel = <Row extends JsonValue>(
  projection: Projection<Row>,
): MutableReadModel<Row> => {
  const rows = new Map<string, Row>();
  const totals = new Map<string, number>();
  /** Streams per index key: the one stream's id itself while there is one (most NIPs). */
  const index = new Map<string, Set<string> | string>();
  let position = 0;

  /** A row's counters, summed per key (a row may name a key twice). */
  const countsOf = (row: Row | undefined): Map<string, number> | undefined => {
    if (row === undefined || projection.totals === undefined) return undefined;
    const counts = new Map<string, number>();
    for (const [key, amount] of projection.totals(row)) {
      counts.set(key, (counts.get(key) ?? 0) + amount);
    }
    return counts;
  };
  const keysOf = (row: Row | undefined): Set<string> | undefined =>
    row === undefined || projection.keys === undefined ? undefined : new Set(projection.keys(row));
  const index_ = (key: string, streamId: string): void => {
    const entry = index.get(key);
    if (entry === undefined) index.set(key, streamId);
    else if (typeof entry !== 'string') entry.add(streamId);
    else if (entry !== streamId) index.set(key, new Set([entry, streamId]));
  };
  const unindex = (key: string, streamId: string): void => {
    const entry = index.get(key);
    if (entry === undefined) return;
    if (typeof entry === 'string') {
      if (entry === streamId) index.delete(key);
      return;
    }
    entry.delete(streamId);
    if (entry.size === 0) index.delete(key);
  };
  const streamsOf = (key: string): string[] => {
    const entry = index.get(key);
    return entry === undefined ? [] : typeof entry === 'string' ? [entry] : [...entry];
  };
  /**
   * Replaces a stream's row. Only what differs between the old row's contribution and the new
   * one's is written: consecutive rows of a case mostly count the same keys, so a step touches
   * the one or two counters and index entries it changes, not all of them.
   */
  const put = (streamId: string, row: Row | undefined): void => {
    const old = rows.get(streamId);
    const before = countsOf(old);
    const after = countsOf(row);
    if (before !== undefined) {
      for (const [key, amount] of before) {
        const next = after?.get(key) ?? 0;
        if (next !== amount) add(totals, key, next - amount);
      }
    }
    if (after !== undefined) {
      for (const [key, amount] of after) if (!before?.has(key)) add(totals, key, amount);
    }
    const hadKeys = keysOf(old);
    const hasKeys = keysOf(row);
    if (hadKeys !== undefined)
      for (const key of hadKeys) if (!hasKeys?.has(key)) unindex(key, streamId);
    if (hasKeys !== undefined)
      for (const key of hasKeys) if (!hadKeys?.has(key)) index_(key, streamId);
    if (row === undefined) rows.delete(streamId);
    else rows.set(streamId, row);
  };

  return {
    projection: projection.name,
    get position() {
      return position;
    },
    get size() {
      return rows.size;
    },
    row: (streamId) => rows.get(streamId),
    rows: () => rows.entries(),
    total: (key) => totals.get(key) ?? 0,
    totals: (prefix) =>
      [...totals].filter(([key]) => key.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1)),
    streamsUnder: (key) => streamsOf(key).sort(),
    stage(events, onto) {
      // `onto` is consumed: its map goes on growing (copying it per chunk would make a long
      // catch-up quadratic), and only the returned batch may be committed.
      const changed =
        (onto?.changed as Map<string, Row | undefined> | undefined) ??
        new Map<string, Row | undefined>();
      let at = onto?.position ?? position;
      let count = onto?.events ?? 0;
      for (const event of events) {
        count++;
        if (!(event.globalPosition > at)) {
          throw new RangeError(
            `projection '${projection.name}': event at global position ${event.globalPosition} is not after ${at}; an event must be applied once, in log order`,
          );
        }
        at = event.globalPosition;
        if (projection.readsStream !== undefined && !projection.readsStream(event.streamId)) {
          continue;
        }
        const before = changed.has(event.streamId)
          ? changed.get(event.streamId)
          : rows.get(event.streamId);
        let after: E.Either<ProjectionFault, Row | undefined>;
        try {
          after = projection.evolve(before, event);
        } catch (error) {
          after = E.left(
            projectionFault(
              projection.name,
              event,
              'REDUCER_FAILED',
              error instanceof Error ? error.message : String(error),
            ),
          );
        }
        if (E.isLeft(after)) return after;
        if (after.right !== before) changed.set(event.streamId, after.right);
      }
      return E.right({ position: at, events: count, changed });
    },
    commit(batch) {
      for (const [streamId, row] of batch.changed) put(streamId, row);
      position = batch.position;
    },
    reset(at, loaded) {
      rows.clear();
      totals.clear();
      index.clear();
      for (const [streamId, row] of loaded) put(streamId, row);
      position = at;
    },
  };
};

/**
 * The pure reducer over a whole history: the model after `events`, from empty. For tests
 * (given events → then read model) and to compare a rebuild with an inline or restarted run.
 */
export const projectEvents = <Row extends JsonValue>(
  projection: Projection<Row>,
  events: readonly RecordedEvent[],
): E.Either<ProjectionFault, ReadModel<Row>> => {
  const model = createReadModel(projection);
  const batch = model.stage(events);
  if (E.isLeft(batch)) return batch;
  model.commit(batch.right);
  return E.right(model);
};
