/**
 * A case as of a date, by either of the two clocks every event carries (envelope.ts):
 *
 * - `recordedAt` — what the system knew at that instant: exactly the events recorded at or
 *   before it, folded in stream order. Appends give a stream non-decreasing `recordedAt` in
 *   practice, so this is a prefix of the stream; it is not assumed. A host clock set back can
 *   record a later event "earlier", and then the included events are not a prefix: `prefix` is
 *   false and the state is a fold of a selection the decider never saw in that order (read it
 *   with care; `excludedLater` names what was left out).
 * - `occurredAt` — the legal facts that had happened by then. The fold must stay a history the
 *   decider accepted, so this is the longest prefix of the stream whose events all happened
 *   (legally) at or before the date: always a prefix. A step entered later but back-dated to
 *   before the date (a paper decision keyed in after the next step) sits after the cut: it is
 *   listed in `backdatedAfterCutoff`, where legal and recorded time disagree.
 *
 * The whole given stream's hash chain is verified first: an as-of view of a tampered history is
 * refused with the `ChainBreak`, never shown.
 */
import { either as E } from 'fp-ts';
import { caseEventCodec } from '../case/codec.js';
import { caseDecider } from '../case/decider.js';
import type { CaseState } from '../case/state.js';
import type { StreamHead } from '../store/chain.js';
import { verifyChain } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';
import type { EventStore } from '../store/event-store.js';
import type { StoreError } from '../store/store-error.js';
import type { ReplayError } from './replay.js';
import { readStreamAtHead } from './verify-case.js';

/** Which clock an as-of question is asked by. */
export type AsOfClock = 'occurredAt' | 'recordedAt';

/** An event left out of an as-of view. */
export interface ExcludedEvent {
  readonly streamVersion: number;
  readonly type: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
}

export interface CaseAsOf {
  readonly clock: AsOfClock;
  /** The instant asked about (ISO 8601, UTC). */
  readonly at: string;
  /** The case folded from the included events (status `NONE` when none is). */
  readonly state: CaseState;
  /** The stream version the state reflects: the last included event's (0 when none). */
  readonly version: number;
  /** How many events were folded. Equal to `version` exactly when `prefix` is true. */
  readonly included: number;
  /** True when the included events are the stream's first `included` ones. */
  readonly prefix: boolean;
  /** Every event of the stream that was not folded, in stream order. */
  readonly excludedLater: readonly ExcludedEvent[];
  /**
   * By `occurredAt` only (always empty by `recordedAt`): excluded events that legally happened
   * at or before `at` but were recorded after a step that happened later, so the legal fold
   * stops before them.
   */
  readonly backdatedAfterCutoff: readonly ExcludedEvent[];
}

export interface CaseAsOfOptions {
  /** The case's stream id; default: the first event's (or the head's). */
  readonly streamId?: string;
  /** The store's recorded head: given, the whole stream must also end exactly there. */
  readonly head?: StreamHead | null;
}

const excluded = (e: RecordedEvent): ExcludedEvent => ({
  streamVersion: e.streamVersion,
  type: e.type,
  occurredAt: e.metadata.occurredAt,
  recordedAt: e.metadata.recordedAt,
});

const unreadable = (e: RecordedEvent, problem: string): ReplayError => ({
  code: 'UNREADABLE_EVENT',
  streamId: e.streamId,
  streamVersion: e.streamVersion,
  message: `event ${e.streamVersion} (${e.type}) ${problem}`,
});

/** Milliseconds of an event's clock, or NaN when it is not a readable instant. */
const timeOf = (e: RecordedEvent, clock: AsOfClock): number => Date.parse(e.metadata[clock]);

/** Which events the view folds: their indexes in the stream, ascending. */
const selectIncluded = (
  events: readonly RecordedEvent[],
  at: number,
  clock: AsOfClock,
): readonly number[] => {
  const chosen: number[] = [];
  for (let i = 0; i < events.length; i++) {
    const inTime = timeOf(events[i]!, clock) <= at;
    if (inTime) chosen.push(i);
    else if (clock === 'occurredAt') break;
  }
  return chosen;
};

const fold = (events: readonly RecordedEvent[]): E.Either<ReplayError, CaseState> => {
  let state = caseDecider.initialState();
  for (const item of events) {
    const event = caseEventCodec.decode(item);
    if (E.isLeft(event)) return E.left(unreadable(item, `cannot be read: ${event.left.message}`));
    const next = E.tryCatch(
      () => caseDecider.evolve(state, event.right),
      (error) => (error instanceof Error ? error.message : String(error)),
    );
    if (E.isLeft(next)) return E.left(unreadable(item, `cannot be applied: ${next.left}`));
    state = next.right;
  }
  return E.right(state);
};

/**
 * The case as of `at` by the given clock, from its recorded events (see the module comment
 * for what each clock means). An event whose clock cannot be read is refused
 * (`UNREADABLE_EVENT`): it could be neither placed before nor after the date.
 */
export const caseAsOf = (
  recorded: readonly RecordedEvent[],
  at: Date,
  clock: AsOfClock,
  options: CaseAsOfOptions = {},
): E.Either<ReplayError, CaseAsOf> => {
  const atMs = at.getTime();
  if (Number.isNaN(atMs)) throw new RangeError('caseAsOf: at is an invalid Date');
  const streamId = options.streamId ?? options.head?.streamId ?? recorded[0]?.streamId ?? '';
  const verified = verifyChain(streamId, recorded, options.head);
  if (E.isLeft(verified)) return verified;
  for (const e of recorded) {
    if (Number.isNaN(timeOf(e, clock))) {
      return E.left(unreadable(e, `has no readable ${clock}: '${String(e.metadata[clock])}'`));
    }
  }
  const chosen = selectIncluded(recorded, atMs, clock);
  const taken = new Set(chosen);
  const included = chosen.map((i) => recorded[i]!);
  const state = fold(included);
  if (E.isLeft(state)) return state;
  const left = recorded.filter((_, i) => !taken.has(i));
  return E.right({
    clock,
    at: at.toISOString(),
    state: state.right,
    version: included.at(-1)?.streamVersion ?? 0,
    included: included.length,
    prefix: chosen.every((index, i) => index === i),
    excludedLater: left.map(excluded),
    backdatedAfterCutoff:
      clock === 'occurredAt'
        ? left.filter((e) => timeOf(e, 'occurredAt') <= atMs).map(excluded)
        : [],
  });
};

/**
 * `caseAsOf` on a case in a store: reads the recorded head, then the events up to it, so the
 * chain is verified through to the head (a deleted tail is refused too).
 */
export const storeCaseAsOf = async (
  store: EventStore,
  caseId: string,
  at: Date,
  clock: AsOfClock,
): Promise<E.Either<StoreError | ReplayError, CaseAsOf>> => {
  const read = await readStreamAtHead(store, caseId);
  if (E.isLeft(read)) return read;
  return caseAsOf(read.right.events, at, clock, { streamId: caseId, head: read.right.head });
};
