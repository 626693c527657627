/**
 * One repetition of one implementation × store, in a process of its own (so its peak memory and
 * JIT state are its own). Started by bench/compare.mjs; prints one JSON line on stdout.
 *
 *   node bench/compare/child.mjs --target netra --store sqlite --sync FULL --n 2000
 *        [--workloads w1,w3,w4,w2,w5] [--rounds 10] [--racers 20] --tmp DIR [--connection URL]
 *
 * Order within the process, on one store: W1 (fills it with N cases), W3 (reads them back),
 * W4 (rebuilds the projection over those N × 8 events), W2 (N more cases, one append each),
 * W5 (rounds of races on streams of their own). Every result is checked: W3 folds to the
 * generated state, W4 answers the expected open cases per agency, counts match.
 */
import { parseArgs } from 'node:util';
import {
  compareCounts,
  EVENT_DATA_BYTES,
  expectedOpenPerAgency,
  generateCase,
  generateCases,
  STEPS,
} from './data.mjs';

const { values: args } = parseArgs({
  options: {
    target: { type: 'string' },
    store: { type: 'string', default: 'memory' },
    sync: { type: 'string', default: 'FULL' },
    n: { type: 'string', default: '100' },
    workloads: { type: 'string', default: 'w1,w3,w4,w2,w5' },
    rounds: { type: 'string', default: '10' },
    racers: { type: 'string', default: '20' },
    tmp: { type: 'string' },
    connection: { type: 'string' },
    rep: { type: 'string', default: '0' },
  },
});

const log = (message) =>
  process.stderr.write(`  [${args.target} ${args.store} N=${args.n} rep ${args.rep}] ${message}\n`);
const workloads = new Set(args.workloads.split(','));
const n = Number(args.n);
const ctx = {
  store: args.store,
  sync: args.sync,
  tmp: args.tmp,
  connectionString: args.connection,
};

const out = {
  target: args.target,
  store: args.store,
  sync: args.store === 'sqlite' ? args.sync : null,
  n,
  rep: Number(args.rep),
  workloads: {},
};

const timed = async (name, events, fn) => {
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  out.workloads[name] = {
    ms: Number(ms.toFixed(3)),
    events,
    eventsPerSec: Math.round((events * 1000) / ms),
  };
  log(`${name}: ${ms.toFixed(0)} ms, ${out.workloads[name].eventsPerSec} events/s`);
  return result;
};

let target;
try {
  const module = await import(`./targets/${args.target}.mjs`);
  // Data first, outside any timing: the same bytes for every implementation.
  const cases = generateCases('w1', n);
  const bulk = workloads.has('w2') ? generateCases('w2', n) : [];
  target = await module.open(ctx);

  if (workloads.has('w1')) {
    const events = await timed('w1', n * STEPS, () => target.w1(cases, STEPS));
    if (events !== n * STEPS) throw new Error(`W1 appended ${events} events, not ${n * STEPS}`);
  }
  if (workloads.has('w3')) {
    const events = await timed('w3', n * STEPS, () => target.w3(cases));
    if (events !== n * STEPS) throw new Error(`W3 read ${events} events, not ${n * STEPS}`);
  }
  if (workloads.has('w4')) {
    if (target.w4 === undefined) {
      out.workloads.w4 = { unavailable: target.w4Unavailable ?? 'not offered' };
    } else {
      const { counts, events } = await timed('w4', n * STEPS, () => target.w4());
      if (events !== n * STEPS) throw new Error(`W4 applied ${events} events, not ${n * STEPS}`);
      const problem = compareCounts(expectedOpenPerAgency(cases), counts);
      if (problem !== null) throw new Error(`W4 answered wrong: ${problem}`);
    }
  }
  if (workloads.has('w2')) {
    const events = await timed('w2', n * STEPS, () => target.w2(bulk));
    if (events !== n * STEPS) throw new Error(`W2 appended ${events} events, not ${n * STEPS}`);
  }
  if (workloads.has('w5')) {
    const racers = Number(args.racers);
    const rounds = [];
    const started = performance.now();
    for (let round = 1; round <= Number(args.rounds); round++) {
      const result = await target.w5({
        existing: generateCase('w5-existing', round),
        fresh: generateCase('w5-fresh', round),
        racers,
      });
      rounds.push(result);
    }
    // A test hook, never set by `pnpm bench`: makes a netra store report a double winner in
    // round 1, to show that the runner then fails (exit code ≠ 0).
    const injected =
      process.env.NETRA_BENCH_INJECT_W5_DOUBLE_WINNER === '1' && args.target === 'netra';
    if (injected) rounds[0].version += 1;
    const ms = performance.now() - started;
    out.w5 = {
      racers,
      rounds: rounds.length,
      versionWinners: rounds.map((r) => r.version),
      creatorWinners: rounds.map((r) => r.creator),
      refusals: [...new Set(rounds.flatMap((r) => r.refusals ?? []))],
      exactlyOne: rounds.every((r) => r.version === 1 && r.creator === 1),
      injected,
      ms: Number(ms.toFixed(1)),
    };
    log(
      `w5: version race winners ${out.w5.versionWinners.join(',')}; creator race winners ${out.w5.creatorWinners.join(',')}`,
    );
  }
  await target.close();
  target = undefined;
  out.eventDataBytes = EVENT_DATA_BYTES;
  out.maxRssMB = Number((process.resourceUsage().maxRSS / 1024).toFixed(1));
} catch (error) {
  out.error = error instanceof Error ? error.message : String(error);
  out.unavailable = error?.unavailable === true;
  log(`FAILED: ${out.error}`);
  if (!out.unavailable && error instanceof Error) log(error.stack ?? '');
  try {
    await target?.close();
  } catch {
    // already failing
  }
  out.maxRssMB = Number((process.resourceUsage().maxRSS / 1024).toFixed(1));
}
process.stdout.write(`${JSON.stringify(out)}\n`);
// Drivers may keep sockets or timers open (the peers' pools): the answer is out, leave.
process.exit(0);
