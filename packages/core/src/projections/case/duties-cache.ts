/**
 * What is due on a case, at query time, without recomputing it on every query.
 *
 * `dutiesDue(state, now, rulebook)` uses the clock for two things only: whether a duty is
 * overdue (now after its last instant) and whether a window (a right that lapses) is still
 * open. Everything else — which duties run, their due dates, holders and bases — is a function
 * of the state and the rulebook. So the due list is computed once per row and rulebook at the
 * earliest instant a Date can hold (nothing overdue, every window open), kept with each duty's
 * last instant, and any `now` is applied to that list by comparison alone. The result equals
 * `dutiesDue(state, now, rulebook)` (deadlines.test.ts holds them equal at several clocks).
 *
 * The memo is keyed by the row object. A row is replaced, never changed, when its stream
 * moves, so one row object is one (stream, version): the entry of an old version is simply
 * never looked up again, and the WeakMap lets it go with the row. The rows stay pure JSON.
 * Duties are never computed while folding events: a rebuild pays nothing for them.
 */
import { type Duty, dutiesDue } from '../../case/due/due-list.js';
import type { OpenCaseState } from '../../case/state.js';
import type { Rulebook } from '../../rules/index.js';
import { endOfLocalDay } from '../../time/index.js';
import type { CaseRow } from './case-row.js';

/** A running duty and its last instant (epoch ms; +∞ when the law sets no period). */
export interface TimedDuty {
  readonly duty: Duty;
  readonly last: number;
}

/** The earliest instant a Date can hold: before every legal date (1900–2999). */
const BEFORE_EVERYTHING = new Date(-8_640_000_000_000_000);

const memo = new WeakMap<Rulebook, WeakMap<CaseRow, readonly TimedDuty[]>>();

/** The last instant of a duty, as the due list computes it. */
const lastInstant = (duty: Duty, state: OpenCaseState): number =>
  duty.due === null
    ? Number.POSITIVE_INFINITY
    : Date.parse(duty.dueAt ?? endOfLocalDay(duty.due, state.timeZone));

/** Every duty running on the row's case under `rulebook`, whatever the time: memoised. */
export const runningDuties = (row: CaseRow, rulebook: Rulebook): readonly TimedDuty[] => {
  let byRow = memo.get(rulebook);
  if (byRow === undefined) {
    byRow = new WeakMap();
    memo.set(rulebook, byRow);
  }
  const cached = byRow.get(row);
  if (cached !== undefined) return cached;
  const timed = dutiesDue(row.state, BEFORE_EVERYTHING, rulebook).map((duty) => ({
    duty,
    last: lastInstant(duty, row.state),
  }));
  byRow.set(row, timed);
  return timed;
};

/**
 * The duties running on the row's case at `now`, earliest due first: a window after its last
 * instant is dropped, and each duty is overdue when `now` is after its last instant.
 */
export const dutiesAt = (row: CaseRow, now: Date, rulebook: Rulebook): readonly TimedDuty[] => {
  const nowMs = now.getTime();
  if (Number.isNaN(nowMs)) throw new RangeError('case read models: now is an invalid Date');
  const out: TimedDuty[] = [];
  for (const { duty, last } of runningDuties(row, rulebook)) {
    const overdue = nowMs > last;
    if (duty.window === true && overdue) continue;
    out.push(overdue ? { duty: { ...duty, overdue }, last } : { duty, last });
  }
  return out;
};
