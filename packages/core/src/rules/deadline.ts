/**
 * Computing an intake deadline from the rulebook: the rule's period, counted per
 * time/day-counting.ts with the rulebook's holidays and counting policy.
 */
import { addDays } from '../time/day-counting.js';
import { compareDates, type IsoDate } from '../time/local-date.js';
import type { DeadlineRule, IntakeStep, Regime, Rulebook } from './types.js';

export interface ComputedDeadline {
  readonly step: IntakeStep;
  readonly regime: Regime;
  /** The day the period runs from (see the rule's `runsFrom`). */
  readonly from: IsoDate;
  /** The last day on which the act is still in time. */
  readonly due: IsoDate;
  readonly rule: DeadlineRule;
}

/** The deadline for `step` under `regime`, for a period running from `from`. */
export const computeDeadline = (
  rulebook: Rulebook,
  regime: Regime,
  step: IntakeStep,
  from: IsoDate,
): ComputedDeadline => {
  const rule = rulebook.deadlines[regime][step];
  const due = addDays(from, rule.days, rule.dayType, rulebook.holidays, rulebook.counting);
  return { step, regime, from, due, rule };
};

/** True when an act done `on` that day is in time: `on` ≤ due. */
export const isWithinDeadline = (
  rulebook: Rulebook,
  regime: Regime,
  step: IntakeStep,
  from: IsoDate,
  on: IsoDate,
): boolean => compareDates(on, computeDeadline(rulebook, regime, step, from).due) <= 0;
