/**
 * nationalSeason: a generated national Pilkada 2024 season, shaped like Pilkada 2020 as KASN
 * reported it (plan.ts): at scale 1, 2,034 ASN respondents reported, 1,597 proven, 1,597
 * recommended, 1,450 sanctioned, in about 1,420 cases over the 168 kabupaten/kota of
 * regions.ts and the provinces; at scale k, k such blocks (a fractional scale adds the first
 * part of one more).
 *
 * Every event is what the real decider produces: each step is a real command, parsed at the
 * boundary and decided by `caseDecider` against the case's folded state at the instant it is
 * recorded, its events enveloped as the command handler envelopes them (envelope.ts).
 * Deterministic from the seed: a small seeded PRNG, no Math.random, no clock.
 *
 * The appends come in the order a national system records them: by `recordedAt`, which is each
 * act's legal time plus the delay before it was entered (minutes to hours at a desk, days for
 * some paper decisions), so the cases interleave by time rather than follow one another. They
 * are generated lazily: a case is walked only as far as its next step, and only once the season
 * reaches its incident day; memory holds the cases under way, not the events.
 *
 * Size, measured: scale 1 gives 19,628 events in 1,440 streams for seed 2024 (19,630–19,801
 * for seeds 1–4), about 19,700 per unit of scale. So 10⁴ events is scale 0.51 (9,874 events),
 * 10⁵ is scale 5.1 (100,402) and 10⁶ is scale 51 (1,003,336 events in 72,564 streams), all for
 * seed 2024: `scaleForEvents(n)` gives the scale for n. On 2 cores busy with other work it
 * generates 5,500–6,500 events/s (parse, decide, envelope, fingerprint; more on an idle
 * machine) and loads them into the in-memory store at about 6,000/s (scale 5.1). Only the cases
 * under way stay in memory, not the events: at most about 670 MB of live heap at scale 51,
 * which takes some 2.5 minutes to generate.
 */
import type { NewEvent } from '@netra/core';
import { type LiveCase, nextStep, type PendingStep, recordStep, startCase } from './live-case.js';
import { type CasePlan, planSeason } from './plan.js';
import { Schedule } from './schedule.js';
import { emptyTally, type SeasonFacts, type SeasonTally, seasonFacts } from './season-facts.js';

export interface NationalSeasonOptions {
  readonly seed: number;
  /** Blocks of the Pilkada 2020 shape (default 1); any positive number. */
  readonly scale?: number;
}

/** One append of the season: a case's events of one command, with the version it expects. */
export interface SeasonAppend {
  readonly streamId: string;
  readonly events: readonly NewEvent[];
  readonly expectedVersion: number | 'no_stream';
}

export interface NationalSeason extends Iterable<SeasonAppend> {
  readonly seed: number;
  readonly scale: number;
  /** Known from the plan before any event is generated. */
  readonly facts: SeasonFacts;
  /**
   * Counted by the current (or last) iteration, one iteration at a time (each starts it afresh);
   * `complete` once one ran to its end.
   */
  readonly tally: SeasonTally;
}

/** Events per unit of scale, measured (seeds 1–4, 2024): for choosing a scale by size. */
export const EVENTS_PER_SCALE = 19_700;

/** The scale that gives about `events` events. */
export const scaleForEvents = (events: number): number =>
  Math.max(0.01, Math.round((events / EVENTS_PER_SCALE) * 100) / 100);

function* generate(
  seed: number,
  plans: readonly CasePlan[],
  tally: SeasonTally,
): Generator<SeasonAppend, void, void> {
  Object.assign(tally, emptyTally());
  for (const type of Object.keys(tally.eventTypes)) delete tally.eventTypes[type];
  const schedule = new Schedule<{ live: LiveCase; pending: PendingStep }>();
  const enqueue = (live: LiveCase): void => {
    const pending = nextStep(live);
    if (pending !== null) {
      schedule.push({ at: pending.recordedAt, seq: live.plan.seq, value: { live, pending } });
    }
  };
  let started = 0;
  for (;;) {
    // Start every case that may have a step before the earliest one under way.
    for (
      let plan = plans[started];
      plan !== undefined && plan.startsAt <= (schedule.peek()?.at ?? Number.POSITIVE_INFINITY);
      plan = plans[started]
    ) {
      started += 1;
      enqueue(startCase(seed, plan));
    }
    const next = schedule.pop();
    if (next === undefined) break;
    const { live, pending } = next.value;
    const recorded = recordStep(live, pending);
    enqueue(live);
    if (recorded === null) continue;
    if (live.version === recorded.events.length) tally.streams += 1;
    tally.appends += 1;
    tally.events += recorded.events.length;
    for (const e of recorded.events) tally.eventTypes[e.type] = (tally.eventTypes[e.type] ?? 0) + 1;
    yield { streamId: live.walk.caseId, ...recorded };
  }
  tally.complete = true;
}

export const nationalSeason = (options: NationalSeasonOptions): NationalSeason => {
  const { seed } = options;
  const scale = options.scale ?? 1;
  if (!Number.isInteger(seed)) throw new RangeError(`season seed must be an integer, not ${seed}`);
  const plans = planSeason(seed, scale);
  const tally = emptyTally();
  return {
    seed,
    scale,
    facts: seasonFacts(plans, seed, scale),
    tally,
    [Symbol.iterator]: () => generate(seed, plans, tally),
  };
};
