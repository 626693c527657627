/**
 * A command handler over a fresh in-memory store, wired for one generated history: its clock
 * and decision context are the history's, so the handler decides exactly as `decideAll` does.
 */
import {
  type CaseContext,
  caseDecider,
  caseEventCodec,
  createCommandHandler,
  createInMemoryEventStore,
  type EventStore,
  parseCaseCommand,
} from '@netra/core';

export const caseHandlerFor = (
  context: CaseContext,
  store: EventStore = createInMemoryEventStore(),
) => ({
  store,
  handle: createCommandHandler({
    store,
    decider: caseDecider,
    codec: caseEventCodec,
    parse: parseCaseCommand,
    streamIdOf: (command) => command.caseId,
    context: () => context,
    clock: () => context.now,
  }),
});
