/**
 * Checks shared by several commands: legal time not in the future, dates in their legal order,
 * the local date of an act, and the deadline a step runs against.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import {
  type ComputedDeadline,
  type ComputedDeadlineAt,
  computeDeadline,
  computeDeadlineAt,
  type IntakeStep,
  isOnTime,
  type Regime,
} from '../../rules/index.js';
import { compareDates, type IsoDate, localDateOf, type TimeZoneCode } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import { type CaseError, datesOutOfOrder, legalDateInFuture } from '../errors.js';

/** Proceed with nothing to report. */
export const ok: Either<CaseError, void> = E.right(undefined);

/** The first error of a list of checks, run lazily in order. */
export const firstError = (
  ...checks: readonly (() => Either<CaseError, unknown>)[]
): Either<CaseError, void> => {
  for (const check of checks) {
    const result = check();
    if (E.isLeft(result)) return result;
  }
  return ok;
};

/** The local date of the command's legal instant in the case's zone. */
export const actOn = (
  command: { readonly meta: { readonly occurredAt: string } },
  zone: TimeZoneCode,
): IsoDate => localDateOf(command.meta.occurredAt, zone);

/** Today in the case's zone, from the decision clock. */
export const today = (context: CaseContext, zone: TimeZoneCode): IsoDate =>
  localDateOf(context.now, zone);

/** meta.occurredAt must not be after the decision clock: nobody acts in the future. */
export const instantNotInFuture = (
  occurredAt: string,
  context: CaseContext,
): Either<CaseError, void> =>
  Date.parse(occurredAt) > context.now.getTime()
    ? E.left(legalDateInFuture('meta.occurredAt', occurredAt, context.now.toISOString()))
    : ok;

/** A legal calendar date (incident, hearing, conduct) must not be after today. */
export const dateNotInFuture = (
  field: string,
  value: IsoDate,
  todayDate: IsoDate,
): Either<CaseError, void> =>
  compareDates(value, todayDate) > 0 ? E.left(legalDateInFuture(field, value, todayDate)) : ok;

/** `value` (at `field`) must be on or after `earliest` (described as `label`). */
export const notBefore = (
  field: string,
  value: IsoDate,
  label: string,
  earliest: IsoDate,
): Either<CaseError, void> =>
  compareDates(value, earliest) < 0
    ? E.left(datesOutOfOrder(field, value, 'before', label, earliest))
    : ok;

/** The deadline of `step` in `regime`, counted from `from` under the rulebook in force. */
export const deadline = (
  context: CaseContext,
  regime: Regime,
  step: IntakeStep,
  from: IsoDate,
): ComputedDeadline => computeDeadline(context.rulebook, regime, step, from);

/**
 * The deadline of `step` counted on the clock from the instant `fromAt`, in the case's zone:
 * `hours` after it when the law counts hours, else the day count ending at the row's
 * `closesAt` (or the end of the day).
 */
export const deadlineAt = (
  context: CaseContext,
  regime: Regime,
  step: IntakeStep,
  fromAt: string,
  zone: TimeZoneCode,
): ComputedDeadlineAt => computeDeadlineAt(context.rulebook, regime, step, fromAt, zone);

/** True when the instant `at` is not after the instant `dueAt`. */
export const inTimeAt = (at: string, dueAt: string): boolean => isOnTime(at, dueAt);

/** True when `on` is not after `due`. */
export const inTime = (on: IsoDate, due: IsoDate): boolean => compareDates(on, due) <= 0;

/**
 * The day Bawaslu's decision period runs from, read from the rulebook's DECIDE /
 * DECIDE_EXTENDED row (`anchor`). Defaults: Pemilu "sejak laporan diterima dan diregistrasi"
 * (UU 7/2017 Pasal 454(7)–(8)), the registration date; Pilkada "setelah laporan diterima"
 * (Pasal 134(5)–(6)), the receipt date (for a finding, the day it was set). Contested for
 * Pilkada; an office may override it (rules/deadlines-pilkada-2024.ts).
 */
export const decisionPeriodStart = (
  context: CaseContext,
  regime: Regime,
  step: 'DECIDE' | 'DECIDE_EXTENDED',
  openedOn: IsoDate,
  registeredOn: IsoDate,
): IsoDate =>
  (context.rulebook.deadlines[regime][step].anchor ?? 'RECEIPT') === 'REGISTRATION'
    ? registeredOn
    : openedOn;
