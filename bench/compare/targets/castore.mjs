/**
 * Castore 2.4, used as its documentation shows: an `EventStore` with one `EventType` per event
 * and a reducer over the shared fold; W1 through a `Command` whose handler gets the aggregate
 * and pushes the decided event at the next version (Castore's optimistic concurrency: the
 * unique (aggregate, version) of its adapters; the command retries on `EventAlreadyExists` as
 * it does by default); W2 with `EventStore.pushEventGroup` (its only atomic multi-event push);
 * W3 with `getAggregate`; W4 as its `lib-dam` "pour" does it (Castore has no global log):
 * `listAggregateIds` page by page, `getEvents` of each, merged in timestamp order, then folded.
 * W5 races `pushEvent` at one version. Adapters: `InMemoryEventStorageAdapter` and
 * `PostgresEventStorageAdapter` (its `event` table, in a fresh database).
 */
import { Command, EventStore, EventType, isEventAlreadyExistsError } from '@castore/core';
import {
  checkFolded,
  commandOf,
  decideStep,
  EVENT_TYPES,
  evolve,
  initialState,
  openPerAgencyFold,
} from '../data.mjs';

export const describeStore = (store) => ({
  implementation: 'Castore',
  store: store === 'memory' ? 'in memory' : 'PostgreSQL',
});

const eventTypes = EVENT_TYPES.map((type) => new EventType({ type }));

/** Castore aggregates carry aggregateId and version; the rest is the shared fold. */
const reducer = (aggregate, event) => ({
  ...evolve(aggregate ?? initialState(), { type: event.type, data: event.payload }),
  aggregateId: event.aggregateId,
  version: event.version,
});

const recordStep = new Command({
  commandId: 'RECORD_STEP',
  requiredEventStores: [],
  handler: async (command, [cases]) => {
    const { aggregate } = await cases.getAggregate(command.caseId);
    const decided = decideStep(command, aggregate ?? initialState());
    if (typeof decided === 'string') throw new Error(decided);
    const { nextAggregate } = await cases.pushEvent(
      {
        aggregateId: command.caseId,
        version: (aggregate?.version ?? 0) + 1,
        type: decided[0].type,
        payload: decided[0].data,
      },
      { prevAggregate: aggregate },
    );
    return nextAggregate;
  },
});

export const open = async (ctx) => {
  let adapter;
  let end = async () => {};
  if (ctx.store === 'memory') {
    const { InMemoryEventStorageAdapter } = await import(
      '@castore/event-storage-adapter-in-memory'
    );
    adapter = new InMemoryEventStorageAdapter();
  } else {
    const { PostgresEventStorageAdapter } = await import('@castore/event-storage-adapter-postgres');
    await PostgresEventStorageAdapter.createEventTable({
      connectionString: ctx.connectionString,
    });
    adapter = new PostgresEventStorageAdapter({ connectionString: ctx.connectionString });
    // The adapter opens a `postgres` client and offers no close: end it so the process can exit.
    end = () => adapter._sql.end();
  }
  const cases = new EventStore({
    eventStoreId: 'cases',
    eventTypes,
    reducer,
    eventStorageAdapter: adapter,
  });

  const race = async (aggregateId, version, event, count) => {
    const answers = await Promise.allSettled(
      Array.from({ length: count }, () =>
        cases.pushEvent({ aggregateId, version, type: event.type, payload: event.data }),
      ),
    );
    const failures = answers.filter((a) => a.status === 'rejected');
    for (const f of failures) if (!isEventAlreadyExistsError(f.reason)) throw f.reason;
    return {
      wins: answers.length - failures.length,
      refusals: failures.map((f) => f.reason.constructor.name),
    };
  };

  return {
    async w1(list, steps) {
      let events = 0;
      for (let step = 0; step < steps; step++) {
        for (const kase of list) {
          await recordStep.handler(commandOf(kase, step), [cases]);
          events++;
        }
      }
      return events;
    },
    async w2(list) {
      let events = 0;
      for (const kase of list) {
        const grouped = kase.events.map((e, i) =>
          cases.groupEvent({ aggregateId: kase.id, version: i + 1, type: e.type, payload: e.data }),
        );
        const { eventGroup } = await EventStore.pushEventGroup(...grouped);
        events += eventGroup.length;
      }
      return events;
    },
    async w3(list) {
      let events = 0;
      for (const kase of list) {
        const { aggregate } = await cases.getAggregate(kase.id);
        if (!checkFolded(kase, aggregate)) throw new Error(`W3: ${kase.id} folded wrong`);
        events += aggregate.version;
      }
      return events;
    },
    async w4() {
      const all = [];
      let pageToken;
      do {
        const page = await cases.listAggregateIds({ limit: 1000, pageToken });
        for (const { aggregateId } of page.aggregateIds) {
          const { events } = await cases.getEvents(aggregateId);
          all.push(...events);
        }
        pageToken = page.nextPageToken;
      } while (pageToken !== undefined);
      all.sort((a, b) =>
        a.timestamp < b.timestamp
          ? -1
          : a.timestamp > b.timestamp
            ? 1
            : a.aggregateId === b.aggregateId
              ? a.version - b.version
              : a.aggregateId < b.aggregateId
                ? -1
                : 1,
      );
      const fold = openPerAgencyFold();
      for (const e of all) fold.apply(e.aggregateId, e.type, e.payload);
      return { counts: fold.result(), events: all.length };
    },
    async w5({ existing, fresh, racers }) {
      const first = existing.events[0];
      await cases.pushEvent({
        aggregateId: existing.id,
        version: 1,
        type: first.type,
        payload: first.data,
      });
      const version = await race(existing.id, 2, existing.events[1], racers);
      const created = await race(fresh.id, 1, fresh.events[0], racers);
      return {
        version: version.wins,
        creator: created.wins,
        refusals: [...new Set([...version.refusals, ...created.refusals])],
      };
    },
    close: () => end(),
  };
};
