import type { StoreError } from '@netra/core';
import { chainBreak, storeUnavailable } from '@netra/core';

/** The `type` the client gives each of its errors (`ErrorType` of `@eventstore/db-client`). */
export const esdbErrorType = (error: unknown): string | undefined => {
  if (typeof error !== 'object' || error === null) return undefined;
  const type = (error as { readonly type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
};

const detail = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Every client error as one of netra's typed store errors. Core has no codes of its own for
 * EventStoreDB's cluster and permission errors, so those are `STORE_UNAVAILABLE` (the closest:
 * the store cannot do this now; retrying elsewhere or later may) whose message names the ESDB
 * error and whose `cause` is the client's error (its `type` tells them apart):
 * - not-leader: the node is a follower; connect to the cluster (gossip) or the leader;
 * - access-denied: the credentials may not read or write this stream;
 * - deadline-exceeded / unavailable / cancelled / timeout / unknown: nothing was answered in
 *   time; a write's outcome is then unknown, so the message says to read before retrying.
 * A stream deleted in EventStoreDB (tombstoned) lost its history behind netra's back (netra
 * never deletes a stream): `CHAIN_BROKEN` (HEAD_MISMATCH) when the stream is known.
 * Wrong-expected-version and stream-not-found are answered where they occur (append, reads).
 */
export const storeErrorOf = (error: unknown, where: string, streamId?: string): StoreError => {
  const type = esdbErrorType(error);
  switch (type) {
    case 'stream-deleted':
      return streamId === undefined
        ? storeUnavailable(`EventStoreDB ${where}: a stream was deleted (${detail(error)})`, error)
        : chainBreak(
            streamId,
            1,
            'HEAD_MISMATCH',
            'the stream was deleted (tombstoned) in EventStoreDB: its history is gone',
          );
    case 'not-leader':
      return storeUnavailable(
        `EventStoreDB ${where}: the node is not the leader (not-leader); connect through the cluster's gossip or to the leader, then retry`,
        error,
      );
    case 'access-denied':
      return storeUnavailable(
        `EventStoreDB ${where}: access denied (access-denied); the credentials may not do this`,
        error,
      );
    case 'deadline-exceeded':
    case 'timeout':
    case 'cancelled':
      return storeUnavailable(
        `EventStoreDB ${where}: no answer in time (${type}); a write may or may not have been recorded: read the stream before retrying`,
        error,
      );
    case 'unavailable':
      return storeUnavailable(
        `EventStoreDB ${where}: the server is unavailable (unavailable): ${detail(error)}`,
        error,
      );
    default:
      return storeUnavailable(
        `EventStoreDB ${where}: ${type === undefined ? '' : `(${type}) `}${detail(error)}`,
        error,
      );
  }
};

/** Our own programmer errors pass through; everything the client throws is answered. */
export const isProgrammerError = (error: unknown): boolean =>
  (error instanceof TypeError || error instanceof RangeError) && esdbErrorType(error) === undefined;
