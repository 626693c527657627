// Deciders and command handling. Curated named exports.
export type {
  Authenticated,
  CommandHandler,
  CommandHandlerConfig,
  HandleResult,
} from './command-handler.js';
export { createCommandHandler } from './command-handler.js';
export type { ActorRef, CommandMeta } from './command-meta.js';
export type { Decider, DecisionContext } from './decider.js';
export type { EncodedEvent, EventCodec } from './event-codec.js';
export { newEventId } from './event-id.js';
export { commandFingerprint } from './fingerprint.js';
export type {
  HandlerError,
  HandlerErrorCode,
  InputError,
  UnreadableHistory,
} from './handler-error.js';
export { isRejection, SYSTEM_ERROR_CODES } from './handler-error.js';
export type { InputLimits } from './input-size.js';
export { DEFAULT_INPUT_LIMITS } from './input-size.js';
export type { LoadError, Loaded } from './load-stream.js';
export { loadStream } from './load-stream.js';
