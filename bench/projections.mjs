/**
 * `pnpm bench:projections`: rebuild every read model from a generated national season on
 * SQLite at several sizes, each in its own process; print events/s against the store's own raw
 * `readAll` rate measured in the same process, and memory. A benchmark, never a timed test.
 *
 *   node bench/projections.mjs [--sizes 10000,100000,1000000] [--cache DIR] [--page 1000]
 *
 * The raw read and every rebuild take the log in pages of the same size (default 1000, the
 * default of `readAll` and of the runner's `batchSize`).
 *
 * The season files are kept in DIR (default: bench/.cache, not committed) and reused.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = dirname(fileURLToPath(import.meta.url));
const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    cache: { type: 'string', default: join(here, '.cache') },
    page: { type: 'string', default: '1000' },
  },
});
mkdirSync(args.cache, { recursive: true });
mkdirSync(join(here, 'results'), { recursive: true });

const rows = [];
for (const events of args.sizes.split(',').map(Number)) {
  process.stderr.write(`season of ${events} events\n`);
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      join(here, 'projections-worker.mjs'),
      `--events=${events}`,
      `--cache=${args.cache}`,
      `--page=${args.page}`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (child.status !== 0)
    throw new Error(`the worker for ${events} events failed (${child.status})`);
  rows.push(JSON.parse(child.stdout.trim().split('\n').at(-1)));
}

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GB, Node ${process.version}`;
const lines = [
  `Projection rebuild, ${new Date().toISOString().slice(0, 10)}, ${machine}; pages of ${args.page} events for the raw read and every rebuild`,
  '',
  '| events | cases | raw readAll ev/s | rebuild in memory, verified ev/s (× raw) | same, not verifying (× raw) | rebuild with SQLite rows, verified (× raw) | read models heap MB | peak RSS MB |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.events.toLocaleString('en')} | ${r.cases.toLocaleString('en')} | ${r.rawEventsPerSecond.toLocaleString('en')} | ${r.rebuildMemoryEventsPerSecond.toLocaleString('en')} (${r.ratioMemory}×) | ${r.rebuildTrustingEventsPerSecond.toLocaleString('en')} (${r.ratioTrusting}×) | ${r.rebuildSqliteEventsPerSecond.toLocaleString('en')} (${r.ratioSqlite}×) | ${r.modelHeapMB} | ${r.peakRssMB} |`,
  ),
  '',
  'Query times (ms) at the largest size: ' +
    Object.entries(rows.at(-1)?.queriesMs ?? {})
      .map(([q, ms]) => `${q} ${ms}`)
      .join(', '),
];
console.log(lines.join('\n'));
writeFileSync(
  join(here, 'results', 'projections-latest.json'),
  `${JSON.stringify(rows, null, 2)}\n`,
);
writeFileSync(join(here, 'results', 'projections-latest.md'), `${lines.join('\n')}\n`);
