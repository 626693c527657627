/**
 * The comparative benchmark (DESIGN.md §5): W1–W5 for netra (in memory, SQLite, PostgreSQL),
 * Emmett (in memory, PostgreSQL), Castore (in memory, PostgreSQL) and two baselines without a
 * library (plain JS Map + array; raw pg with one table and a unique (stream, version)
 * constraint). `pnpm bench` at the repository root builds @netra/core, @netra/store-sqlite and
 * @netra/store-postgres, then runs this.
 *
 *   node bench/compare.mjs [--quick] [--reps 3] [--n-memory 20000] [--n-durable 2000]
 *                          [--rounds 10] [--only netra-memory,baseline-memory,…]
 *                          [--scaling 1000,10000,100000,1000000 | --no-scaling] [--svg PATH]
 *                          [--pg postgresql://postgres@127.0.0.1:5432/test]
 *
 * Every (implementation × store) runs each repetition in a fresh Node process
 * (bench/compare/child.mjs): repetitions are the outer loop, so one repetition of every target
 * runs close together in time, and each ratio is taken between runs of the same repetition.
 * PostgreSQL targets each get a fresh database (created here, dropped right after the child
 * exits); SQLite files go to a fresh temporary directory, removed at the end.
 *
 * Exits non-zero when a netra store's W5 does not give exactly one winner in every round, or
 * when netra or a baseline fails. A peer's result is reported as it is (also when more than one
 * of its racers wins). No figure is asserted.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { EVENT_DATA_BYTES, STEPS } from './compare/data.mjs';
import { scalingSvg } from './compare/svg.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const resultsDir = join(here, 'results');
const child = join(here, 'compare', 'child.mjs');

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    reps: { type: 'string' },
    'n-memory': { type: 'string' },
    'n-durable': { type: 'string' },
    rounds: { type: 'string' },
    only: { type: 'string' },
    scaling: { type: 'string' },
    'no-scaling': { type: 'boolean', default: false },
    'scaling-only': { type: 'boolean', default: false },
    svg: { type: 'string' },
    pg: { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432/test' },
  },
});

const quick = args.quick;
const reps = Number(args.reps ?? (quick ? 2 : 3));
const nMemory = Number(args['n-memory'] ?? (quick ? 300 : 20_000));
const nDurable = Number(args['n-durable'] ?? (quick ? 40 : 2_000));
const rounds = Number(args.rounds ?? (quick ? 3 : 10));
const scalingSizes = args['no-scaling']
  ? []
  : (args.scaling ?? (quick ? '1000,4000' : '1000,10000,100000,1000000')).split(',').map(Number);
const svgPath =
  args.svg ??
  (quick ? join(resultsDir, 'compare-scaling.svg') : join(root, 'docs', 'bench-scaling.svg'));
const childTimeoutMs = (quick ? 3 : 60) * 60_000;

/** Every target: its key, module, store, and whose baseline it is compared with. */
const TARGETS = [
  {
    key: 'baseline-memory',
    module: 'baseline-memory',
    store: 'memory',
    group: 'memory',
    baseline: true,
  },
  { key: 'netra-memory', module: 'netra', store: 'memory', group: 'memory', netra: true },
  { key: 'emmett-memory', module: 'emmett', store: 'memory', group: 'memory', peer: true },
  { key: 'castore-memory', module: 'castore', store: 'memory', group: 'memory', peer: true },
  {
    key: 'baseline-pg',
    module: 'baseline-pg',
    store: 'postgres',
    group: 'durable',
    baseline: true,
  },
  {
    key: 'netra-sqlite',
    module: 'netra',
    store: 'sqlite',
    sync: 'FULL',
    group: 'durable',
    netra: true,
  },
  { key: 'netra-postgres', module: 'netra', store: 'postgres', group: 'durable', netra: true },
  { key: 'emmett-postgres', module: 'emmett', store: 'postgres', group: 'durable', peer: true },
  { key: 'castore-postgres', module: 'castore', store: 'postgres', group: 'durable', peer: true },
];
const only = args.only ? new Set(args.only.split(',')) : null;
const scalingOnly = args['scaling-only'];
const targets = scalingOnly ? [] : TARGETS.filter((t) => only === null || only.has(t.key));
const LABELS = {
  'baseline-memory': 'baseline: plain JS Map + array',
  'netra-memory': 'netra, in memory',
  'emmett-memory': 'Emmett, in memory',
  'castore-memory': 'Castore, in memory',
  'baseline-pg': 'baseline: raw pg, one table',
  'netra-sqlite': 'netra, SQLite (synchronous FULL)',
  'netra-postgres': 'netra, PostgreSQL',
  'emmett-postgres': 'Emmett, PostgreSQL',
  'castore-postgres': 'Castore, PostgreSQL',
};

