import { describeCheckpointConformance, describeStoreConformance } from '@netra/testing';
import { describe } from 'vitest';
import type { EventStoreDbEventStore } from '../src/index.js';
import type { EsdbDouble } from './double/esdb-double.js';
import {
  editStoredData,
  freshCategory,
  openOnDouble,
  removeStoredEvent,
  useEsdbDouble,
} from './support/double-store.js';

let double: EsdbDouble;
useEsdbDouble((started) => {
  double = started;
});

// One protocol double for the file; every store gets a category of its own, so each starts
// empty. Tampering edits the double's stored log behind the store's back and opens the same
// category again with a new store and client (a restarted process sees the same damage).
describe('EventStoreDB store on the protocol test double', () => {
  describeStoreConformance({
    name: 'eventstoredb (protocol test double)',
    create: () => openOnDouble(double),
    tamper: async (store, target, edit) => {
      editStoredData(double, store, target, edit);
      return openOnDouble(double, { category: (store as EventStoreDbEventStore).category });
    },
    removeEvent: async (store, target) => {
      removeStoredEvent(double, store, target);
      return openOnDouble(double, { category: (store as EventStoreDbEventStore).category });
    },
  });

  describeCheckpointConformance({
    name: 'eventstoredb (protocol test double)',
    create: async () => {
      const category = freshCategory();
      const opened = [await openOnDouble(double, { category })];
      return {
        checkpoints: (opened[0] as EventStoreDbEventStore).checkpoints,
        reopen: async () => {
          const again = await openOnDouble(double, { category });
          opened.push(again);
          return again.checkpoints;
        },
        close: async () => {
          for (const store of opened) await store.close();
        },
      };
    },
  });
});
