import type { ActorRef } from '../../src/handler/command-meta.js';

/**
 * Test fixtures write each command with the actor who sends it, in `meta.actor`. This calls a
 * handler the way a host does, with that actor as the authenticated one beside the input (the
 * body then names the same actor, which the handler accepts). Tests only: a real host takes
 * the actor from its own authentication, never from the body.
 */
export const asSentBy =
  <R>(handle: (input: unknown, auth: { actor: ActorRef }) => R) =>
  (input: unknown): R =>
    handle(input, {
      actor: (input as { meta?: { actor?: ActorRef } } | null)?.meta?.actor as ActorRef,
    });
