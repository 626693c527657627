/**
 * Projections (DESIGN.md §3): read models built from the global log by pure reducers.
 *
 * A projection is keyed by stream. Its reducer is `evolve(row, event) → row`: the row a stream
 * has in the read model after one more of its events. Whatever the model answers across
 * streams — counters (cases opened in a week, respondents sanctioned in an election) and
 * indexes (the cases of one NIP) — is *derived* from the rows by two more pure functions,
 * `totals(row)` and `keys(row)`, and kept up to date by the model container as rows change
 * (the old row's contribution out, the new one's in). Nobody accumulates a total by hand, so a
 * total can never drift from the rows it sums, and a rebuild from zero, an inline run and a
 * restarted runner are equal by construction when their rows are.
 *
 * Keying by stream is what lets the runner stage one batch of changed rows, write them with
 * the checkpoint in one transaction, and drop them when that transaction rolls back (inline
 * mode), without copying the model.
 */
import type { either as E } from 'fp-ts';
import type { RecordedEvent } from '../store/envelope.js';
import type { JsonValue } from '../store/json-value.js';

/**
 * Why a projection cannot go on: the event at `streamId`/`streamVersion`/`globalPosition` is of
 * a type or schema version it does not know, or its data does not read. The runner stops
 * there and says so; it never skips an event silently.
 */
export interface ProjectionFault {
  readonly code: 'PROJECTION_STOPPED';
  readonly projection: string;
  /**
   * `CHAIN_BROKEN`: the runner, verifying as it reads (`verify`, the default), found the event
   * does not chain onto its stream's previous one (edited, removed, reordered, forged).
   */
  readonly reason:
    | 'UNKNOWN_EVENT_TYPE'
    | 'UNKNOWN_SCHEMA_VERSION'
    | 'UNREADABLE_EVENT'
    | 'REDUCER_FAILED'
    | 'CHAIN_BROKEN';
  readonly streamId: string;
  readonly streamVersion: number;
  readonly globalPosition: number;
  readonly eventType: string;
  readonly schemaVersion: number;
  readonly message: string;
}

export interface Projection<Row extends JsonValue = JsonValue> {
  /** Stable name: the key of its checkpoint and stored rows. 1–200 characters. */
  readonly name: string;
  /**
   * The version of the reducer and of the row's shape. A stored model of another version is
   * not trusted: the runner rebuilds it from zero.
   */
  readonly version: number;
  /**
   * Whether this projection reads the stream at all (default: every stream). Events of other
   * streams pass without a row: a deliberate filter, decided by stream id, never by a failure.
   */
  readsStream?(streamId: string): boolean;
  /**
   * Pure: the stream's row after `event`, from its row before (undefined before its first
   * event). Return `row` itself (the same object) when nothing changed, and undefined to drop
   * the stream's row. A Left stops the projection at this event.
   */
  evolve(row: Row | undefined, event: RecordedEvent): E.Either<ProjectionFault, Row | undefined>;
  /** Pure: the counters this row adds to the model's totals, summed over every row. */
  totals?(row: Row): Iterable<readonly [key: string, amount: number]>;
  /** Pure: the index keys this row is found under (a respondent's NIP, an agency id). */
  keys?(row: Row): Iterable<string>;
}
// The functions are declared as methods on purpose: a list of projections of different row
// types (a store's `inlineProjections`) is then a list of `Projection`, each keeping its type.

/** A fault for the event that caused it. */
export const projectionFault = (
  projection: string,
  event: RecordedEvent,
  reason: ProjectionFault['reason'],
  problem: string,
): ProjectionFault => ({
  code: 'PROJECTION_STOPPED',
  projection,
  reason,
  streamId: event.streamId,
  streamVersion: event.streamVersion,
  globalPosition: event.globalPosition,
  eventType: event.type,
  schemaVersion: event.schemaVersion,
  message: `Projection '${projection}' stopped at event ${event.streamVersion} of '${event.streamId}' (global position ${event.globalPosition}, ${event.type} v${event.schemaVersion}): ${problem}. Nothing after it was applied; fix the projection or the event, then run it again.`,
});
