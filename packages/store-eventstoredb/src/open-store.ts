import { EventStoreDBClient } from '@eventstore/db-client';
import type { StoreError } from '@netra/core';
import { either as E } from 'fp-ts';
import { answer } from './answer.js';
import { readStreamRecords } from './esdb-reads.js';
import type { EventStoreDbEventStore } from './eventstoredb-event-store.js';
import { createEventStoreDbEventStore } from './eventstoredb-event-store.js';
import type { EventStoreDbEventStoreOptions } from './options.js';
import { DEFAULT_CATEGORY, DEFAULT_POLL_INTERVAL_MS } from './options.js';
import { streamNames } from './stream-names.js';

/**
 * Opens a netra store on EventStoreDB / KurrentDB through the application's client (or one
 * made from `connectionString`). Reads one stream first, so that a server that cannot be
 * reached or refuses answers `STORE_UNAVAILABLE` here rather than at the first append. Throws a
 * TypeError only for options that are wrong in themselves (no client, a bad category).
 */
export const openEventStoreDbEventStore = async (
  options: EventStoreDbEventStoreOptions,
): Promise<E.Either<StoreError, EventStoreDbEventStore>> => {
  const names = streamNames(options.category ?? DEFAULT_CATEGORY);
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  if (!Number.isSafeInteger(pollIntervalMs) || pollIntervalMs < 1) {
    throw new TypeError(
      `netra EventStoreDB store: pollIntervalMs must be ≥ 1, not ${pollIntervalMs}`,
    );
  }
  let client: EventStoreDBClient;
  if (options.client !== undefined) client = options.client;
  else if (typeof options.connectionString === 'string')
    client = EventStoreDBClient.connectionString(options.connectionString);
  else throw new TypeError('netra EventStoreDB store: pass a client or a connectionString');
  const ownsClient = options.client === undefined;
  const where = `(EventStoreDB, category "${names.category}")`;
  const probe = await answer(where, async () => {
    await readStreamRecords(client, names.checkpointStream('$probe'), {
      fromRevision: 'end',
      maxCount: 1,
      backwards: true,
    });
    return E.right(undefined);
  });
  if (E.isLeft(probe)) {
    if (ownsClient) await client.dispose().catch(() => undefined);
    return probe;
  }
  return E.right(createEventStoreDbEventStore({ client, ownsClient, names, pollIntervalMs }));
};
