/**
 * Baseline without a library: a plain JS Map of stream → array of events, and one global array.
 * Optimistic concurrency is the version check right before the push (one synchronous step, so
 * of concurrent appends exactly one can win). Nothing is validated, copied or hashed.
 */
import {
  checkFolded,
  commandOf,
  decideStep,
  evolve,
  initialState,
  openPerAgencyFold,
} from '../data.mjs';

export const describeStore = () => ({ implementation: 'baseline (plain JS)', store: 'in memory' });

export const open = async () => {
  const streams = new Map();
  const log = [];

  /** Appends if the stream is at `expected` (0 = absent); answers false on a conflict. */
  const append = async (streamId, events, expected) => {
    const stream = streams.get(streamId) ?? [];
    if (stream.length !== expected) return false;
    for (const event of events) {
      const recorded = { streamId, version: stream.length + 1, type: event.type, data: event.data };
      stream.push(recorded);
      log.push(recorded);
    }
    streams.set(streamId, stream);
    return true;
  };
  const read = async (streamId) => streams.get(streamId) ?? [];
  const load = async (streamId) => {
    const events = await read(streamId);
    let state = initialState();
    for (const e of events) state = evolve(state, e);
    return { state, version: events.length };
  };

  return {
    async w1(cases, steps) {
      let events = 0;
      for (let step = 0; step < steps; step++) {
        for (const kase of cases) {
          const command = commandOf(kase, step);
          const { state, version } = await load(kase.id);
          const decided = decideStep(command, state);
          if (typeof decided === 'string') throw new Error(decided);
          if (!(await append(kase.id, decided, version))) throw new Error('conflict in W1');
          events += decided.length;
        }
      }
      return events;
    },
    async w2(cases) {
      let events = 0;
      for (const kase of cases) {
        if (!(await append(kase.id, kase.events, 0))) throw new Error('conflict in W2');
        events += kase.events.length;
      }
      return events;
    },
    async w3(cases) {
      let events = 0;
      for (const kase of cases) {
        const { state, version } = await load(kase.id);
        if (!checkFolded(kase, state)) throw new Error(`W3: ${kase.id} folded wrong`);
        events += version;
      }
      return events;
    },
    async w4() {
      const fold = openPerAgencyFold();
      for (const e of log) fold.apply(e.streamId, e.type, e.data);
      return { counts: fold.result(), events: log.length };
    },
    async w5({ existing, fresh, racers }) {
      if (!(await append(existing.id, existing.events.slice(0, 1), 0))) throw new Error('W5 setup');
      const version = await Promise.all(
        Array.from({ length: racers }, () => append(existing.id, existing.events.slice(1, 2), 1)),
      );
      const created = await Promise.all(
        Array.from({ length: racers }, () => append(fresh.id, fresh.events.slice(0, 1), 0)),
      );
      return { version: version.filter(Boolean).length, creator: created.filter(Boolean).length };
    },
    async close() {},
  };
};
