import type { EventStoreDBClient } from '@eventstore/db-client';
import type {
  CheckpointStore,
  EventStore,
  RecordedEvent,
  StoreError,
  StreamHead,
} from '@netra/core';
import { either as E } from 'fp-ts';
import { createAppend } from './append.js';
import { createCheckpointStore } from './checkpoints.js';
import type { StoreContext } from './context.js';
import { createHeads } from './heads.js';
import { createNewEventWaiters } from './new-event-waiters.js';
import { createReads } from './reads.js';
import type { StreamNames } from './stream-names.js';

/** The EventStoreDB event store: the port, plus checkpoints. */
export interface EventStoreDbEventStore extends EventStore {
  /** The ESDB category of netra's streams. */
  readonly category: string;
  /** The client the store talks through. */
  readonly client: EventStoreDBClient;
  /**
   * The stream's head, then its events: what `readStreamHead` and then `readStream` answer
   * (ESDB cannot read the two streams in one snapshot, so it is two reads, head first, which
   * is all the port asks of a store that cannot).
   */
  readStreamWithHead(
    streamId: string,
  ): Promise<
    E.Either<
      StoreError,
      { readonly head: StreamHead | null; readonly events: readonly RecordedEvent[] }
    >
  >;
  /** The checkpoint port, in streams of its own (`${category}.checkpoint-<name>`). */
  readonly checkpoints: CheckpointStore;
  /**
   * Stops what the store started (its subscription, timers) and releases its waiters; disposes
   * of the client only when the store made it from a connection string.
   */
  close(): Promise<void>;
}

export interface StoreParts {
  readonly client: EventStoreDBClient;
  readonly ownsClient: boolean;
  readonly names: StreamNames;
  readonly pollIntervalMs: number;
}

export const createEventStoreDbEventStore = (parts: StoreParts): EventStoreDbEventStore => {
  const { client, names } = parts;
  const where = `(EventStoreDB, category "${names.category}")`;
  let closed = false;
  const context: StoreContext = {
    client,
    names,
    where,
    assertOpen: () => {
      if (closed) throw new Error(`netra EventStoreDB store ${where}: used after close()`);
    },
  };
  const reads = createReads(context);
  const heads = createHeads(context);
  const waiters = createNewEventWaiters(
    client,
    names.prefix,
    () => (closed ? Promise.resolve(E.right(0)) : reads.readHeadPosition()),
    parts.pollIntervalMs,
  );
  return {
    category: names.category,
    client,
    checkpoints: createCheckpointStore(context),
    append: createAppend({
      context,
      reads,
      heads,
      onAppended: (position) => waiters.notify(position),
    }),
    readStream: reads.readStream,
    readAll: reads.readAll,
    readHeadPosition: reads.readHeadPosition,
    readStreamHead: heads.readStreamHead,
    async readStreamWithHead(streamId) {
      const head = await heads.readStreamHead(streamId);
      if (E.isLeft(head)) return head;
      const events = await reads.readStream(streamId);
      if (E.isLeft(events)) return events;
      return E.right({ head: head.right, events: events.right });
    },
    listStreamHeads: heads.listStreamHeads,
    waitForEvents: (after, options) => (closed ? Promise.resolve() : waiters.wait(after, options)),
    async close() {
      if (closed) return;
      closed = true;
      await waiters.close();
      if (parts.ownsClient) await client.dispose().catch(() => undefined);
    },
  };
};
