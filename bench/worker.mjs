/**
 * One benchmark configuration in its own process (so that peak RSS and JIT state belong to it
 * alone). run.mjs starts it; it prints one JSON object on stdout and logs progress on stderr.
 *
 *   node bench/worker.mjs --mode bench --store memory|sqlite [--sync OFF|FULL] --n 1000
 *                         [--runs 3] [--no-w3] --tmp DIR
 *   node bench/worker.mjs --mode fill --n 1000 --file DB        (W1 once into a SQLite file)
 *   node bench/worker.mjs --mode profile --store memory|sqlite --file DB [--passes 20]
 *                         (W3(b) only, over the filled file; run under `node --cpu-prof`)
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  caseDecider,
  caseEventCodec,
  createCaseCommandHandler,
  createInMemoryEventStore,
  loadStream,
  verifyStreamChain,
} from '@netra/core';
import { openSqliteEventStore } from '@netra/store-sqlite';
import { either as E } from 'fp-ts';
import { caseIdOf, fixedClock, seasonCommands } from './case-script.mjs';

const { values: args } = parseArgs({
  options: {
    mode: { type: 'string', default: 'bench' },
    store: { type: 'string', default: 'memory' },
    sync: { type: 'string', default: 'OFF' },
    n: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    'no-w3': { type: 'boolean', default: false },
    tmp: { type: 'string' },
    file: { type: 'string' },
    passes: { type: 'string', default: '20' },
  },
});

const log = (message) => process.stderr.write(`  [${args.store} ${args.n}] ${message}\n`);
const MB = 1024 * 1024;

/** Peak RSS as seen by process.memoryUsage, sampled during the timed loops. */
let peakRss = 0;
const sampleRss = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const unwrap = (either, what) => {
  if (E.isLeft(either)) {
    throw new Error(`${what}: ${JSON.stringify(either.left)}`);
  }
  return either.right;
};

let fileCounter = 0;
const openStore = (kind, synchronous, file) => {
  if (kind === 'memory') return { store: createInMemoryEventStore(), file: undefined };
  const path = file ?? join(args.tmp, `w1-${process.pid}-${++fileCounter}.db`);
  return { store: unwrap(openSqliteEventStore({ file: path, synchronous }), 'open'), file: path };
};

const dropStore = async ({ store, file }) => {
  await store.close();
  if (file !== undefined && args.mode === 'bench') {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
};

/** W1: every command of N cases through the case command handler, one after another. */
const runW1 = async (opened, cases) => {
  const commands = seasonCommands(cases, 'bench');
  const handle = createCaseCommandHandler({ store: opened.store, clock: fixedClock });
  let events = 0;
  const started = performance.now();
  for (let i = 0; i < commands.length; i++) {
    const { input, authenticated } = commands[i];
    const result = unwrap(await handle(input, authenticated)(), `W1 ${input.meta.commandId}`);
    events += result.events.length;
    if ((i & 255) === 0) sampleRss();
  }
  const ms = performance.now() - started;
  sampleRss();
  return { ms, commands: commands.length, events };
};

/** W3(a): read each case and fold it (codec decode + evolve), verifying nothing. */
const rehydrateBaseline = async (store, cases) => {
  let events = 0;
  for (let n = 1; n <= cases; n++) {
    const read = unwrap(await store.readStream(caseIdOf(n)), 'readStream');
    let state = caseDecider.initialState();
    for (const recorded of read) {
      state = caseDecider.evolve(state, unwrap(caseEventCodec.decode(recorded), 'decode'));
    }
    if (state.status === 'NONE') throw new Error('a case folded to nothing');
    events += read.length;
    if ((n & 255) === 0) sampleRss();
  }
  return events;
};

/** W3(b): loadStream, as the handler loads: head, events, hash chain checked as it folds. */
const rehydrateVerified = async (store, cases) => {
  let events = 0;
  for (let n = 1; n <= cases; n++) {
    const loaded = unwrap(
      await loadStream(store, caseDecider, caseEventCodec, caseIdOf(n)),
      'loadStream',
    );
    events += loaded.version;
    if ((n & 255) === 0) sampleRss();
  }
  return events;
};

/** W3(c): verifyStreamChain alone over events already in memory: the hash chain's own cost. */
const verifyChainsOnly = (streams) => {
  let events = 0;
  for (const [caseId, recorded] of streams) {
    events += unwrap(verifyStreamChain(caseId, recorded), 'verifyStreamChain').events;
  }
  return events;
};

const rate = (count, ms) => (count * 1000) / ms;

const summary = (runs, count) => {
  const ms = median(runs.map((r) => r.ms));
  return {
    runsMs: runs.map((r) => round(r.ms, 3)),
    medianMs: round(ms, 3),
    perSec: round(rate(count, ms)),
  };
};

const round = (x, digits = 1) => Number(x.toFixed(digits));

/** A W3 run lasts at least this long: a single pass over 100 cases takes a few milliseconds. */
const MIN_RUN_MS = 500;

/** `passes` passes of one W3 variant: milliseconds per pass, and the events of one pass. */
const timedPasses = async (fn, passes) => {
  let events = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) events = await fn();
  return { ms: (performance.now() - started) / passes, events, passes };
};

