/**
 * When the forward of a CRIMINAL violation to Polri investigators is due: REFER_TO_POLICE (1×24
 * hours) from the instant of Bawaslu's declaration. A decision recorded under rulebook 2024.1 has
 * only its date; the declaration is then placed at the end of that day, which gives exactly the
 * 2024.1 reading ("by the end of the next day"). One rule for the decider, nextSteps and the due
 * list.
 */
import { type ComputedDeadlineAt, computeDeadlineAt, type Rulebook } from '../../rules/index.js';
import { endOfLocalDay } from '../../time/index.js';
import type { OpenCaseState, RespondentState } from '../state.js';

export interface InvestigatorsDue extends ComputedDeadlineAt {
  /** The declaration's instant the 24 hours run from. */
  readonly declaredAt: string;
}

export const investigatorsDue = (
  rulebook: Rulebook,
  state: OpenCaseState,
  decision: NonNullable<RespondentState['decision']>,
): InvestigatorsDue => {
  const declaredAt = decision.decidedAt ?? endOfLocalDay(decision.decidedOn, state.timeZone);
  return {
    ...computeDeadlineAt(rulebook, state.regime, 'REFER_TO_POLICE', declaredAt, state.timeZone),
    declaredAt,
  };
};
