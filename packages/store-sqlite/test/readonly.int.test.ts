import { existsSync, statSync, writeFileSync } from 'node:fs';
import { verifyStore } from '@netra/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore, SQLITE_SCHEMA_VERSION } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { leftOrThrow, rightOrThrow, sha256Of, tempDir } from './support/temp.js';

const temp = tempDir('readonly');
afterAll(() => temp.cleanup());

let files = 0;

/** A closed netra store: 'case-1' with 3 events, 'case-2' with 1, a checkpoint at 4. */
const storeFile = async (): Promise<string> => {
  const path = temp.file(`audit-${++files}.db`);
  const store = rightOrThrow(openSqliteEventStore({ file: path }));
  rightOrThrow(await store.append('case-1', eventsWith(3), { expectedVersion: 'no_stream' }));
  rightOrThrow(await store.append('case-2', eventsWith(1), { expectedVersion: 'no_stream' }));
  rightOrThrow(await store.checkpoints.save('workload', 4));
  await store.close();
  return path;
};

const withRaw = <A>(path: string, body: (db: Database.Database) => A): A => {
  const db = new Database(path);
  try {
    return body(db);
  } finally {
    db.close();
  }
};

describe('a store opened with readonly: true', () => {
  it('reads, lists heads, verifies and loads checkpoints; append and save answer STORE_READ_ONLY; the file is not written', async () => {
    const path = await storeFile();
    const before = sha256Of(path);
    const store = rightOrThrow(openSqliteEventStore({ file: path, readonly: true }));
    try {
      expect(store.readonly).toBe(true);
      expect(store.durability.journalMode).toBe('wal');
      expect(rightOrThrow(await store.readStream('case-1'))).toHaveLength(3);
      expect(rightOrThrow(await store.readAll())).toHaveLength(4);
      expect(rightOrThrow(await store.readStreamHead('case-1'))).toMatchObject({ version: 3 });
      expect(rightOrThrow(await store.listStreamHeads()).map((h) => h.streamId)).toEqual([
        'case-1',
        'case-2',
      ]);
      expect(rightOrThrow(await verifyStore(store))).toMatchObject({ events: 4, breaks: [] });
      expect(rightOrThrow(await store.checkpoints.load('workload'))).toBe(4);

      for (const expectedVersion of ['any', 3] as const) {
        const refused = leftOrThrow(
          await store.append('case-1', eventsWith(1), { expectedVersion }),
        );
        expect(refused.code).toBe('STORE_READ_ONLY');
        expect(refused.message).toContain(path);
      }
      expect(leftOrThrow(await store.checkpoints.save('workload', 5))).toMatchObject({
        code: 'STORE_READ_ONLY',
      });
    } finally {
      await store.close();
    }
    expect(sha256Of(path)).toBe(before);
    const writer = rightOrThrow(openSqliteEventStore({ file: path }));
    expect(rightOrThrow(await writer.readAll())).toHaveLength(4);
    expect(rightOrThrow(await writer.checkpoints.load('workload'))).toBe(4);
    await writer.close();
  });

  it('follows a live store: waitForEvents polls and wakes for another connection’s append', async () => {
    const path = await storeFile();
    const writer = rightOrThrow(openSqliteEventStore({ file: path }));
    const auditor = rightOrThrow(
      openSqliteEventStore({ file: path, readonly: true, pollIntervalMs: 10 }),
    );
    try {
      setTimeout(() => void writer.append('case-3', eventsWith(2), { expectedVersion: 'any' }), 30);
      const started = Date.now();
      await auditor.waitForEvents(4, { timeoutMs: 10_000 });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(rightOrThrow(await auditor.readAll({ after: 4 })).map((e) => e.streamId)).toEqual([
        'case-3',
        'case-3',
      ]);
      expect(rightOrThrow(await auditor.readStreamHead('case-3'))).toMatchObject({ version: 2 });
    } finally {
      await auditor.close();
      await writer.close();
    }
  });

  it('creates nothing: a missing file is CANNOT_OPEN and stays missing', () => {
    const path = temp.file('never-created.db');
    const error = leftOrThrow(openSqliteEventStore({ file: path, readonly: true }));
    expect(error).toMatchObject({ code: 'CANNOT_OPEN', file: path });
    expect(error.message).toContain('does not exist');
    expect(existsSync(path)).toBe(false);
  });

  it('refuses an empty file as NOT_A_NETRA_DATABASE and leaves it empty (no migration runs)', () => {
    const path = temp.file('empty.db');
    writeFileSync(path, '');
    const error = leftOrThrow(openSqliteEventStore({ file: path, readonly: true }));
    expect(error).toMatchObject({ code: 'NOT_A_NETRA_DATABASE', file: path });
    expect(error.message).toContain('holds no netra store');
    expect(statSync(path).size).toBe(0);
  });

  it.each<[string, (db: Database.Database) => unknown, string]>([
    [
      'a newer schema',
      (db: Database.Database) =>
        db
          .prepare('INSERT INTO netra_migrations (version, name, applied_at) VALUES (?, ?, ?)')
          .run(SQLITE_SCHEMA_VERSION + 1, 'from a newer release', '2030-01-01T00:00:00.000Z'),
      'NEWER_SCHEMA',
    ],
    [
      'a dropped event table',
      (db: Database.Database) => db.exec('DROP TABLE netra_events'),
      'CORRUPT',
    ],
  ])(
    'refuses a store with %s with the usual open error, file untouched',
    async (_label, damage, code) => {
      const path = await storeFile();
      withRaw(path, damage);
      const before = sha256Of(path);
      expect(leftOrThrow(openSqliteEventStore({ file: path, readonly: true })).code).toBe(code);
      expect(sha256Of(path)).toBe(before);
    },
  );

  it('refuses a foreign SQLite database from its header, as a writer would', () => {
    const path = temp.file('foreign.db');
    withRaw(path, (db) => db.exec('CREATE TABLE pegawai (nip TEXT)'));
    const before = sha256Of(path);
    const error = leftOrThrow(openSqliteEventStore({ file: path, readonly: true }));
    expect(error.code).toBe('NOT_A_NETRA_DATABASE');
    expect(sha256Of(path)).toBe(before);
  });

  it("refuses ':memory:' as INVALID_OPTIONS: there is nothing to read", () => {
    expect(leftOrThrow(openSqliteEventStore({ file: ':memory:', readonly: true })).code).toBe(
      'INVALID_OPTIONS',
    );
  });
});

