import type { StoreError } from '../store/store-error.js';

/**
 * Why a command produced no events. A domain rejection (including an invalid command) is the
 * decider's answer and carries its own code; the other two are about the system, not the case.
 */
export type HandlerError<Rejection> =
  | { readonly code: 'REJECTED'; readonly rejection: Rejection; readonly message: string }
  | { readonly code: 'STORE_ERROR'; readonly error: StoreError; readonly message: string }
  | {
      readonly code: 'UNREADABLE_HISTORY';
      readonly streamId: string;
      readonly streamVersion: number;
      readonly message: string;
    };

export const rejected = <R extends { readonly message: string }>(
  rejection: R,
): HandlerError<R> => ({
  code: 'REJECTED',
  rejection,
  message: rejection.message,
});

export const storeFailed = <R>(error: StoreError): HandlerError<R> => ({
  code: 'STORE_ERROR',
  error,
  message: error.message,
});
