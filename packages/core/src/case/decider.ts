import type { Decider } from '../handler/decider.js';
import type { CaseContext } from './context.js';
import { decideCase } from './decide/decide-case.js';
import type { CaseError } from './errors.js';
import { evolveCase } from './evolve.js';
import type { CaseCommand } from './schema/commands.js';
import type { CaseEvent } from './schema/events.js';
import { type CaseState, initialCaseState } from './state.js';

/** The case aggregate as a decider: pure decide / evolve / initialState (DESIGN.md §3). */
export const caseDecider: Decider<CaseCommand, CaseState, CaseEvent, CaseContext, CaseError> = {
  decide: decideCase,
  evolve: evolveCase,
  initialState: initialCaseState,
};
