import type { EventStore, RecordedEvent, StreamHead } from '@netra/core';
import { createInMemoryEventStore } from '@netra/core';
import { either as E } from 'fp-ts';
import { describeStoreConformance } from './index.js';

/** The in-memory store's storage: its whole log and the heads it recorded. */
const storageOf = async (
  store: EventStore,
): Promise<{ events: readonly RecordedEvent[]; heads: readonly StreamHead[] }> => {
  const all = await store.readAll({ limit: Number.MAX_SAFE_INTEGER });
  if (E.isLeft(all)) throw new Error(all.left.message);
  const heads = await store.listStreamHeads({ limit: 10_000 });
  if (E.isLeft(heads)) throw new Error(heads.left.message);
  return { events: all.right, heads: heads.right };
};

describeStoreConformance({
  name: 'in-memory',
  create: async () => createInMemoryEventStore(),
  // Copy the storage, alter it, and start a store from the altered copy (taken as recorded,
  // not re-hashed), with the heads the original store had recorded.
  tamper: async (store, target, edit) => {
    const { events, heads } = await storageOf(store);
    const seed = events.map((event) =>
      event.streamId === target.streamId && event.streamVersion === target.streamVersion
        ? { ...event, data: edit(structuredClone(event.data)) }
        : event,
    );
    return createInMemoryEventStore({ seed, seedHeads: heads });
  },
  removeEvent: async (store, target) => {
    const { events, heads } = await storageOf(store);
    const seed = events.filter(
      (event) =>
        !(event.streamId === target.streamId && event.streamVersion === target.streamVersion),
    );
    return createInMemoryEventStore({ seed, seedHeads: heads });
  },
});
