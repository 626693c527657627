/**
 * The benchmark runner (`pnpm bench:verify` at the repository root builds @netra/core and
 * @netra/store-sqlite first, then runs this). Each configuration runs in its own process
 * (worker.mjs); this prints the tables and writes them as JSON to bench/results/latest.json.
 *
 *   node bench/run.mjs [--sizes 100,1000,10000] [--stores memory,sqlite-off,sqlite-full]
 *                      [--full-max 1000] [--runs 3] [--profile] [--profile-only]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { topSelfTime } from './profile-top.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const resultsDir = join(here, 'results');
const worker = join(here, 'worker.mjs');

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    stores: { type: 'string', default: 'memory,sqlite-off,sqlite-full' },
    'full-max': { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    profile: { type: 'boolean', default: false },
    'profile-only': { type: 'boolean', default: false },
    'profile-cases': { type: 'string', default: '1000' },
  },
});

const sizes = args.sizes.split(',').map(Number);
const stores = args.stores.split(',');
const tmp = mkdtempSync(join(tmpdir(), 'netra-bench-'));
mkdirSync(resultsDir, { recursive: true });

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
  node: process.version,
  platform: `${platform()} ${release()} ${arch()}`,
  loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
  sqliteDir: tmp,
};
const command = `pnpm bench:verify${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;

/** Runs node with these arguments; stderr streams through, stdout's last line is the JSON. */
const node = (nodeArgs) => {
  const child = spawnSync(process.execPath, nodeArgs, {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) {
    throw new Error(`node ${nodeArgs.join(' ')} failed with status ${child.status}`);
  }
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
};

const configs = [];
for (const store of stores) {
  for (const n of sizes) {
    if (store === 'memory') configs.push({ store: 'memory', sync: 'OFF', n, w3: true });
    if (store === 'sqlite-off') configs.push({ store: 'sqlite', sync: 'OFF', n, w3: true });
    // FULL fsyncs every commit: W1 only (reads do not depend on it), and not at the largest N.
    if (store === 'sqlite-full' && n <= Number(args['full-max'])) {
      configs.push({ store: 'sqlite', sync: 'FULL', n, w3: false });
    }
  }
}

const results = [];
if (!args['profile-only']) {
  for (const config of configs) {
    process.stderr.write(`${config.store} ${config.sync} N=${config.n}\n`);
    results.push(
      node([
        worker,
        '--mode=bench',
        `--store=${config.store}`,
        `--sync=${config.sync}`,
        `--n=${config.n}`,
        `--runs=${args.runs}`,
        `--tmp=${tmp}`,
        ...(config.w3 ? [] : ['--no-w3']),
      ]),
    );
  }
}

/**
 * W3(b) under `node --cpu-prof`: one process fills a SQLite file through W1, then one process
 * per store does nothing but loadStream over it, so the profile is W3(b) and little else.
 */
const profiles = [];
/** Where W1's time goes: the shares of the verification steps in a profiled W1 run. */
let w1Shares = null;
if (args.profile || args['profile-only']) {
  const file = join(tmp, 'profile.db');
  process.stderr.write(
    `profile: W1 on sqlite OFF fills ${file} with ${args['profile-cases']} cases → bench/results/w1-sqlite.cpuprofile\n`,
  );
  const filled = node([
    '--cpu-prof',
    `--cpu-prof-dir=${resultsDir}`,
    '--cpu-prof-name=w1-sqlite.cpuprofile',
    worker,
    '--mode=fill',
    `--n=${args['profile-cases']}`,
    `--file=${file}`,
  ]);
  const w1Profile = join(resultsDir, 'w1-sqlite.cpuprofile');
  const sampled = (within) => topSelfTime(w1Profile, { within, top: 0 }).sampledMs;
  const whole = sampled([]);
  const share = (within) => {
    const ms = sampled(within);
    return { within, ms, pct: Number(((ms / whole) * 100).toFixed(1)) };
  };
  w1Shares = {
    ...filled,
    sampledMs: whole,
    loadStream: share(['loadOnce', 'loadStream']),
    appendVerify: share(['verifyStored']),
    hashEvent: share(['hashEvent']),
  };
  for (const store of ['memory', 'sqlite']) {
    const name = `w3b-${store}.cpuprofile`;
    process.stderr.write(`profile: W3(b) on ${store} → bench/results/${name}\n`);
    const run = node([
      '--cpu-prof',
      `--cpu-prof-dir=${resultsDir}`,
      `--cpu-prof-name=${name}`,
      worker,
      '--mode=profile',
      `--store=${store}`,
      `--file=${file}`,
      '--passes=20',
    ]);
    const path = join(resultsDir, name);
    profiles.push({
      ...run,
      whole: topSelfTime(path, { top: 10 }),
      withinLoadStream: topSelfTime(path, { within: ['loadOnce', 'loadStream'], top: 10 }),
    });
  }
}
rmSync(tmp, { recursive: true, force: true });
machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));

// ---- Output -------------------------------------------------------------------------------

