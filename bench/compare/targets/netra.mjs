/**
 * netra, through its own port and handler with every check on: the generic command handler
 * (`createCommandHandler`: size limit, strict parse, actor, verified load with the hash chain,
 * idempotency, decide, append with the expected version), the store port's `append` for W2
 * (envelope validation + hash chain), `loadStream` for W3 (verified), and `runProjection` for W4
 * (rebuild, verifying every event's chain). Stores: in memory, SQLite (a file, `synchronous`
 * FULL unless told), PostgreSQL (`@netra/store-postgres`, its own schema in a fresh database).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import {
  createCommandHandler,
  createInMemoryCheckpointStore,
  createInMemoryEventStore,
  loadStream,
  newEventId,
  projectionFault,
  runProjection,
} from '@netra/core';
import { either as E } from 'fp-ts';
import {
  checkFolded,
  commandOf,
  decideStep,
  EVENT_TYPES,
  evolve,
  initialState,
  isOpen,
  STEPS,
  statusAfter,
} from '../data.mjs';

export const ACTOR = { id: 'bench-clerk-01', role: 'clerk', scope: {} };
const FIXED_NOW = new Date('2024-09-01T02:00:00.000Z');
const RULEBOOK = 'bench-1';

export const describeStore = (store, sync) =>
  store === 'memory'
    ? { implementation: 'netra', store: 'in memory' }
    : store === 'sqlite'
      ? { implementation: 'netra', store: `SQLite (synchronous ${sync})` }
      : { implementation: 'netra', store: 'PostgreSQL' };

const unwrap = (either, what) => {
  if (E.isLeft(either)) throw new Error(`${what}: ${JSON.stringify(either.left)}`);
  return either.right;
};

const isRecord = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const hasExactly = (v, keys) =>
  isRecord(v) && Object.keys(v).length === keys.length && keys.every((k) => k in v);
const reject = (message) => E.left({ code: 'INVALID_COMMAND', message });

/** Strict parse of a RecordStep command (what a zod schema would check, by hand). */
const parse = (input) => {
  if (!hasExactly(input, ['type', 'caseId', 'step', 'event', 'meta'])) {
    return reject('a RecordStep command has exactly type, caseId, step, event, meta');
  }
  if (input.type !== 'RecordStep') return reject('type must be RecordStep');
  if (typeof input.caseId !== 'string' || input.caseId.length === 0) return reject('caseId');
  if (!Number.isInteger(input.step) || input.step < 1 || input.step > STEPS) return reject('step');
  const { event, meta } = input;
  if (!hasExactly(event, ['type', 'data']) || !EVENT_TYPES.includes(event.type)) {
    return reject('event must be { type, data } of a known type');
  }
  if (!isRecord(event.data) || event.data.caseId !== input.caseId) return reject('event.data');
  if (
    !isRecord(meta) ||
    typeof meta.commandId !== 'string' ||
    typeof meta.occurredAt !== 'string'
  ) {
    return reject('meta needs commandId and occurredAt');
  }
  return E.right(input);
};

const codec = {
  encode: (event) => ({ type: event.type, schemaVersion: 1, data: event.data }),
  decode: (stored) =>
    stored.schemaVersion === 1 && EVENT_TYPES.includes(stored.type)
      ? E.right({ type: stored.type, data: stored.data })
      : E.left({ message: `unknown event ${stored.type} v${stored.schemaVersion}` }),
};

export const decider = {
  initialState,
  evolve,
  decide: (command, state) => {
    const decided = decideStep(command, state);
    return typeof decided === 'string'
      ? E.left({ code: 'OUT_OF_ORDER', message: decided })
      : E.right(decided);
  },
};

export const metadataOf = (commandId, occurredAt) => ({
  actor: ACTOR,
  commandId,
  correlationId: commandId,
  causationId: null,
  rulebookVersion: RULEBOOK,
  occurredAt,
  recordedAt: FIXED_NOW.toISOString(),
});

export const newEvent = (event, commandId) => ({
  id: newEventId(),
  type: event.type,
  schemaVersion: 1,
  data: event.data,
  metadata: metadataOf(commandId, event.data.at),
});

/** W4's projection in netra's form: a row per case, totals derived from the rows. */
const openPerAgency = {
  name: 'bench-open-cases-per-agency',
  version: 1,
  evolve(row, event) {
    const status = statusAfter(event.type);
    if (status === undefined) {
      return E.left(
        projectionFault(this.name, event, 'UNKNOWN_EVENT_TYPE', 'not an event of a case'),
      );
    }
    const agency = event.type === 'CaseOpened' ? event.data.agency : row?.agency;
    return E.right({ agency, open: isOpen(status) });
  },
  totals(row) {
    return row.open ? [[`open:${row.agency}`, 1]] : [];
  },
};

const openStore = async (ctx) => {
  if (ctx.store === 'memory') return { store: createInMemoryEventStore(), close: async () => {} };
  if (ctx.store === 'sqlite') {
    const { openSqliteEventStore } = await import('@netra/store-sqlite');
    const file = join(ctx.tmp, `netra-${process.pid}.db`);
    const store = unwrap(openSqliteEventStore({ file, synchronous: ctx.sync }), 'open SQLite');
    return { store, file, close: () => store.close() };
  }
  let module;
  try {
    module = await import('@netra/store-postgres');
  } catch (error) {
    throw Object.assign(new Error(`@netra/store-postgres cannot be imported: ${error.message}`), {
      unavailable: true,
    });
  }
  if (typeof module.openPostgresEventStore !== 'function') {
    throw Object.assign(new Error('@netra/store-postgres exports no openPostgresEventStore'), {
      unavailable: true,
    });
  }
  const pg = (await import('pg')).default;
  const pool = new pg.Pool({ connectionString: ctx.connectionString, max: 20 });
  const opened = await module.openPostgresEventStore({ pool, schema: 'netra_bench' });
  if (E.isLeft(opened)) {
    await pool.end();
    throw Object.assign(new Error(`openPostgresEventStore: ${opened.left.message}`), {
      unavailable: true,
    });
  }
  return {
    store: opened.right,
    close: async () => {
      await opened.right.close();
      await pool.end();
    },
  };
};

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * W5 on SQLite: the racers are separate processes (one connection each), started once and
 * told to go together; each answers whether its append won.
 */
