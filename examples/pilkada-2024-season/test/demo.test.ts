import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Runs the demo as `pnpm demo` does (the built program under plain node), so the README's
 * first command is tested. Needs `pnpm build` first; the root `pnpm test` builds before testing.
 */
const program = fileURLToPath(new URL('../dist/main.js', import.meta.url));

const demo = (...args: string[]) => {
  const run = spawnSync(process.execPath, [program, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
};

describe('the demo (built program)', () => {
  it('has been built', () => {
    expect(
      existsSync(program),
      'dist/main.js is missing: run `pnpm build` (pnpm test does it)',
    ).toBe(true);
  });

  it('runs a season in memory: every step accepted, chains verify, one case replayed', () => {
    const { status, out } = demo('--memory');
    expect(out).toContain('this run: 46 events appended, 0 steps already recorded earlier');
    expect(out).not.toContain('refused:');
    expect(out).toContain('9 streams, 46 events, all verify');
    expect(out).toContain('neutrality files now at BKN 4');
    expect(out).toContain('missed deadlines       decision 2');
    expect(out).toContain('Replay of pilkada24-bekasi-LP-001: 11 events, hash chain verified');
    expect(status).toBe(0);
  });

  it('keeps its history in a SQLite file and continues it on a second run without duplicating', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netra-demo-')), 'season.db');
    const first = demo('--db', file);
    expect(first.status).toBe(0);
    expect(first.out).toContain(`store: SQLite file ${file}`);
    expect(first.out).toContain('46 events appended');
    const second = demo('--db', file);
    expect(second.status).toBe(0);
    expect(second.out).toContain('this run: 0 events appended, 46 steps already recorded earlier');
    expect(second.out).toContain('9 streams, 46 events, all verify');
  });

  it('refuses a file that is not a netra database, naming it, and leaves it alone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netra-demo-')), 'notes.db');
    writeFileSync(file, 'rapat mingguan dengan KPU, Bawaslu dan Forkopimda\n');
    const { status, out } = demo('--db', file);
    expect(status).toBe(1);
    expect(out).toContain(file);
    expect(out).toMatch(/not a netra database|not a SQLite database/i);
  });
});
