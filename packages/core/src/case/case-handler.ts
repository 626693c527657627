import type { TaskEither } from 'fp-ts/lib/TaskEither.js';
import type { HandleResult } from '../handler/command-handler.js';
import { createCommandHandler } from '../handler/command-handler.js';
import type { HandlerError } from '../handler/handler-error.js';
import type { Rulebook } from '../rules/index.js';
import { rulebookV1 } from '../rules/index.js';
import type { EventStore } from '../store/event-store.js';
import { caseEventCodec } from './codec.js';
import { caseContext } from './context.js';
import { caseDecider } from './decider.js';
import type { CaseError } from './errors.js';
import { parseCaseCommand } from './parse.js';
import type { CaseState } from './state.js';

export interface CaseCommandHandlerOptions {
  readonly store: EventStore;
  /** The only clock: `recordedAt` of every event and the decider's "now". */
  readonly clock: () => Date;
  /** The rules in force; rulebook version 1 unless the office configured contested points. */
  readonly rulebook?: Rulebook;
  readonly retryOnVersionConflict?: number;
  readonly newEventId?: () => string;
}

/**
 * The command handler for neutrality cases, wired as a regional system needs it: raw input is
 * parsed at the boundary (zod), the case stream is the command's `caseId`, and every event
 * records the version of the rulebook it was decided under.
 */
export const createCaseCommandHandler = (
  options: CaseCommandHandlerOptions,
): ((input: unknown) => TaskEither<HandlerError<CaseError>, HandleResult<CaseState>>) => {
  const rulebook = options.rulebook ?? rulebookV1;
  return createCommandHandler({
    store: options.store,
    decider: caseDecider,
    codec: caseEventCodec,
    parse: parseCaseCommand,
    streamIdOf: (command) => command.caseId,
    context: (now) => caseContext(now, rulebook),
    clock: options.clock,
    ...(options.retryOnVersionConflict === undefined
      ? {}
      : { retryOnVersionConflict: options.retryOnVersionConflict }),
    ...(options.newEventId === undefined ? {} : { newEventId: options.newEventId }),
  });
};