const log = (message) => process.stderr.write(`${message}\n`);
const tmp = mkdtempSync(join(tmpdir(), 'netra-compare-'));
mkdirSync(resultsDir, { recursive: true });

// ---- PostgreSQL: is it there, and one fresh database per child ----------------------------

const adminQuery = async (sql) => {
  const client = new pg.Client({ connectionString: args.pg });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
};
const withDatabase = (name) => {
  const url = new URL(args.pg);
  url.pathname = `/${name}`;
  return url.toString();
};
let pgProblem = null;
let pgServer = null;
try {
  pgServer = (await adminQuery("SELECT current_setting('server_version') AS v")).rows[0].v;
} catch (error) {
  pgProblem = `PostgreSQL not reachable at ${args.pg}: ${error.message}`;
}

// ---- Versions ---------------------------------------------------------------------------

const packageVersion = (dir) => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
};
const benchModules = join(here, 'node_modules');
const versionOf = (name) => packageVersion(join(benchModules, name));
/** A dependency of a dependency, found beside it in pnpm's layout. */
const nestedVersion = (parent, name) => {
  try {
    const real = realpathSync(join(benchModules, parent));
    const up = parent.startsWith('@') ? join(real, '..', '..') : join(real, '..');
    return packageVersion(join(up, name));
  } catch {
    return 'unknown';
  }
};
const gitRevision = (() => {
  const rev = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain', 'packages'], {
    cwd: root,
    encoding: 'utf8',
  });
  return `${rev.stdout.trim()}${dirty.stdout.trim() === '' ? '' : ' + uncommitted changes in packages/'}`;
})();
const sqliteVersion = (() => {
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      "const D=require('better-sqlite3');console.log(new D(':memory:').prepare('select sqlite_version() v').get().v)",
    ],
    { cwd: here, encoding: 'utf8' },
  );
  return r.stdout.trim() || 'unknown';
})();
const versions = {
  netra: `@netra/core ${versionOf('@netra/core')}, @netra/store-sqlite ${versionOf('@netra/store-sqlite')}, @netra/store-postgres ${versionOf('@netra/store-postgres')} (workspace, git ${gitRevision})`,
  emmett: `@event-driven-io/emmett ${versionOf('@event-driven-io/emmett')}, @event-driven-io/emmett-postgresql ${versionOf('@event-driven-io/emmett-postgresql')}`,
  castore: `@castore/core ${versionOf('@castore/core')}, @castore/event-storage-adapter-in-memory ${versionOf('@castore/event-storage-adapter-in-memory')}, @castore/event-storage-adapter-postgres ${versionOf('@castore/event-storage-adapter-postgres')} (driver postgres ${nestedVersion('@castore/event-storage-adapter-postgres', 'postgres')})`,
  drivers: `pg ${versionOf('pg')}, better-sqlite3 ${versionOf('better-sqlite3')} (SQLite ${sqliteVersion})`,
  postgresql: pgServer ?? 'not reachable',
  node: process.version,
};

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
  platform: `${platform()} ${release()}`,
  loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
};

// ---- Children ---------------------------------------------------------------------------

/** Runs one child; answers its JSON line (or an error record). */
const runChild = (childArgs, nodeFlags = []) => {
  const begun = performance.now();
  const run = spawnSync(process.execPath, [...nodeFlags, child, ...childArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: childTimeoutMs,
    killSignal: 'SIGKILL',
  });
  log(`  (${((performance.now() - begun) / 1000).toFixed(1)} s in that process)`);
  const last = run.stdout?.trim().split('\n').at(-1);
  try {
    return JSON.parse(last);
  } catch {
    return {
      error: run.error
        ? `child ${run.error.code === 'ETIMEDOUT' ? `timed out after ${childTimeoutMs / 60000} min` : run.error.message}`
        : `child exited ${run.status} without a result`,
    };
  }
};

