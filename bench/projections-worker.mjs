/**
 * One size of `pnpm bench:projections`, in its own process (run with --expose-gc):
 *   node --expose-gc bench/projections-worker.mjs --events N --cache DIR [--page 1000]
 *
 * 1. The season: a generated national season (@netra/testing/season, seed 2024) cut at N
 *    events, loaded once into DIR/season-N.db (SQLite, synchronous OFF: a throw-away file)
 *    and reused by later runs.
 * 2. raw: the store's own `readAll`, page by page (--page, default 1000 events, as the
 *    rebuilds below), decoding every row: the rate to beat.
 * 3. rebuild (memory): `runProjection(caseReadModels)` from zero with the model in memory and
 *    nothing written (as a host rebuilds at start), applying 50,000 events per commit,
 *    verifying every event's hash chain (the default); its rate and the heap the model holds
 *    after a full GC. Below 10^6 events, after one untimed pass of each, three timed pairs
 *    (raw, rebuild): the ratio is taken within each pair and its median reported. Then the
 *    same rebuild trusting the log (`verify: false`), for the cost of verifying.
 * 4. rebuild (sqlite rows): the same, the rows and checkpoint written into the same file in
 *    one transaction per 50,000 events (the runner's durable mode, `commitEvery`).
 * 5. the five read models' queries once each at a fixed instant.
 * Prints one JSON line on stdout; progress on stderr.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  agencyWorkload,
  caseReadModels,
  createReadModel,
  deadlines,
  defaultRulebook,
  handlingTimes,
  nationalFunnel,
  runProjection,
  sanctionStatus,
  weeklySeries,
} from '@netra/core';
import { openSqliteEventStore } from '@netra/store-sqlite';
import { loadSeason, nationalSeason, scaleForEvents } from '@netra/testing/season';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string' },
    cache: { type: 'string' },
    page: { type: 'string', default: '1000' },
  },
});
/**
 * Events per page, the same for the raw read (`readAll`'s limit) and every rebuild (the
 * runner's `batchSize`): 1000, the default of both. The page a reader holds decides how much
 * survives V8's young-generation collections, so two page sizes would compare two
 * collectors' workloads, not a read with a rebuild.
 */
const PAGE = Number(args.page);
const target = Number(args.events);
const say = (line) => process.stderr.write(`  [${target}] ${line}\n`);
const mb = (bytes) => Math.round(bytes / 1024 / 1024);
const rate = (r) => Math.round(r.events / (r.ms / 1000));
const right = (x) => {
  if (x._tag === 'Left') throw new Error(`${x.left.code}: ${x.left.message}`);
  return x.right;
};
const open = (file, options = {}) => right(openSqliteEventStore({ file, ...options }));

/** The season's appends until at least `n` events. */
function* cut(season, n) {
  let events = 0;
  for (const append of season) {
    if (events >= n) return;
    events += append.events.length;
    yield append;
  }
}

