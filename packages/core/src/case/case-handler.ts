import type { CommandHandler } from '../handler/command-handler.js';
import { createCommandHandler } from '../handler/command-handler.js';
import type { InputLimits } from '../handler/input-size.js';
import type { Rulebook } from '../rules/index.js';
import { defaultRulebook } from '../rules/index.js';
import type { EventStore } from '../store/event-store.js';
import { authorizeCase, checkCaseActor } from './authorize.js';
import { caseEventCodec } from './codec.js';
import { caseContext } from './context.js';
import { caseDecider } from './decider.js';
import type { CaseError } from './errors.js';
import { createCaseCommandParser, parseCaseCommand } from './parse.js';
import type { CaseListLimits } from './schema/limits.js';
import type { CaseState } from './state.js';

export interface CaseCommandHandlerOptions {
  readonly store: EventStore;
  /** The only clock: `recordedAt` of every event and the decider's "now". */
  readonly clock: () => Date;
  /** The rules in force: the default rulebook (2024.2) unless the office configured contested points. */
  readonly rulebook?: Rulebook;
  readonly retryOnVersionConflict?: number;
  readonly newEventId?: () => string;
  /**
   * The whole-command limit (default 256 KiB, 32 levels); field limits are in the schemas.
   * 256 KiB holds about 1,000 typical respondents: raise it together with `listLimits`.
   */
  readonly inputLimits?: Partial<InputLimits>;
  /** The office's list limits (respondents, evidence), within CASE_LIST_CEILINGS. */
  readonly listLimits?: Partial<CaseListLimits>;
}

/**
 * The command handler for neutrality cases, wired as a regional system needs it. Call it as
 * `handle(input, { actor })` with the actor your application authenticated: raw input is
 * parsed at the boundary (strict zod), the actor is checked (shape, role, then scope on the
 * verified case), the case stream is the command's `caseId`, and every event records the
 * version of the rulebook it was decided under and the command's fingerprint.
 */
export const createCaseCommandHandler = (
  options: CaseCommandHandlerOptions,
): CommandHandler<CaseError, CaseState> => {
  const rulebook = options.rulebook ?? defaultRulebook;
  return createCommandHandler({
    store: options.store,
    decider: caseDecider,
    codec: caseEventCodec,
    parse:
      options.listLimits === undefined
        ? parseCaseCommand
        : createCaseCommandParser(options.listLimits),
    checkActor: checkCaseActor,
    authorize: (command, state) => authorizeCase(command, state),
    streamIdOf: (command) => command.caseId,
    context: (now) => caseContext(now, rulebook),
    clock: options.clock,
    ...(options.retryOnVersionConflict === undefined
      ? {}
      : { retryOnVersionConflict: options.retryOnVersionConflict }),
    ...(options.newEventId === undefined ? {} : { newEventId: options.newEventId }),
    ...(options.inputLimits === undefined ? {} : { inputLimits: options.inputLimits }),
  });
};