const startRacers = async (file, count) => {
  const racers = [];
  for (let i = 0; i < count; i++) {
    const child = spawn(process.execPath, [join(here, '..', 'w5-racer.mjs'), file], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const lines = createInterface({ input: child.stdout });
    const queue = [];
    const waiting = [];
    lines.on('line', (line) => {
      const next = waiting.shift();
      if (next) next(line);
      else queue.push(line);
    });
    const nextLine = () =>
      queue.length > 0
        ? Promise.resolve(queue.shift())
        : new Promise((resolve) => waiting.push(resolve));
    racers.push({ child, nextLine });
  }
  for (const racer of racers) {
    const line = await racer.nextLine();
    if (line !== 'ready') throw new Error(`racer said ${line}`);
  }
  return {
    race: async (streamId, expectedVersion, event, commandId) => {
      const order = `${JSON.stringify({ streamId, expectedVersion, event, commandId })}\n`;
      for (const racer of racers) racer.child.stdin.write(order);
      const answers = await Promise.all(racers.map((r) => r.nextLine()));
      return answers.map((a) => JSON.parse(a));
    },
    stop: async () => {
      await Promise.all(
        racers.map(
          (r) =>
            new Promise((resolve) => {
              r.child.on('exit', resolve);
              r.child.stdin.end();
            }),
        ),
      );
    },
  };
};

export const open = async (ctx) => {
  const opened = await openStore(ctx);
  const { store } = opened;
  let racers;
  const handle = createCommandHandler({
    store,
    decider,
    codec,
    parse,
    streamIdOf: (command) => command.caseId,
    context: (now) => ({ now, rulebookVersion: RULEBOOK }),
    clock: () => FIXED_NOW,
  });
  const load = async (streamId) =>
    unwrap(await loadStream(store, decider, codec, streamId), `loadStream ${streamId}`);

  return {
    async w1(cases, steps) {
      let events = 0;
      for (let step = 0; step < steps; step++) {
        for (const kase of cases) {
          const command = commandOf(kase, step);
          const input = {
            ...command,
            meta: { commandId: `${kase.id}/${step + 1}`, occurredAt: command.event.data.at },
          };
          const result = unwrap(await handle(input, { actor: ACTOR })(), `W1 ${kase.id}`);
          events += result.events.length;
        }
      }
      return events;
    },
    async w2(cases) {
      let events = 0;
      for (const kase of cases) {
        const batch = kase.events.map((e) => newEvent(e, `${kase.id}/bulk`));
        const result = unwrap(
          await store.append(kase.id, batch, { expectedVersion: 'no_stream' }),
          `W2 ${kase.id}`,
        );
        events += result.events.length;
      }
      return events;
    },
    async w3(cases) {
      let events = 0;
      for (const kase of cases) {
        const loaded = await load(kase.id);
        if (!checkFolded(kase, loaded.state)) throw new Error(`W3: ${kase.id} folded wrong`);
        events += loaded.version;
      }
      return events;
    },
    async w4() {
      const run = unwrap(
        await runProjection({
          store,
          checkpoints: createInMemoryCheckpointStore(),
          projection: openPerAgency,
          rebuild: true,
        }),
        'W4 runProjection',
      );
      const counts = new Map(
        run.model.totals('open:').map(([key, amount]) => [key.slice('open:'.length), amount]),
      );
      return { counts, events: run.applied };
    },
    async w5({ existing, fresh, racers: count }) {
      unwrap(
        await store.append(existing.id, [newEvent(existing.events[0], `${existing.id}/1`)], {
          expectedVersion: 'no_stream',
        }),
        'W5 setup',
      );
      const second = existing.events[1];
      const first = fresh.events[0];
      if (ctx.store === 'sqlite') {
        racers ??= await startRacers(opened.file, count);
        const version = await racers.race(existing.id, 1, second, `${existing.id}/2`);
        const created = await racers.race(fresh.id, 'no_stream', first, `${fresh.id}/1`);
        return {
          version: version.filter((a) => a.ok).length,
          creator: created.filter((a) => a.ok).length,
          refusals: [...new Set([...version, ...created].filter((a) => !a.ok).map((a) => a.code))],
        };
      }
      const race = (streamId, expectedVersion, event, commandId) =>
        Promise.all(
          Array.from({ length: count }, () =>
            store.append(streamId, [newEvent(event, commandId)], { expectedVersion }),
          ),
        );
      const version = await race(existing.id, 1, second, `${existing.id}/2`);
      const created = await race(fresh.id, 'no_stream', first, `${fresh.id}/1`);
      return {
        version: version.filter(E.isRight).length,
        creator: created.filter(E.isRight).length,
        refusals: [...new Set([...version, ...created].filter(E.isLeft).map((a) => a.left.code))],
      };
    },
    async close() {
      if (racers) await racers.stop();
      await opened.close();
    },
  };
};