const fmt = (x, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const table = (header, rows) => {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((cell, i) => cell.padStart(widths[i])).join(' | ')} |`;
  return [line(cells[0]), `|${widths.map((w) => `${'-'.repeat(w + 1)}:`).join('|')}|`]
    .concat(cells.slice(1).map(line))
    .join('\n');
};

const out = [];
out.push(`command: ${command}`);
out.push(
  `machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGB} GB, ${machine.platform}, Node ${machine.node}`,
);
out.push(
  `load average at start ${machine.loadAverageAtStart.join(' ')}, at end ${machine.loadAverageAtEnd.join(' ')}`,
);
out.push(
  `figures: median of ${args.runs} runs after one warm-up; each configuration in its own process`,
);

if (results.length > 0) {
  out.push('', 'W1 command handling: N cases × 8 steps, handle(input, { actor }), one at a time');
  out.push(
    table(
      [
        'store',
        'cases',
        'commands',
        'events',
        'median ms',
        'commands/s',
        'events/s',
        'peak RSS MB',
      ],
      results.map((r) => [
        r.store,
        fmt(r.cases),
        fmt(r.w1.commands),
        fmt(r.w1.events),
        fmt(r.w1.medianMs),
        fmt(r.w1.commandsPerSec),
        fmt(r.w1.eventsPerSec),
        fmt(r.w1.peakRssMB),
      ]),
    ),
  );
  const memory = new Map(results.filter((r) => r.store === 'in-memory').map((r) => [r.cases, r]));
  const ratioRows = results
    .filter((r) => r.store !== 'in-memory' && memory.has(r.cases))
    .map((r) => [
      r.store,
      fmt(r.cases),
      `${fmt(r.w1.commandsPerSec / memory.get(r.cases).w1.commandsPerSec, 2)}×`,
    ]);
  if (ratioRows.length > 0) {
    out.push('', 'W1 ratio to in-memory (commands/s)');
    out.push(table(['store', 'cases', 'ratio'], ratioRows));
  }
  const w3 = results.filter((r) => r.w3 !== null);
  if (w3.length > 0) {
    out.push(
      '',
      'W3 rehydrate: (a) readStream + decode + evolve, no verification; (b) loadStream: head + events + hash chain checked as it folds; (c) verifyStreamChain alone over events already read',
    );
    out.push(
      table(
        [
          'store',
          'cases',
          'events',
          '(a) events/s',
          '(b) events/s',
          '(b) overhead',
          '(b−a) µs/event',
          '(c) events/s',
          '(c) µs/event',
          'peak RSS MB',
        ],
        w3.map((r) => [
          r.store,
          fmt(r.cases),
          fmt(r.w3.events),
          fmt(r.w3.baseline.eventsPerSec),
          fmt(r.w3.verified.eventsPerSec),
          `+${fmt(r.w3.overheadPct, 1)}%`,
          fmt(((r.w3.verified.medianMs - r.w3.baseline.medianMs) * 1000) / r.w3.events, 1),
          fmt(r.w3.chainOnly.eventsPerSec),
          fmt(r.w3.chainOnly.usPerEvent, 1),
          fmt(r.peakRssMB),
        ]),
      ),
    );
  }
}

if (w1Shares !== null) {
  const pct = (part) => (part.ms > 0 ? `${fmt(part.pct, 1)}%` : 'n/a (function not found)');
  out.push(
    '',
    `Profile of W1 on sqlite OFF (${fmt(w1Shares.commands)} commands, ${fmt(w1Shares.ms)} ms, ${fmt(w1Shares.sampledMs)} ms sampled in the whole process): share of samples under`,
  );
  out.push(
    table(
      ['function', 'what it is', 'share'],
      [
        [
          'loadStream',
          'the handler load: head + events read, chain, decode, evolve',
          pct(w1Shares.loadStream),
        ],
        [
          'verifyStored',
          "the SQLite append's re-verification of the stored stream",
          pct(w1Shares.appendVerify),
        ],
        [
          'hashEvent',
          'every canonical JSON + SHA-256 (load, append check, new events)',
          pct(w1Shares.hashEvent),
        ],
      ],
    ),
  );
}

for (const p of profiles) {
  out.push(
    '',
    `Profile of W3(b) on ${p.store} (${p.cases} cases × ${p.passes} passes, ${fmt(p.eventsPerSec)} events/s under the profiler): top self time under loadStream (${p.withinLoadStream.sampledMs} ms sampled)`,
  );
  out.push(
    table(
      ['function (bundle file:line)', 'self ms', 'share'],
      p.withinLoadStream.rows.map((row) => [
        row.function,
        fmt(row.selfMs, 1),
        `${fmt(row.pct, 1)}%`,
      ]),
    ),
  );
  out.push(
    `by package under loadStream: ${p.withinLoadStream.areas
      .map((row) => `${row.area} ${fmt(row.pct, 1)}%`)
      .join('; ')}`,
  );
  out.push(
    `whole process top 5: ${p.whole.rows
      .slice(0, 5)
      .map((row) => `${row.function} ${fmt(row.pct, 1)}%`)
      .join('; ')}`,
  );
}

const text = out.join('\n');
console.log(text);
writeFileSync(join(resultsDir, 'latest.md'), `${text}\n`);
writeFileSync(
  join(resultsDir, 'latest.json'),
  `${JSON.stringify({ command, machine, results, w1Profile: w1Shares, profiles, at: new Date().toISOString() }, null, 2)}\n`,
);
console.log('\nwritten: bench/results/latest.json, bench/results/latest.md');
