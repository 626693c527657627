/**
 * A small log–log line chart as standalone SVG (no dependency): how the cost per event of each
 * workload grows with the number of events in the store.
 */

const COLORS = { w1: '#1f77b4', w2: '#ff7f0e', w3: '#2ca02c', w4: '#d62728' };
const DASHES = { memory: '', sqlite: '6 4' };
const SUPERSCRIPT = {
  '-': '⁻',
  0: '⁰',
  1: '¹',
  2: '²',
  3: '³',
  4: '⁴',
  5: '⁵',
  6: '⁶',
  7: '⁷',
  8: '⁸',
  9: '⁹',
};
const power = (e) => `10${[...String(e)].map((c) => SUPERSCRIPT[c]).join('')}`;
const escapeXml = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * series: [{ store: 'memory'|'sqlite', workload: 'w1'…, label, points: [[events, µs/event]] }]
 */
export const scalingSvg = ({ title, subtitle, series }) => {
  const width = 760;
  const height = 480;
  const m = { left: 70, right: 230, top: 60, bottom: 55 };
  const all = series.flatMap((s) => s.points);
  const log = Math.log10;
  const xMin = Math.floor(log(Math.min(...all.map((p) => p[0]))));
  const xMax = Math.ceil(log(Math.max(...all.map((p) => p[0]))));
  const yMin = Math.floor(log(Math.min(...all.map((p) => p[1]))));
  const yMax = Math.ceil(log(Math.max(...all.map((p) => p[1]))));
  const px = (x) =>
    m.left + ((log(x) - xMin) / Math.max(1, xMax - xMin)) * (width - m.left - m.right);
  const py = (y) =>
    height - m.bottom - ((log(y) - yMin) / Math.max(1, yMax - yMin)) * (height - m.top - m.bottom);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${m.left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="${m.left}" y="42" fill="#555">${escapeXml(subtitle)}</text>`,
  );
  for (let e = xMin; e <= xMax; e++) {
    const x = px(10 ** e);
    out.push(
      `<line x1="${x}" y1="${m.top}" x2="${x}" y2="${height - m.bottom}" stroke="#ddd"/>`,
      `<text x="${x}" y="${height - m.bottom + 18}" text-anchor="middle">${power(e)}</text>`,
    );
  }
  for (let e = yMin; e <= yMax; e++) {
    const y = py(10 ** e);
    const label = e >= 0 ? String(10 ** e) : (10 ** e).toFixed(-e);
    out.push(
      `<line x1="${m.left}" y1="${y}" x2="${width - m.right}" y2="${y}" stroke="#ddd"/>`,
      `<text x="${m.left - 8}" y="${y + 4}" text-anchor="end">${label}</text>`,
    );
  }
  out.push(
    `<text x="${(m.left + width - m.right) / 2}" y="${height - 14}" text-anchor="middle">events in the store (log)</text>`,
    `<text transform="translate(18 ${(m.top + height - m.bottom) / 2}) rotate(-90)" text-anchor="middle">µs per event (log)</text>`,
  );
  series.forEach((s, i) => {
    const color = COLORS[s.workload] ?? '#333';
    const points = s.points.map(([x, y]) => `${px(x).toFixed(1)},${py(y).toFixed(1)}`).join(' ');
    out.push(
      `<polyline points="${points}" fill="none" stroke="${color}" stroke-width="2" stroke-dasharray="${DASHES[s.store] ?? ''}"/>`,
    );
    for (const [x, y] of s.points) {
      out.push(`<circle cx="${px(x).toFixed(1)}" cy="${py(y).toFixed(1)}" r="3" fill="${color}"/>`);
    }
    const ly = m.top + 10 + i * 20;
    const lx = width - m.right + 16;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 28}" y2="${ly}" stroke="${color}" stroke-width="2" stroke-dasharray="${DASHES[s.store] ?? ''}"/>`,
      `<text x="${lx + 34}" y="${ly + 4}">${escapeXml(s.label)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
};