describe("an application's handle and readonly", () => {
  it('a read-only handle is refused without readonly: true (saying so) and served with it', async () => {
    const path = await storeFile();
    const handle = new Database(path, { readonly: true });
    try {
      const refused = leftOrThrow(openSqliteEventStore({ database: handle }));
      expect(refused.code).toBe('CANNOT_OPEN');
      expect(refused.message).toContain('readonly: true');
      const store = rightOrThrow(openSqliteEventStore({ database: handle, readonly: true }));
      expect(rightOrThrow(await store.readStream('case-1'))).toHaveLength(3);
      expect(
        leftOrThrow(await store.append('case-1', eventsWith(1), { expectedVersion: 3 })).code,
      ).toBe('STORE_READ_ONLY');
      await store.close();
      expect(handle.open).toBe(true);
    } finally {
      handle.close();
    }
  });

  it('a writable handle opened with readonly: true gets no netra tables and no settings changed', () => {
    const handle = new Database(':memory:');
    try {
      handle.exec('CREATE TABLE pegawai (nip TEXT)');
      const synchronous = handle.pragma('synchronous', { simple: true });
      const error = leftOrThrow(
        openSqliteEventStore({ database: handle, readonly: true, synchronous: 'OFF' }),
      );
      expect(error.code).toBe('NOT_A_NETRA_DATABASE');
      expect(
        handle.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'netra_%'").all(),
      ).toEqual([]);
      expect(handle.pragma('synchronous', { simple: true })).toBe(synchronous);
    } finally {
      handle.close();
    }
  });
});
