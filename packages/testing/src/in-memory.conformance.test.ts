import { createInMemoryEventStore } from '@netra/core';
import { either as E } from 'fp-ts';
import { describeStoreConformance } from './index.js';

describeStoreConformance({
  name: 'in-memory',
  create: async () => createInMemoryEventStore(),
  // The in-memory store's storage is its event list: copy it, edit one event, and start a
  // store from the altered copy (taken as recorded, not re-hashed).
  tamper: async (store, target, edit) => {
    const all = await store.readAll({ limit: Number.MAX_SAFE_INTEGER });
    if (E.isLeft(all)) throw new Error(all.left.message);
    const seed = all.right.map((event) =>
      event.streamId === target.streamId && event.streamVersion === target.streamVersion
        ? { ...event, data: edit(event.data) }
        : event,
    );
    return createInMemoryEventStore({ seed });
  },
});
