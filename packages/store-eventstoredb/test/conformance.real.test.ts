import { describeCheckpointConformance, describeStoreConformance } from '@netra/testing';
import { describe } from 'vitest';
import type { EventStoreDbEventStore } from '../src/index.js';
import { openEventStoreDbEventStore } from '../src/index.js';
import { rightOrThrow } from './support/double-store.js';

/*
 * The same conformance suites against a REAL EventStoreDB / KurrentDB server, when
 * NETRA_ESDB_URL names one (e.g. esdb://127.0.0.1:2113?tls=false; see the README for the
 * container). Every store gets a category of its own, so each starts empty on a shared server.
 * The tamper hooks are left out: a real server's storage cannot be edited behind its back.
 */
const url = process.env.NETRA_ESDB_URL;
const run = `${process.pid}t${Date.now().toString(36)}`;
let categories = 0;
const category = () => `netrareal${run}x${++categories}`;

const open = async (name: string): Promise<EventStoreDbEventStore> =>
  rightOrThrow(
    await openEventStoreDbEventStore({
      connectionString: url as string,
      category: name,
      pollIntervalMs: 100,
    }),
  );

if (url === undefined || url === '') {
  // No EventStoreDB server can be installed on the CI machine: without NETRA_ESDB_URL the suite
  // is listed as skipped under a name that says why (it runs whole against the protocol test
  // double in conformance.double.test.ts every time).
  describe.skip('EventStoreDB real server: skipped, NETRA_ESDB_URL not set', () => {
    describeStoreConformance({
      name: 'eventstoredb (real server)',
      create: () => open(category()),
    });
  });
} else {
  describe(`EventStoreDB real server at ${url}`, () => {
    describeStoreConformance({
      name: 'eventstoredb (real server)',
      create: () => open(category()),
    });
    describeCheckpointConformance({
      name: 'eventstoredb (real server)',
      create: async () => {
        const name = category();
        const opened = [await open(name)];
        return {
          checkpoints: (opened[0] as EventStoreDbEventStore).checkpoints,
          reopen: async () => {
            const again = await open(name);
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
}