const runTarget = async (target, n, rep) => {
  const childArgs = [
    `--target=${target.module}`,
    `--store=${target.store}`,
    `--n=${n}`,
    `--rounds=${rounds}`,
    `--rep=${rep}`,
    // Quick mode races (W5) in the first repetition only: starting 20 racer processes for
    // SQLite is most of a quick run's time, and one repetition shows whether one wins.
    `--workloads=w1,w3,w4,w2${quick && rep > 1 ? '' : ',w5'}`,
  ];
  if (target.sync) childArgs.push(`--sync=${target.sync}`);
  if (target.store === 'postgres') {
    if (pgProblem !== null) return { error: pgProblem, unavailable: true };
    const db = `netra_compare_${process.pid}_${target.key.replace('-', '_')}_${rep}`;
    await adminQuery(`CREATE DATABASE ${db}`);
    try {
      return runChild([...childArgs, `--connection=${withDatabase(db)}`]);
    } finally {
      await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    }
  }
  const dir = mkdtempSync(join(tmp, `${target.key}-`));
  try {
    return runChild([...childArgs, `--tmp=${dir}`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const nOf = (target) => (target.group === 'memory' ? nMemory : nDurable);
const started = performance.now();
log(
  `compare: ${reps} repetitions; N = ${nMemory} cases in memory, ${nDurable} on SQLite/PostgreSQL; W5 ${rounds} rounds of 20 racers; ${pgProblem ?? `PostgreSQL ${pgServer}`}`,
);
/** results[key] = one record per repetition. */
const results = Object.fromEntries(targets.map((t) => [t.key, []]));
const outputName = scalingOnly ? 'compare-scaling-latest' : 'compare-latest';
const progressFile = join(resultsDir, `${outputName}-progress.jsonl`);
writeFileSync(progressFile, '');
for (let rep = 1; rep <= reps; rep++) {
  for (const target of targets) {
    log(`rep ${rep}/${reps}: ${target.key} (N = ${nOf(target)})`);
    const record = await runTarget(target, nOf(target), rep);
    results[target.key].push(record);
    // Each record as it comes, so that an interrupted run still leaves its measurements.
    appendFileSync(progressFile, `${JSON.stringify({ key: target.key, rep, record })}\n`);
  }
}

// ---- Scaling: netra in memory and on SQLite, 10³ … 10⁶ events ----------------------------

const SCALING_STORES = [
  { store: 'memory', label: 'netra, in memory' },
  { store: 'sqlite', sync: 'NORMAL', label: 'netra, SQLite (synchronous NORMAL)' },
];
const scaling = [];
for (const s of SCALING_STORES) {
  if (only !== null && !only.has(`netra-${s.store}`)) continue;
  for (const events of scalingSizes) {
    const cases = Math.max(1, Math.round(events / STEPS));
    log(`scaling: ${s.label}, ${cases * STEPS} events`);
    const dir = mkdtempSync(join(tmp, `scaling-${s.store}-`));
    const childArgs = [
      '--target=netra',
      `--store=${s.store}`,
      `--n=${cases}`,
      '--workloads=w1,w3,w4,w2',
      `--tmp=${dir}`,
      '--rep=scaling',
    ];
    if (s.sync) childArgs.push(`--sync=${s.sync}`);
    const record = runChild(childArgs, ['--max-old-space-size=12288']);
    appendFileSync(
      progressFile,
      `${JSON.stringify({ scaling: s.label, events: cases * STEPS, record })}\n`,
    );
    rmSync(dir, { recursive: true, force: true });
    scaling.push({ ...s, events: cases * STEPS, record });
  }
}
rmSync(tmp, { recursive: true, force: true });
machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
const minutes = (performance.now() - started) / 60_000;

// ---- Statistics ---------------------------------------------------------------------------

const median = (xs) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const WORKLOADS = ['w1', 'w2', 'w3', 'w4'];
const baselineOf = (target) =>
  targets.find((t) => t.baseline && t.group === target.group)?.key ?? null;
const msOf = (record, w) => record?.workloads?.[w]?.ms;

const summary = {};
for (const target of targets) {
  const records = results[target.key];
  const ok = records.filter((r) => r.error === undefined);
  const row = { label: LABELS[target.key], n: nOf(target), workloads: {}, errors: [] };
  for (const r of records) if (r.error !== undefined) row.errors.push(r.error);
  row.unavailable = records.length > 0 && records.every((r) => r.unavailable);
  const base = baselineOf(target);
  for (const w of WORKLOADS) {
    const unavailable = ok.find((r) => r.workloads?.[w]?.unavailable)?.workloads[w].unavailable;
    if (unavailable) {
      row.workloads[w] = { unavailable };
      continue;
    }
    const times = ok.map((r) => msOf(r, w)).filter((x) => x !== undefined);
    if (times.length === 0) continue;
    const events = ok.find((r) => r.workloads?.[w])?.workloads[w].events;
    const ms = median(times);
    // The ratio to the baseline measured in the same repetition, then the median of those.
    const ratios = [];
    if (base !== null && base !== target.key) {
      records.forEach((r, i) => {
        const b = msOf(results[base][i], w);
        const t = msOf(r, w);
        if (b !== undefined && t !== undefined && r.error === undefined) ratios.push(t / b);
      });
    }
    // In memory, netra is also compared with the faster peer of the same repetition.
    const peerRatios = [];
    const bestPeers = [];
    if (target.netra && target.group === 'memory') {
      records.forEach((r, i) => {
        const peers = targets
          .filter((t) => t.peer && t.group === 'memory')
          .map((t) => [t.key, msOf(results[t.key][i], w)])
          .filter(([, ms]) => ms !== undefined);
        const t = msOf(r, w);
        if (peers.length === 0 || t === undefined) return;
        const [bestKey, bestMs] = peers.reduce((a, b) => (b[1] < a[1] ? b : a));
        peerRatios.push(t / bestMs);
        bestPeers.push(bestKey);
      });
    }
    row.workloads[w] = {
      events,
      runsMs: times.map((x) => Number(x.toFixed(1))),
      medianMs: Number(ms.toFixed(1)),
      eventsPerSec: Math.round((events * 1000) / ms),
      ratioToBaseline: ratios.length > 0 ? Number(median(ratios).toFixed(2)) : null,
      ratioToBestPeer: peerRatios.length > 0 ? Number(median(peerRatios).toFixed(2)) : null,
      bestPeer: bestPeers.length > 0 ? [...new Set(bestPeers)].join('/') : null,
    };
  }
  const w5 = ok.map((r) => r.w5).filter(Boolean);
  if (w5.length > 0) {
    const versionWinners = w5.flatMap((x) => x.versionWinners);
    const creatorWinners = w5.flatMap((x) => x.creatorWinners);
    row.w5 = {
      rounds: versionWinners.length,
      versionWinners,
      creatorWinners,
      exactlyOne: w5.every((x) => x.exactlyOne),
      injected: w5.some((x) => x.injected),
      refusals: [...new Set(w5.flatMap((x) => x.refusals))],
    };
  }
  row.maxRssMB = ok.length > 0 ? Math.max(...ok.map((r) => r.maxRssMB)) : null;
  summary[target.key] = row;
}

// ---- Failures that make the command fail ---------------------------------------------------

const failures = [];
for (const target of targets) {
  const row = summary[target.key];
  if (target.netra && row.w5 && !row.w5.exactlyOne) {
    failures.push(
      `${target.key}: W5 did not give exactly one winner every round (version race ${row.w5.versionWinners.join(',')}; creator race ${row.w5.creatorWinners.join(',')})${row.w5.injected ? ' [injected by NETRA_BENCH_INJECT_W5_DOUBLE_WINNER]' : ''}`,
    );
  }
  if ((target.netra || target.baseline) && row.errors.length > 0 && !row.unavailable) {
    failures.push(`${target.key}: ${row.errors[0]}`);
  }
  if (target.netra && row.errors.length === 0 && row.w5 === undefined) {
    failures.push(`${target.key}: no W5 result`);
  }
}
for (const s of scaling) {
  if (s.record.error !== undefined)
    failures.push(`scaling ${s.label} ${s.events}: ${s.record.error}`);
}

// ---- Output ------------------------------------------------------------------------------

const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const table = (header, rows) => {
  const line = (row) => `| ${row.join(' | ')} |`;
  return [line(header), `|${header.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`]
    .concat(rows.map(line))
    .join('\n');
};
const cell = (row, w, withPeer) => {
  const x = row.workloads[w];
  if (x === undefined) return 'n/a';
  if (x.unavailable) return `n/a (${x.unavailable})`;
  let text = `${fmt(x.eventsPerSec)}`;
  if (x.ratioToBaseline !== null) text += ` (${fmt(x.ratioToBaseline, 2)}×)`;
  if (withPeer && x.ratioToBestPeer !== null) text += ` [${fmt(x.ratioToBestPeer, 2)}× best peer]`;
  return text;
};
const w5Cell = (row) => {
  if (row.w5 === undefined) return 'n/a';
  const count = (list) => {
    const ones = list.filter((x) => x === 1).length;
    return ones === list.length
      ? `1 in all ${list.length}`
      : `1 in ${ones} of ${list.length} (others: ${list.filter((x) => x !== 1).join(', ')})`;
  };
  return `${count(row.w5.versionWinners)} / ${count(row.w5.creatorWinners)}${row.w5.exactlyOne ? '' : ' ✗'}${row.w5.injected ? ' (INJECTED)' : ''}`;
};
const groupTable = (group, withPeer) => {
  const rows = targets
    .filter((t) => t.group === group)
    .map((t) => {
      const row = summary[t.key];
      if (row.errors.length > 0 && row.errors.length === reps) {
        const kind = row.unavailable ? 'unavailable' : 'failed';
        return [row.label, `${kind}: ${row.errors[0]}`, '', '', '', '', ''];
      }
      return [
        row.label,
        cell(row, 'w1', withPeer),
        cell(row, 'w2', withPeer),
        cell(row, 'w3', withPeer),
        cell(row, 'w4', withPeer),
        w5Cell(row),
        row.maxRssMB === null ? 'n/a' : fmt(row.maxRssMB),
      ];
    });
  return table(
    [
      'implementation, store',
      'W1 command handling',
      'W2 bulk append',
      'W3 rehydrate',
      'W4 projection rebuild',
      'W5 winners (version race / creator race)',
      'peak RSS MB',
    ],
    rows,
  );
};

const out = [];
const command = `pnpm bench${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
out.push(
  `## ${scalingOnly ? 'netra scaling' : 'Comparative benchmark'} (${quick ? 'quick' : 'full'} run)`,
  '',
);
out.push(`- command: \`${command}\`, at ${new Date().toISOString()}, ${fmt(minutes, 1)} min`);
out.push(
  `- machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGB} GB, ${machine.platform}, Node ${process.version}; load average at start ${machine.loadAverageAtStart.join(' ')}, at end ${machine.loadAverageAtEnd.join(' ')}`,
);
out.push(
  `- data: one case = one stream of ${STEPS} events, each with exactly ${EVENT_DATA_BYTES} bytes of JSON data from a seeded PRNG (the same bytes for every implementation); state = status, agency, sanction level`,
);
out.push('');
if (!scalingOnly) {
  out.push(
    `- ${reps} repetitions, each target in a fresh process per repetition (cold start included); figures are medians over repetitions`,
  );
  out.push(
    `- cells: events/s of the median run, then (the median over repetitions of time ÷ the baseline's time in the same repetition: 1.00× = as fast as the baseline, 3.00× = three times as long)`,
  );
  out.push('');
  out.push(
    `### In memory (N = ${fmt(nMemory)} cases, ${fmt(nMemory * STEPS)} events per workload)`,
    '',
  );
  out.push(
    'Ratios to the plain JS baseline; [× best peer]: netra time ÷ the faster of Emmett and Castore in the same repetition.',
    '',
  );
  out.push(groupTable('memory', true), '');
  out.push(
    `### Durable: SQLite and PostgreSQL (N = ${fmt(nDurable)} cases, ${fmt(nDurable * STEPS)} events per workload)`,
    '',
  );
  out.push('Ratios to the raw pg baseline.', '');
  out.push(groupTable('durable', false), '');
  out.push(
    `W5: ${rounds} rounds per repetition${quick ? ' (quick mode: in the first repetition only)' : ''}; each round 20 concurrent appends with one expected version, then 20 concurrent creators of one new stream. netra on SQLite races 20 separate processes; PostgreSQL targets race over separate pooled connections; in-memory stores race 20 promises. Peers' results are reported as they are.`,
    '',
  );
  const notes = [];
  for (const target of targets) {
    const row = summary[target.key];
    if (row.errors.length > 0 && row.errors.length < reps) {
      notes.push(
        `- ${row.label}: ${row.errors.length} of ${reps} repetitions failed: ${row.errors[0]}`,
      );
    }
    if (row.w5?.refusals?.length)
      notes.push(`- ${row.label}: W5 losers were refused with ${row.w5.refusals.join(', ')}`);
  }
  if (notes.length > 0) out.push('Notes:', '', ...notes, '');
}

if (scaling.length > 0) {
  out.push('### Scaling: netra, cost per event as the store grows (one run per size)', '');
  const rows = scaling.map((s) => {
    const r = s.record;
    const us = (w) =>
      r.workloads?.[w]?.ms === undefined
        ? 'n/a'
        : fmt((r.workloads[w].ms * 1000) / r.workloads[w].events, 1);
    return [
      s.label,
      fmt(s.events),
      ...(r.error !== undefined
        ? [`failed: ${r.error}`, '', '', '']
        : ['w1', 'w2', 'w3', 'w4'].map(us)),
      r.maxRssMB === undefined ? 'n/a' : fmt(r.maxRssMB),
    ];
  });
  out.push(
    table(
      [
        'store',
        'events',
        'W1 µs/event',
        'W2 µs/event',
        'W3 µs/event',
        'W4 µs/event',
        'peak RSS MB',
      ],
      rows,
    ),
    '',
  );
  const series = [];
  for (const s of SCALING_STORES) {
    for (const w of ['w1', 'w2', 'w3', 'w4']) {
      const points = scaling
        .filter((x) => x.store === s.store && x.record.workloads?.[w]?.ms !== undefined)
        .map((x) => [x.events, (x.record.workloads[w].ms * 1000) / x.record.workloads[w].events]);
      if (points.length > 0) {
        series.push({
          store: s.store,
          workload: w,
          label: `${w.toUpperCase()} ${s.store === 'memory' ? 'in memory' : 'SQLite NORMAL'}`,
          points,
        });
      }
    }
  }
  if (series.length > 0) {
    writeFileSync(
      svgPath,
      scalingSvg({
        title: 'netra: cost per event as the store grows',
        subtitle: `W1 command handling, W2 bulk append, W3 rehydrate, W4 projection rebuild; ${machine.cpus} cores, Node ${process.version}`,
        series,
      }),
    );
    out.push(`Plot: \`${svgPath.replace(`${root}/`, '')}\``, '');
  }
}
out.push('Versions:', '');
for (const [name, version] of Object.entries(versions)) out.push(`- ${name}: ${version}`);
out.push('');
if (failures.length > 0) out.push('**FAILED:**', '', ...failures.map((f) => `- ${f}`), '');

const text = out.join('\n');
console.log(text);
writeFileSync(join(resultsDir, `${outputName}.md`), `${text}\n`);
writeFileSync(
  join(resultsDir, `${outputName}.json`),
  `${JSON.stringify(
    {
      command,
      at: new Date().toISOString(),
      minutes,
      machine,
      versions,
      settings: { quick, reps, nMemory, nDurable, rounds, scalingSizes },
      summary,
      results,
      scaling,
      failures,
    },
    null,
    2,
  )}\n`,
);
console.log(`written: bench/results/${outputName}.json, bench/results/${outputName}.md`);
process.exit(failures.length > 0 ? 1 : 0);