const file = join(args.cache, `season-${target}.db`);
if (!existsSync(file)) {
  const partial = `${file}.loading`;
  rmSync(partial, { force: true });
  const store = open(partial, { synchronous: 'OFF' });
  const started = performance.now();
  const season = nationalSeason({ seed: 2024, scale: scaleForEvents(target * 1.02) });
  const loaded = await loadSeason(store, cut(season, target), {
    progressEvery: 20_000,
    onProgress: (p) => say(`loading: ${p.events} events, ${p.streams} cases`),
  });
  await store.close();
  renameSync(partial, file);
  say(`loaded ${loaded.events} events in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const store = open(file, { synchronous: 'OFF' });
const head = right(await store.readHeadPosition());

/** The store's own readAll, page by page, decoding every row: the rate to beat. */
const rawRead = async () => {
  const started = performance.now();
  let after = 0;
  let events = 0;
  for (;;) {
    const page = right(await store.readAll({ after, limit: PAGE }));
    if (page.length === 0) break;
    events += page.length;
    after = page.at(-1).globalPosition;
  }
  return { events, ms: performance.now() - started };
};

/** A checkpoint port that keeps nothing: the model lives in memory only. */
const nowhere = {
  load: async () => ({ _tag: 'Right', right: 0 }),
  save: async () => ({ _tag: 'Right', right: undefined }),
  loadProjection: async () => ({ _tag: 'Right', right: null }),
  commitProjection: async () => ({ _tag: 'Right', right: undefined }),
};

/** A rebuild from zero into a model in memory; `verify` as the runner's option. */
const rebuildInMemory = async (model, verify, label) => {
  const started = performance.now();
  const run = right(
    await runProjection({
      store,
      checkpoints: nowhere,
      projection: caseReadModels,
      model,
      verify,
      batchSize: PAGE,
      commitEvery: 50_000,
      onProgress: (p) => say(`${label}: ${p.position} of ${p.head}`),
      progressEveryMs: 10_000,
    }),
  );
  return { events: run.applied, ms: performance.now() - started };
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Up to 10^5 events a pass takes seconds, so the JIT's warm-up would weigh on whichever ran
// first: one untimed pass of each, then REPS timed pairs (raw, then rebuild), each pair's ratio
// taken within the pair and the median reported. At 10^6 a pass warms itself: one pair.
const reps = target >= 1_000_000 ? 1 : 3;
if (reps > 1) {
  await rawRead();
  await rebuildInMemory(createReadModel(caseReadModels), true, 'warm-up');
}
const pairs = [];
let model;
let modelHeap = 0;
for (let i = 0; i < reps; i++) {
  model = undefined; // the last pass's model must not count in this one's heap
  const raw = await rawRead();
  say(`raw readAll: ${raw.events} events, ${rate(raw)} events/s`);
  globalThis.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  model = createReadModel(caseReadModels);
  const verified = await rebuildInMemory(model, true, 'rebuild (memory)');
  globalThis.gc();
  modelHeap = process.memoryUsage().heapUsed - heapBefore;
  say(`rebuild (memory): ${rate(verified)} events/s, model ${mb(modelHeap)} MB`);
  pairs.push({ raw, verified });
}
const trustingRun = await rebuildInMemory(undefined, false, 'rebuild (memory, not verifying)');
say(`rebuild (memory, not verifying): ${rate(trustingRun)} events/s`);
const raw = pairs.map((p) => p.raw).sort((a, b) => rate(a) - rate(b))[Math.floor(reps / 2)];
const memoryRun = pairs.map((p) => p.verified).sort((a, b) => rate(a) - rate(b))[
  Math.floor(reps / 2)
];
const ratioMemory = median(pairs.map((p) => rate(p.verified) / rate(p.raw)));

// queries, once each, at the end of the season
const now = new Date('2025-06-30T12:00:00+07:00');
const time = (f) => {
  const started = performance.now();
  const result = f();
  return { ms: Math.round(performance.now() - started), result };
};
const rulebook = defaultRulebook;
const nip = [...model.rows()]
  .flatMap(([, row]) => Object.values(row.state.respondents))
  .find((r) => r.respondent.nip !== undefined)?.respondent.nip;
const queries = {
  // Twice: the first call computes every case's duties, the second reads them from the cache.
  agencyWorkloadFirst: time(() => agencyWorkload(model, { now, rulebook })).ms,
  agencyWorkload: time(() => agencyWorkload(model, { now, rulebook })).ms,
  deadlines: time(() => deadlines(model, { now, rulebook, overdueOnly: true })).ms,
  handlingTimes: time(() => handlingTimes(model)).ms,
  weeklySeries: time(() => weeklySeries(model, { province: '34' })).ms,
  nationalFunnel: time(() => nationalFunnel(model, 'PILKADA_2024')).ms,
  sanctionStatus: time(() => (nip === undefined ? null : sanctionStatus(model, nip, now))).ms,
};
const funnel = nationalFunnel(model, 'PILKADA_2024');

let sqliteRun;
{
  const started = performance.now();
  const run = right(
    await runProjection({
      store,
      checkpoints: store.checkpoints,
      projection: caseReadModels,
      rebuild: true,
      batchSize: PAGE,
      // A case's row is written once for all its events within 50,000 of the log.
      commitEvery: 50_000,
      onProgress: (p) => say(`rebuild (sqlite rows): ${p.position} of ${p.head}`),
      progressEveryMs: 10_000,
    }),
  );
  sqliteRun = { events: run.applied, ms: performance.now() - started };
}
await store.close();

console.log(
  JSON.stringify({
    events: head,
    cases: model.size,
    rawEventsPerSecond: rate(raw),
    rebuildMemoryEventsPerSecond: rate(memoryRun),
    rebuildSqliteEventsPerSecond: rate(sqliteRun),
    rebuildTrustingEventsPerSecond: rate(trustingRun),
    ratioTrusting: Number((rate(trustingRun) / rate(raw)).toFixed(2)),
    ratioMemory: Number(ratioMemory.toFixed(2)),
    repetitions: reps,
    page: PAGE,
    ratioSqlite: Number((rate(sqliteRun) / rate(raw)).toFixed(2)),
    modelHeapMB: mb(modelHeap),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    queriesMs: queries,
    funnel,
  }),
);
