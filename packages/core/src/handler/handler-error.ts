import type { ChainBreak } from '../store/chain.js';
import type { StoreError } from '../store/store-error.js';

/**
 * Why a command produced no events: one discriminated shape, `code` at the top.
 * - `REJECTED`: the domain's answer (including an invalid command or actor), with its own code;
 * - `ACTOR_REQUIRED`: the host passed no authenticated actor beside the input;
 * - `ACTOR_MISMATCH`: the command's body names another actor than the one the host authenticated;
 * - `COMMAND_TOO_LARGE`: the input exceeds the whole-command limit (bytes or nesting);
 * - `COMMAND_ID_REUSED`: the command id was already used, in this stream, for another command;
 * - `CHAIN_BROKEN`: the stored history does not verify; nothing is decided on it;
 * - `UNREADABLE_HISTORY`: a stored event cannot be read or applied;
 * - `STORE_ERROR`: the store failed (a version conflict, a lock, an outage).
 */
export type HandlerError<Rejection> =
  | { readonly code: 'REJECTED'; readonly rejection: Rejection; readonly message: string }
  | { readonly code: 'ACTOR_REQUIRED'; readonly message: string }
  | { readonly code: 'ACTOR_MISMATCH'; readonly field: string; readonly message: string }
  | {
      readonly code: 'COMMAND_TOO_LARGE';
      readonly field: string;
      readonly limit: number;
      readonly message: string;
    }
  | {
      readonly code: 'COMMAND_ID_REUSED';
      readonly commandId: string;
      readonly streamId: string;
      readonly message: string;
    }
  | ChainBreak
  | { readonly code: 'STORE_ERROR'; readonly error: StoreError; readonly message: string }
  | {
      readonly code: 'UNREADABLE_HISTORY';
      readonly streamId: string;
      readonly streamVersion: number;
      readonly message: string;
    };

export type HandlerErrorCode = HandlerError<unknown>['code'];

export const rejected = <R extends { readonly message: string }>(
  rejection: R,
): HandlerError<R> => ({
  code: 'REJECTED',
  rejection,
  message: rejection.message,
});

/** A store failure; a broken chain found by the store keeps its own code. */
export const storeFailed = <R>(error: StoreError): HandlerError<R> =>
  error.code === 'CHAIN_BROKEN' ? error : { code: 'STORE_ERROR', error, message: error.message };

export const commandIdReused = <R>(commandId: string, streamId: string): HandlerError<R> => ({
  code: 'COMMAND_ID_REUSED',
  commandId,
  streamId,
  message: `Command id '${commandId}' was already used in '${streamId}' for a different command (another type or payload). Nothing was recorded; give this command its own id.`,
});
