/**
 * Self time per function in a V8 `.cpuprofile` (as written by `node --cpu-prof`), with frames
 * of the built @netra packages mapped back to their TypeScript source through the bundles'
 * source maps, and the same time summed per package.
 *
 *   node bench/profile-top.mjs FILE.cpuprofile [--within loadOnce,loadStream] [--top 10]
 *
 * `within` keeps only the samples whose stack holds one of those functions: the time spent
 * under them, without start-up, imports or the store filling.
 */
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const sourceMaps = new Map();
const sourceMapOf = (path) => {
  if (!sourceMaps.has(path)) {
    const mapFile = `${path}.map`;
    sourceMaps.set(
      path,
      existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null,
    );
  }
  return sourceMaps.get(path);
};

/** Where a frame is, readably, and which package (or runtime part) it belongs to. */
const locate = (frame) => {
  const { url, lineNumber, columnNumber } = frame;
  if (url === '')
    return {
      where: 'native',
      area: frame.functionName.startsWith('(') ? frame.functionName : 'native (V8 builtins, C++)',
    };
  if (url.startsWith('node:'))
    return {
      where: `${url}:${lineNumber + 1}`,
      area:
        url.startsWith('node:internal/crypto') || url === 'node:crypto'
          ? 'node:crypto'
          : 'node internals',
    };
  const netra = /\/packages\/([^/]+)\/dist\/(.+)$/.exec(url);
  if (netra) {
    const area = `@netra/${netra[1]}`;
    const entry = sourceMapOf(fileURLToPath(url))?.findEntry(lineNumber, columnNumber);
    if (entry?.originalSource) {
      const source = entry.originalSource.replace(/^.*?\/src\//, 'src/');
      return { where: `${area} ${source}:${entry.originalLine + 1}`, area };
    }
    return { where: `${area} dist/${netra[2]}:${lineNumber + 1}`, area };
  }
  const dep = /\/node_modules\/(?!\.pnpm\/)((?:@[^/]+\/)?[^/]+)\/(.+)$/.exec(url);
  if (dep) return { where: `${dep[1]}/${dep[2]}:${lineNumber + 1}`, area: dep[1] };
  return { where: `${basename(url)}:${lineNumber + 1}`, area: basename(url) };
};

/** Percentages of sampled time, per function and per package, highest self time first. */
export const topSelfTime = (file, { within = [], top = 10 } = {}) => {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const wanted = new Set(within);
  const underWanted = new Map();
  const isUnder = (id) => {
    if (wanted.size === 0) return true;
    if (underWanted.has(id)) return underWanted.get(id);
    const node = byId.get(id);
    const parentId = parent.get(id);
    const answer =
      wanted.has(node.callFrame.functionName) || (parentId !== undefined && isUnder(parentId));
    underWanted.set(id, answer);
    return answer;
  };
  const located = new Map();
  const locateNode = (id) => {
    if (!located.has(id)) located.set(id, locate(byId.get(id).callFrame));
    return located.get(id);
  };
  // Sample i lasts until sample i + 1 (timeDeltas[i + 1]), as DevTools counts it.
  const self = new Map();
  const perArea = new Map();
  let total = 0;
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length - 1; i++) {
    const id = samples[i];
    if (!isUnder(id)) continue;
    const us = timeDeltas[i + 1];
    const { where, area } = locateNode(id);
    const key = `${byId.get(id).callFrame.functionName || '(anonymous)'} (${where})`;
    self.set(key, (self.get(key) ?? 0) + us);
    perArea.set(area, (perArea.get(area) ?? 0) + us);
    total += us;
  }
  const ranked = (map, label) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({
        [label]: name,
        selfMs: Number((us / 1000).toFixed(1)),
        pct: Number(((us / total) * 100).toFixed(1)),
      }));
  return {
    file: basename(file),
    within,
    sampledMs: Number((total / 1000).toFixed(1)),
    rows: ranked(self, 'function'),
    areas: ranked(perArea, 'area'),
  };
};

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { within: { type: 'string', default: '' }, top: { type: 'string', default: '10' } },
  });
  for (const file of positionals) {
    const result = topSelfTime(file, {
      within: values.within.split(',').filter(Boolean),
      top: Number(values.top),
    });
    console.log(`${result.file}: ${result.sampledMs} ms sampled`);
    for (const row of result.rows) {
      console.log(
        `  ${row.pct.toFixed(1).padStart(5)}%  ${String(row.selfMs).padStart(8)} ms  ${row.function}`,
      );
    }
    console.log('  by package:');
    for (const row of result.areas) {
      console.log(
        `  ${row.pct.toFixed(1).padStart(5)}%  ${String(row.selfMs).padStart(8)} ms  ${row.area}`,
      );
    }
  }
}
