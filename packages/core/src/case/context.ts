import type { DecisionContext } from '../handler/decider.js';
import type { Rulebook } from '../rules/index.js';

/**
 * What the case decider needs besides the command and the state: the instant of decision (for
 * "no legal date in the future") and the rulebook in force, whose version every event records.
 * Invariant: `rulebookVersion === rulebook.version`.
 */
export interface CaseContext extends DecisionContext {
  readonly rulebook: Rulebook;
}

/** The decision context at `now` under `rulebook`; keeps the recorded version and the rules in step. */
export const caseContext = (now: Date, rulebook: Rulebook): CaseContext => ({
  now,
  rulebook,
  rulebookVersion: rulebook.version,
});
