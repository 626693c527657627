/**
 * What the proceeding families share: the respondents whose proceedings are still open, and a
 * period of the proceedings counted exactly as the decider counts it (decide/
 * proceeding-deadline.ts), for what the state does not record.
 */
import type { ProceedingStep, Regime, Rulebook } from '../../rules/index.js';
import type { IsoDate } from '../../time/index.js';
import { caseContext } from '../context.js';
import { type ProceedingDue, proceedingDue } from '../decide/proceeding-deadline.js';
import { type OpenCaseState, type RespondentState, respondentsOf } from '../state.js';

/**
 * The respondents still in the service: after RespondentExited every step of the
 * administrative proceedings on a respondent is refused (RESPONDENT_EXITED,
 * decide/active-respondent.ts), so none of them is owed any more.
 */
export const inService = (s: OpenCaseState): readonly RespondentState[] =>
  respondentsOf(s).filter((r) => r.proceeding.exit === null);

/** Only the decider's clock is not read by proceedingDue: it counts with the rulebook alone. */
const NO_CLOCK = new Date(0);

/** The period `step` running from `from`, as the decider counts it under `rulebook`. */
export const countProceeding = (
  rulebook: Rulebook,
  regime: Regime,
  step: ProceedingStep,
  from: IsoDate,
): ProceedingDue => proceedingDue(caseContext(NO_CLOCK, rulebook), regime, step, from);
