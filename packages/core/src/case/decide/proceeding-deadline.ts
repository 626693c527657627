/**
 * The deadline of a step of the proceedings (rulebook `proceedings`), counted as the intake
 * deadlines are: the row's days of its day type, with the rulebook's holidays and counting
 * policy. A row without days (the PPK's follow-up: the law sets none) has no due date.
 */
import type { ProceedingRule, ProceedingStep, Regime } from '../../rules/index.js';
import { addDays, type IsoDate } from '../../time/index.js';
import type { CaseContext } from '../context.js';

export interface ProceedingDue {
  readonly due: IsoDate | null;
  readonly rule: ProceedingRule;
}

export const proceedingDue = (
  context: CaseContext,
  regime: Regime,
  step: ProceedingStep,
  from: IsoDate,
): ProceedingDue => {
  const rule = context.rulebook.proceedings[regime][step];
  const due =
    rule.days === null
      ? null
      : addDays(
          from,
          rule.days,
          rule.dayType,
          context.rulebook.holidays,
          context.rulebook.counting,
        );
  return { due, rule };
};
