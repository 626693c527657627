import type { StoreError } from '../store/store-error.js';

/** What the handler itself refuses before any decision: the input and its actor. */
export type InputError =
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
    };

/** A stored event the domain cannot read or apply (the chain itself verified). */
export interface UnreadableHistory {
  readonly code: 'UNREADABLE_HISTORY';
  readonly streamId: string;
  readonly streamVersion: number;
  readonly message: string;
}

/**
 * Why a command produced no events: one flat, discriminated shape, `code` and `message` at the
 * top and the detail beside them, whoever refused:
 * - the domain's refusal itself (`Rejection`, e.g. a `CaseError` `REPORT_TIME_BARRED` with its
 *   `field` and `legalBasis`), an invalid command or actor included;
 * - the handler's: `ACTOR_REQUIRED` (no authenticated actor beside the input), `ACTOR_MISMATCH`
 *   (the body names another actor), `COMMAND_TOO_LARGE`, `COMMAND_ID_REUSED` (the id was used in
 *   this stream for another command), `UNREADABLE_HISTORY`;
 * - the store's, as the store answered it: `CHAIN_BROKEN` (the stored history does not verify;
 *   nothing is decided on it), `WRONG_EXPECTED_VERSION`, `STORE_LOCKED`, `STORE_UNAVAILABLE`…
 * `isRejection` tells the domain's refusals from the rest.
 */
export type HandlerError<Rejection> = Rejection | InputError | UnreadableHistory | StoreError;

/** The codes the handler and the stores answer with (the domain's own codes are its Rejection's). */
export type HandlerErrorCode = HandlerError<never>['code'];

/** The codes the handler and the stores answer with; any other code is the domain's. */
export const SYSTEM_ERROR_CODES: ReadonlySet<string> = new Set<HandlerErrorCode>([
  'ACTOR_REQUIRED',
  'ACTOR_MISMATCH',
  'COMMAND_TOO_LARGE',
  'COMMAND_ID_REUSED',
  'UNREADABLE_HISTORY',
  'WRONG_EXPECTED_VERSION',
  'INVALID_APPEND',
  'CORRUPT_EVENT',
  'CHAIN_BROKEN',
  'PROJECTION_STOPPED',
  'INVALID_READ',
  'STORE_READ_ONLY',
  'STORE_LOCKED',
  'STORE_UNAVAILABLE',
]);

/** True for the domain's refusal (a rule, the command's shape, the actor's role or scope). */
export const isRejection = <Rejection extends { readonly code: string }>(
  error: HandlerError<Rejection>,
): error is Rejection => !SYSTEM_ERROR_CODES.has(error.code);

export const commandIdReused = (commandId: string, streamId: string): InputError => ({
  code: 'COMMAND_ID_REUSED',
  commandId,
  streamId,
  message: `Command id '${commandId}' was already used in '${streamId}' for a different command (another type or payload). Nothing was recorded; give this command its own id.`,
});
