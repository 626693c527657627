/**
 * The row of the case read models: one per case stream, holding the case state folded once —
 * every event decoded with the case codec (upcasting old shapes) and applied with the case's
 * own `evolveCase`, exactly as the command handler folds it before deciding. Every read model
 * of this folder is a pure function of these rows (their totals and index, and queries over
 * them), so the state is folded once per event for all five, never per view.
 *
 * Nothing time-dependent is stored: what is due is a function of the state, the clock and the
 * rulebook (`dutiesDue`), computed at query time and memoised per row (duties-cache.ts).
 *
 * The row is plain JSON (the SQLite store keeps it as JSON text): the state is built from
 * decoded event data by spreading and copying, with no Date, Map or class in it. Values that
 * recur across cases (a region, an agency, the tracks of a decision) are shared between rows
 * (shared-values.ts): equal values, one instance, never mutated.
 */
import { either as E } from 'fp-ts';
import { caseEventCodec } from '../../case/codec.js';
import { evolveCase } from '../../case/evolve.js';
import { CASE_EVENT_SCHEMA_VERSIONS, type CaseEventType } from '../../case/schema/events.js';
import { type CaseState, initialCaseState, type OpenCaseState } from '../../case/state.js';
import type { RecordedEvent } from '../../store/envelope.js';
import type { JsonValue } from '../../store/json-value.js';
import { type ProjectionFault, projectionFault } from '../projection.js';
import { shareRecurringValues } from './shared-values.js';

/** The projection's stable name (its checkpoint and stored rows) and the row shape's version. */
export const CASE_READ_MODELS_NAME = 'netra.cases';
export const CASE_READ_MODELS_VERSION = 1;

interface CaseRowFields {
  /** The stream version of the last event folded: with the stream id, which state this is. */
  readonly version: number;
  /** The case as `evolveCase` leaves it after that event. */
  readonly state: OpenCaseState;
}

/**
 * One case's row. (The intersection with a JSON object only tells the type checker what the
 * projection contract requires and the fold guarantees: the row is JSON.)
 */
export type CaseRow = CaseRowFields & { readonly [key: string]: JsonValue };

const rowOf = (version: number, state: OpenCaseState): CaseRow =>
  ({ version, state }) as unknown as CaseRow;

/** Why a stored event does not decode: a type, a version, or data this code cannot read. */
const unreadableReason = (event: RecordedEvent): ProjectionFault['reason'] => {
  if (!Object.hasOwn(CASE_EVENT_SCHEMA_VERSIONS, event.type)) return 'UNKNOWN_EVENT_TYPE';
  const known = CASE_EVENT_SCHEMA_VERSIONS[event.type as CaseEventType];
  return event.schemaVersion > known ? 'UNKNOWN_SCHEMA_VERSION' : 'UNREADABLE_EVENT';
};

const fail = (event: RecordedEvent, reason: ProjectionFault['reason'], problem: string) =>
  E.left(projectionFault(CASE_READ_MODELS_NAME, event, reason, problem.replace(/\.$/, '')));

/**
 * The case's row after `event`. A Left, never a skip, for an event this code cannot read
 * (UNKNOWN_EVENT_TYPE, UNKNOWN_SCHEMA_VERSION — written by newer code — or UNREADABLE_EVENT),
 * for an event out of its stream's order, and for one the fold cannot apply (REDUCER_FAILED:
 * a first event that opens no case, a respondent the case does not name).
 */
export const evolveCaseRow = (
  row: CaseRow | undefined,
  event: RecordedEvent,
): E.Either<ProjectionFault, CaseRow> => {
  const expected = row === undefined ? 1 : row.version + 1;
  if (event.streamVersion !== expected) {
    return fail(
      event,
      'REDUCER_FAILED',
      `the stream's event ${expected} was expected next, not event ${event.streamVersion}`,
    );
  }
  const decoded = caseEventCodec.decode(event);
  if (E.isLeft(decoded)) return fail(event, unreadableReason(event), decoded.left.message);
  let next: CaseState;
  try {
    next = evolveCase(
      row === undefined ? initialCaseState() : row.state,
      shareRecurringValues(decoded.right),
    );
  } catch (error) {
    return fail(event, 'REDUCER_FAILED', error instanceof Error ? error.message : String(error));
  }
  if (next.status === 'NONE') return fail(event, 'REDUCER_FAILED', 'the case is not open');
  return E.right(rowOf(event.streamVersion, next));
};
