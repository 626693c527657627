import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import type { OpenAsConfig, OpenAsReport } from './children/open-as.js';
import { bundleChild } from './support/child-bundle.js';
import { eventsWith } from './support/events.js';
import { rightOrThrow, sha256Of, tempDir } from './support/temp.js';

/**
 * How to run a child that file permissions apply to. Root ignores them, so as root the child
 * drops to `nobody` with setpriv (the group is `nogroup` on Debian, `nobody` elsewhere); as any
 * other user, the child runs as that user. Null: no way here, and the tests say they skip.
 */
const dropPrivileges = ((): readonly string[] | null => {
  if (process.getuid?.() !== 0) return [];
  for (const group of ['nogroup', 'nobody']) {
    const prefix = ['setpriv', '--reuid=nobody', `--regid=${group}`, '--clear-groups'];
    const probe = spawnSync(prefix[0] as string, [...prefix.slice(1), process.execPath, '-e', '0']);
    if (probe.status === 0) return prefix;
  }
  return null;
})();

const temp = tempDir('write-access');
// The unprivileged child must be able to reach the case directories.
chmodSync(temp.dir, 0o755);
// Bundled at collection, so that whether the child can run at all is known before the tests
// are chosen: `nobody` must also reach this checkout (the bundle and better-sqlite3 live in it),
// which a clone inside a private directory (mode 700, as mktemp makes) does not allow.
const child = bundleChild('../children/open-as.ts', 'write-access');
afterAll(() => {
  child.cleanup();
  temp.cleanup();
});

const runChild = (prefix: readonly string[], config: OpenAsConfig) => {
  const [command, ...args] = prefix;
  return spawnSync(
    command ?? process.execPath,
    [...args, ...(command ? [process.execPath] : []), child.script, JSON.stringify(config)],
    { encoding: 'utf8', timeout: 15_000 },
  );
};

/** The child's way to run, or why there is none here (printed with the skip). */
const unprivileged = ((): { prefix: readonly string[] } | { why: string } => {
  if (dropPrivileges === null) return { why: 'no way to drop privileges (setpriv)' };
  const probe = runChild(dropPrivileges, { file: join(temp.dir, 'absent.db'), readonly: true });
  if (probe.stdout.trim() === '') {
    return {
      why: `the unprivileged child cannot reach this checkout (${probe.stderr.split('\n')[0]?.slice(0, 200)})`,
    };
  }
  return { prefix: dropPrivileges };
})();
if ('why' in unprivileged) {
  console.warn(`write-access tests skipped: ${unprivileged.why}`);
}

const openAs = (config: OpenAsConfig): OpenAsReport => {
  const run = runChild('prefix' in unprivileged ? unprivileged.prefix : [], config);
  const line = run.stdout.trim().split('\n').at(-1);
  if (!line) throw new Error(`the child said nothing (status ${run.status}): ${run.stderr}`);
  return JSON.parse(line) as OpenAsReport;
};

let cases = 0;

/** A closed store of 4 events in a directory of its own, then both set to the given modes. */
const storeIn = async (dirMode: number, fileMode: number): Promise<string> => {
  const dir = join(temp.dir, `case-${++cases}`);
  mkdirSync(dir);
  const path = join(dir, 'netra.db');
  const store = rightOrThrow(openSqliteEventStore({ file: path }));
  rightOrThrow(await store.append('case-1', eventsWith(4), { expectedVersion: 'no_stream' }));
  await store.close();
  chmodSync(path, fileMode);
  chmodSync(dir, dirMode);
  return path;
};

describe.skipIf('why' in unprivileged)(
  `a file this process cannot write (child run ${'prefix' in unprivileged && unprivileged.prefix.length ? 'as nobody via setpriv' : 'as this user'})`,
  () => {
    it.each([
      ['in a directory it can write', 0o777],
      ['in a directory it cannot write', 0o555],
    ])(
      'is refused at open with CANNOT_OPEN pointing to readonly: true, not at the first append (%s)',
      async (_label, dirMode) => {
        // Before, SQLite opened such a file "read-write" without complaint and the first
        // append failed, with the server already up.
        const path = await storeIn(dirMode, 0o444);
        const before = sha256Of(path);
        const refused = openAs({ file: path, readonly: false });
        expect(refused.open).toBe('CANNOT_OPEN');
        expect(refused.message).toContain(path);
        expect(refused.message).toContain('cannot write it');
        expect(refused.message).toContain('`readonly: true`');
        expect(sha256Of(path)).toBe(before);
      },
    );

    it('a writable file in a directory it cannot write is refused too: -wal and -shm go there', async () => {
      const path = await storeIn(0o555, 0o666);
      const refused = openAs({ file: path, readonly: false });
      expect(refused.open).toBe('CANNOT_OPEN');
      expect(refused.message).toContain('cannot write its directory');
    });

    it('readonly: true reads it, and its appends answer STORE_READ_ONLY', async () => {
      const path = await storeIn(0o777, 0o444);
      const before = sha256Of(path);
      expect(openAs({ file: path, readonly: true })).toMatchObject({
        open: 'opened',
        events: 4,
        append: 'STORE_READ_ONLY',
      });
      expect(sha256Of(path)).toBe(before);
    });

    it('readonly: true in a directory it cannot write: readable while the writer has it open; closed, CANNOT_OPEN saying why', async () => {
      const path = await storeIn(0o555, 0o444);
      // SQLite needs the -shm file of a WAL database even to read it; only a writer made it here.
      const closed = openAs({ file: path, readonly: true });
      expect(closed.open).toBe('CANNOT_OPEN');
      expect(closed.message).toContain('-shm');
      const writer = rightOrThrow(openSqliteEventStore({ file: path }));
      try {
        rightOrThrow(
          await writer.append('case-2', eventsWith(1), { expectedVersion: 'no_stream' }),
        );
        expect(openAs({ file: path, readonly: true })).toMatchObject({
          open: 'opened',
          events: 5,
          append: 'STORE_READ_ONLY',
        });
      } finally {
        await writer.close();
      }
    });

    it('a file and directory it can write open and append as usual (the check refuses only what it must)', async () => {
      const path = await storeIn(0o777, 0o666);
      expect(openAs({ file: path, readonly: false })).toMatchObject({
        open: 'opened',
        events: 4,
        append: 'appended',
      });
    });
  },
);
