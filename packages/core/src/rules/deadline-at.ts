/**
 * Intake deadlines on the clock (since rulebook 2024.2), for events recorded with an instant.
 *
 * - A period the law counts in hours ("1×24 jam", the rule's `hours`) ends exactly `hours`
 *   after the instant it runs from: nights, weekends and holidays run like any other hour.
 * - A period counted in days ends on the due date {@link computeDeadline} gives for the local
 *   date of the starting instant in the office's zone, at the rule's `closesAt` (office close)
 *   or, without one, at the last millisecond of that local day.
 *
 * Instants are answered in the office's zone, to the millisecond
 * (`2024-10-01T16:00:00.000+07:00`); nothing here reads the host's clock or time zone.
 */
import {
  endOfLocalDay,
  formatInstantInZone,
  HOUR_MS,
  type IsoInstant,
  isLocalTime,
  localTimeToInstant,
  parseInstant,
} from '../time/instant.js';
import { dayOfWeek, type IsoDate, type TimeZoneCode } from '../time/local-date.js';
import { computeDeadline } from './deadline.js';

const FRIDAY = 5;

import type { DeadlineRule, IntakeStep, Regime, Rulebook } from './types.js';

export interface ComputedDeadlineAt {
  readonly step: IntakeStep;
  readonly regime: Regime;
  /** The instant the period runs from, written in the office's zone. */
  readonly fromAt: IsoInstant;
  /** The local date (in the office's zone) of `dueAt`. */
  readonly due: IsoDate;
  /** The last instant at which the act is still in time. */
  readonly dueAt: IsoInstant;
  readonly rule: DeadlineRule;
}

/**
 * The deadline for `step` under `regime`, for a period running from the instant `fromInstant`
 * (ISO 8601 with its offset), at an office in `zone`. Throws a RangeError on an instant without
 * an offset or a malformed one, and on a row whose `hours` or `closesAt` is malformed (the rule
 * tables are checked data, so that is a programming error).
 *
 * With the policy `dayOfKnowledgeCounts` and a one-day period, day 1 is the starting day itself,
 * so an act that starts the period after `closesAt` gets a `dueAt` before its own `fromAt`:
 * that is the rule read literally, and left to the rulebook's configuration.
 */
export const computeDeadlineAt = (
  rulebook: Rulebook,
  regime: Regime,
  step: IntakeStep,
  fromInstant: IsoInstant,
  zone: TimeZoneCode,
): ComputedDeadlineAt => {
  const rule = rulebook.deadlines[regime][step];
  const fromMs = parseInstant(fromInstant);
  const fromAt = formatInstantInZone(fromMs, zone);
  if (rule.hours !== undefined) {
    if (!Number.isInteger(rule.hours) || rule.hours < 1) {
      throw new RangeError(
        `${regime} ${step}: hours must be a whole number ≥ 1, got ${rule.hours}`,
      );
    }
    const dueAt = formatInstantInZone(fromMs + rule.hours * HOUR_MS, zone);
    return { step, regime, fromAt, due: dueAt.slice(0, 10), dueAt, rule };
  }
  for (const [key, value] of [
    ['closesAt', rule.closesAt],
    ['closesAtOnFriday', rule.closesAtOnFriday],
  ] as const) {
    if (value !== undefined && !isLocalTime(value)) {
      throw new RangeError(`${regime} ${step}: ${key} must be HH:MM, got ${value}`);
    }
  }
  const { due } = computeDeadline(rulebook, regime, step, fromAt.slice(0, 10));
  const closes =
    rule.closesAt === undefined
      ? undefined
      : dayOfWeek(due) === FRIDAY
        ? (rule.closesAtOnFriday ?? rule.closesAt)
        : rule.closesAt;
  const dueAt =
    closes === undefined ? endOfLocalDay(due, zone) : localTimeToInstant(due, closes, zone);
  return { step, regime, fromAt, due, dueAt, rule };
};

/** True when an act at the instant `atInstant` is in time for `dueAt`: at ≤ dueAt, to the millisecond. */
export const isOnTime = (atInstant: IsoInstant, dueAt: IsoInstant): boolean =>
  parseInstant(atInstant) <= parseInstant(dueAt);
