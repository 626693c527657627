// Deciders and command handling. Curated named exports.
export type { CommandHandlerConfig, HandleResult } from './command-handler.js';
export { createCommandHandler } from './command-handler.js';
export type { ActorRef, CommandMeta } from './command-meta.js';
export type { Decider, DecisionContext } from './decider.js';
export type { EncodedEvent, EventCodec } from './event-codec.js';
export type { HandlerError } from './handler-error.js';
