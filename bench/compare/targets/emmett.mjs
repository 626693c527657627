/**
 * Emmett 0.42, used as its documentation shows: a `DeciderCommandHandler` over the shared
 * decider (aggregateStream → decide → appendToStream with the version it read), `appendToStream`
 * with `STREAM_DOES_NOT_EXIST` for W2, `aggregateStream` for W3, and for W4 on PostgreSQL its
 * consumer (`postgreSQLEventStoreConsumer`, stopping when no messages are left) with a reactor
 * folding every message in global order. Stores: `getInMemoryEventStore()` and
 * `getPostgreSQLEventStore(connectionString)` (its own tables, in a fresh database).
 *
 * Emmett's in-memory store has no global read (no readAll, no consumer): W4 is not offered there.
 */
import {
  DeciderCommandHandler,
  getInMemoryEventStore,
  isExpectedVersionConflictError,
  reactor,
  STREAM_DOES_NOT_EXIST,
} from '@event-driven-io/emmett';
import {
  checkFolded,
  commandOf,
  decideStep,
  evolve,
  initialState,
  openPerAgencyFold,
} from '../data.mjs';

export const describeStore = (store) => ({
  implementation: 'Emmett',
  store: store === 'memory' ? 'in memory' : 'PostgreSQL',
});

/** Emmett events are { type, data }: the generated events as they are. */
const decide = (command, state) => {
  const decided = decideStep(command, state);
  if (typeof decided === 'string') throw new Error(decided);
  return decided;
};

const handle = DeciderCommandHandler({ decide, evolve, initialState });

export const open = async (ctx) => {
  let store;
  let pg;
  if (ctx.store === 'memory') {
    store = getInMemoryEventStore();
  } else {
    pg = await import('@event-driven-io/emmett-postgresql');
    store = pg.getPostgreSQLEventStore(ctx.connectionString);
  }

  const w4 =
    pg === undefined
      ? undefined
      : async () => {
          const fold = openPerAgencyFold();
          let events = 0;
          const consumer = pg.postgreSQLEventStoreConsumer({
            connectionString: ctx.connectionString,
            stopWhen: { noMessagesLeft: true },
            // Rebuild-sized batches, no pause between full batches (defaults: 100 and 50 ms).
            pulling: { batchSize: 1000, pullingFrequencyInMs: 0 },
          });
          consumer.processors.push(
            reactor({
              processorId: 'bench-open-cases-per-agency',
              startFrom: 'BEGINNING',
              eachMessage: async (message) => {
                fold.apply(message.metadata.streamName, message.type, message.data);
                events++;
              },
            }),
          );
          await consumer.start();
          await consumer.close();
          return { counts: fold.result(), events };
        };

  const race = async (streamId, expectedStreamVersion, event, count) => {
    const answers = await Promise.allSettled(
      Array.from({ length: count }, () =>
        store.appendToStream(streamId, [event], { expectedStreamVersion }),
      ),
    );
    const failures = answers.filter((a) => a.status === 'rejected');
    for (const f of failures) {
      if (!isExpectedVersionConflictError(f.reason)) throw f.reason;
    }
    return {
      wins: answers.length - failures.length,
      refusals: failures.map((f) => f.reason.constructor.name),
    };
  };

  return {
    w4,
    w4Unavailable: pg === undefined ? 'no global read in the in-memory store' : undefined,
    async w1(cases, steps) {
      let events = 0;
      for (let step = 0; step < steps; step++) {
        for (const kase of cases) {
          const result = await handle(store, kase.id, commandOf(kase, step));
          events += result.newEvents.length;
        }
      }
      return events;
    },
    async w2(cases) {
      let events = 0;
      for (const kase of cases) {
        await store.appendToStream(kase.id, kase.events, {
          expectedStreamVersion: STREAM_DOES_NOT_EXIST,
        });
        events += kase.events.length;
      }
      return events;
    },
    async w3(cases) {
      let events = 0;
      for (const kase of cases) {
        const { state, currentStreamVersion } = await store.aggregateStream(kase.id, {
          evolve,
          initialState,
        });
        if (!checkFolded(kase, state)) throw new Error(`W3: ${kase.id} folded wrong`);
        events += Number(currentStreamVersion);
      }
      return events;
    },
    async w5({ existing, fresh, racers }) {
      await store.appendToStream(existing.id, [existing.events[0]], {
        expectedStreamVersion: STREAM_DOES_NOT_EXIST,
      });
      const version = await race(existing.id, 1n, existing.events[1], racers);
      const created = await race(fresh.id, STREAM_DOES_NOT_EXIST, fresh.events[0], racers);
      return {
        version: version.wins,
        creator: created.wins,
        refusals: [...new Set([...version.refusals, ...created.refusals])],
      };
    },
    async close() {
      await store.close?.();
    },
  };
};
