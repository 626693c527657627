/**
 * A command handler over a fresh in-memory store, wired for one generated history: its clock
 * and decision context are the history's, so the handler decides exactly as `decideAll` does.
 */
import {
  type ActorRef,
  authorizeCase,
  type CaseContext,
  caseDecider,
  caseEventCodec,
  checkCaseActor,
  createCommandHandler,
  createInMemoryEventStore,
  type EventStore,
  parseCaseCommand,
} from '@netra/core';

export const caseHandlerFor = (
  context: CaseContext,
  store: EventStore = createInMemoryEventStore(),
) => {
  const handler = createCommandHandler({
    store,
    decider: caseDecider,
    codec: caseEventCodec,
    parse: parseCaseCommand,
    checkActor: checkCaseActor,
    authorize: (command, state) => authorizeCase(command, state),
    streamIdOf: (command) => command.caseId,
    context: () => context,
    clock: () => context.now,
  });
  return {
    store,
    /**
     * Generated commands name their actor in `meta.actor`; this hands that actor to the handler
     * as the authenticated one, the way a host would after signing that actor in.
     */
    handle: (input: unknown) =>
      handler(input, {
        actor: (input as { meta?: { actor?: ActorRef } } | null)?.meta?.actor as ActorRef,
      }),
  };
};
