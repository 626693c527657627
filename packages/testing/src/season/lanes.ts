/**
 * Several lines of a case that run side by side — the proceedings of each respondent — each
 * walked on a lane of its own: a copy of the walk with its own clock (cursor and last instant),
 * sharing the case's random stream and models. The lanes' steps are merged into the case by
 * their instant (ties: the earlier lane), so that the case's duration is its longest line's,
 * not the sum of all of them. The decider orders each respondent's steps, not the case's.
 */
import type { CaseScript } from './act.js';
import type { SeasonWalk } from './case-walk.js';

interface Lane {
  readonly walk: SeasonWalk;
  readonly script: CaseScript;
  taken: number;
  done: boolean;
}

/** A copy of `w` from where it stands, with its own clock and steps. */
const laneOf = (w: SeasonWalk): SeasonWalk => ({ ...w, steps: w.steps.slice(-1) });

/** The lane's next step (walking it on if needed), or undefined once it has none. */
const peek = (lane: Lane) => {
  const { walk } = lane;
  if (!lane.done && lane.taken === walk.steps.length) {
    walk.steps.splice(0, walk.steps.length - 1);
    lane.taken = walk.steps.length;
    lane.done = lane.script.next().done === true;
  }
  return lane.done && lane.taken === walk.steps.length ? undefined : walk.steps[lane.taken];
};

/** Runs the lines on lanes of `w` and places their steps in `w`, in time. */
export function* inLanes(
  w: SeasonWalk,
  lines: readonly ((lane: SeasonWalk) => CaseScript)[],
): CaseScript {
  const lanes: Lane[] = lines.map((line) => {
    const walk = laneOf(w);
    return { walk, script: line(walk), taken: walk.steps.length, done: false };
  });
  for (;;) {
    let next: { lane: Lane; at: number } | undefined;
    for (const lane of lanes) {
      const step = peek(lane);
      if (step === undefined) continue;
      const at = Date.parse(step.occurredAt);
      if (next === undefined || at < next.at) next = { lane, at };
    }
    if (next === undefined) return;
    const { lane } = next;
    const step = lane.walk.steps[lane.taken];
    if (step === undefined) return;
    lane.taken += 1;
    w.steps.push(step);
    // The instants the lane named so far (a receipt after a delivery): the step is recorded after.
    w.latestAt = lane.walk.latestAt;
    yield;
  }
}