/** The warm-up: passes until MIN_RUN_MS has gone by; their number is each timed run's. */
const calibrate = async (fn) => {
  let passes = 0;
  const started = performance.now();
  do {
    await fn();
    passes++;
  } while (performance.now() - started < MIN_RUN_MS);
  return passes;
};

const runW3 = async (store, cases, runs) => {
  const streams = [];
  for (let n = 1; n <= cases; n++) {
    streams.push([caseIdOf(n), unwrap(await store.readStream(caseIdOf(n)), 'readStream')]);
  }
  const variants = {
    baseline: () => rehydrateBaseline(store, cases),
    verified: () => rehydrateVerified(store, cases),
    chainOnly: async () => verifyChainsOnly(streams),
  };
  const passes = {};
  for (const [name, fn] of Object.entries(variants)) passes[name] = await calibrate(fn);
  log(`W3 warm-up: passes per run ${JSON.stringify(passes)}`);
  const timings = { baseline: [], verified: [], chainOnly: [] };
  // The variants alternate within each run so that drift or a neighbour's load hits all alike.
  for (let run = 1; run <= runs; run++) {
    for (const [name, fn] of Object.entries(variants)) {
      timings[name].push(await timedPasses(fn, passes[name]));
    }
    log(
      `W3 run ${run} (ms per pass): a ${timings.baseline.at(-1).ms.toFixed(1)}, b ${timings.verified.at(-1).ms.toFixed(1)}, c ${timings.chainOnly.at(-1).ms.toFixed(1)}`,
    );
  }
  sampleRss();
  const events = timings.baseline[0].events;
  for (const list of Object.values(timings)) {
    if (list.some((t) => t.events !== events)) throw new Error('W3 event counts differ');
  }
  const a = summary(timings.baseline, events);
  const b = summary(timings.verified, events);
  const c = summary(timings.chainOnly, events);
  return {
    events,
    passesPerRun: passes,
    baseline: { ...a, eventsPerSec: a.perSec },
    verified: { ...b, eventsPerSec: b.perSec },
    overheadPct: round(((b.medianMs - a.medianMs) / a.medianMs) * 100),
    chainOnly: { ...c, eventsPerSec: c.perSec, usPerEvent: round((c.medianMs * 1000) / events, 2) },
  };
};

const bench = async () => {
  const cases = Number(args.n);
  const runs = Number(args.runs);
  const w1Runs = [];
  let kept;
  // Run 0 warms up; each run starts from an empty store. The last run's store feeds W3.
  for (let run = 0; run <= runs; run++) {
    const opened = openStore(args.store, args.sync);
    const result = await runW1(opened, cases);
    log(`W1 run ${run}${run === 0 ? ' (warm-up)' : ''}: ${result.ms.toFixed(0)} ms`);
    if (run > 0) w1Runs.push(result);
    if (run === runs) kept = opened;
    else await dropStore(opened);
  }
  const { commands, events } = w1Runs[0];
  const w1Summary = summary(w1Runs, commands);
  const w1 = {
    commands,
    events,
    runsMs: w1Summary.runsMs,
    medianMs: w1Summary.medianMs,
    commandsPerSec: w1Summary.perSec,
    eventsPerSec: round(rate(events, w1Summary.medianMs)),
    peakRssMB: round(peakRss / MB),
  };
  const w3 = args['no-w3'] ? null : await runW3(kept.store, cases, runs);
  await dropStore(kept);
  return {
    store: args.store === 'memory' ? 'in-memory' : `sqlite ${args.sync}`,
    durability: kept.store.durability ?? null,
    cases,
    w1,
    w3,
    peakRssMB: round(peakRss / MB),
    maxRssMB: round((process.resourceUsage().maxRSS * 1024) / MB),
  };
};

/** Fills a SQLite file through W1, for the profile run to read. */
const fill = async () => {
  const opened = openStore('sqlite', 'OFF', args.file);
  const result = await runW1(opened, Number(args.n));
  await opened.store.close();
  return { filled: args.file, ...result };
};

/** W3(b) only, many passes, over the filled file (or an in-memory store seeded from it). */
const profile = async () => {
  const sqlite = unwrap(openSqliteEventStore({ file: args.file, readonly: true }), 'open');
  let store = sqlite;
  if (args.store === 'memory') {
    const seed = [];
    for (let after = 0; ; ) {
      const page = unwrap(await sqlite.readAll({ after, limit: 1000 }), 'readAll');
      if (page.length === 0) break;
      seed.push(...page);
      after = page[page.length - 1].globalPosition;
    }
    store = createInMemoryEventStore({ seed });
  }
  const heads = unwrap(await sqlite.listStreamHeads({ limit: 10_000 }), 'heads');
  const cases = heads.length;
  const passes = Number(args.passes);
  let events = 0;
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) events += await rehydrateVerified(store, cases);
  const ms = performance.now() - started;
  if (store !== sqlite) await store.close();
  await sqlite.close();
  return {
    store: args.store,
    cases,
    passes,
    events,
    ms: round(ms),
    eventsPerSec: round(rate(events, ms)),
  };
};

const modes = { bench, fill, profile };
const result = await modes[args.mode]();
process.stdout.write(`${JSON.stringify(result)}\n`);
