import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkWriteAccess } from './write-access.js';

// Tests run as root, whom permissions do not stop: who may write what is injected here, and
// test/write-access.int.test.ts shows the real thing in a child process of an unprivileged user.
const dir = mkdtempSync(join(tmpdir(), 'netra-write-access-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const existing = (name: string): string => {
  const path = join(dir, name);
  writeFileSync(path, '');
  return path;
};

const allBut =
  (...denied: string[]) =>
  (path: string): boolean =>
    !denied.includes(path);

describe('checkWriteAccess', () => {
  it('lets a writable file in a writable directory through, and a new file in one', () => {
    expect(checkWriteAccess(existing('ok.db'), allBut())).toBeUndefined();
    expect(checkWriteAccess(join(dir, 'new.db'), allBut())).toBeUndefined();
  });

  it('refuses a file it cannot write as CANNOT_OPEN, pointing to readonly: true', () => {
    const path = existing('locked.db');
    const error = checkWriteAccess(path, allBut(path));
    expect(error).toMatchObject({ code: 'CANNOT_OPEN', file: path });
    expect(error?.message).toContain('cannot write it');
    expect(error?.message).toContain('`readonly: true`');
  });

  it('refuses a file whose directory it cannot write: the -wal and -shm files live there', () => {
    const path = existing('in-locked-dir.db');
    const error = checkWriteAccess(path, allBut(dir));
    expect(error).toMatchObject({ code: 'CANNOT_OPEN' });
    expect(error?.message).toContain(`cannot write its directory '${dir}'`);
    expect(error?.message).toContain('`readonly: true`');
  });

  it('refuses a -wal or -shm file left by someone else that it cannot write, naming it', () => {
    const path = existing('shared.db');
    const wal = existing('shared.db-wal');
    expect(checkWriteAccess(path, allBut(wal))?.message).toContain(`cannot write '${wal}'`);
  });

  it('a new file in a directory it cannot write: refused, without suggesting readonly', () => {
    const error = checkWriteAccess(join(dir, 'not-yet.db'), allBut(dir));
    expect(error?.code).toBe('CANNOT_OPEN');
    expect(error?.message).not.toContain('readonly');
  });

  it('leaves a missing directory to SQLite, which names it', () => {
    expect(checkWriteAccess(join(dir, 'no/such/dir/x.db'), () => false)).toBeUndefined();
  });
});
