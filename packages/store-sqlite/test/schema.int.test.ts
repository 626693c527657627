import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { NETRA_APPLICATION_ID, openSqliteEventStore, SQLITE_SCHEMA_VERSION } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('schema');
afterAll(() => temp.cleanup());

const raw = <A>(path: string, read: (db: Database.Database) => A): A => {
  const db = new Database(path, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
};

describe('schema, migrations and settings', () => {
  it('a new file records its migrations with the time they were applied, once', async () => {
    const path = temp.file('fresh.db');
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    rightOrThrow(await store.append('case-1', eventsWith(1), { expectedVersion: 'no_stream' }));
    await store.close();
    const first = raw(path, (db) =>
      db.prepare('SELECT version, name, applied_at FROM netra_migrations').all(),
    );
    expect(first).toHaveLength(SQLITE_SCHEMA_VERSION);
    expect(first[0]).toMatchObject({
      version: 1,
      name: expect.any(String),
      applied_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    // reopening migrates nothing again and keeps the events
    const reopened = rightOrThrow(openSqliteEventStore({ file: path }));
    expect(rightOrThrow(await reopened.readStream('case-1'))).toHaveLength(1);
    await reopened.close();
    expect(
      raw(path, (db) => db.prepare('SELECT version, name, applied_at FROM netra_migrations').all()),
    ).toEqual(first);
    expect(
      raw(path, (db) =>
        db.prepare("SELECT value FROM netra_meta WHERE key = 'format'").pluck().get(),
      ),
    ).toBe('netra-event-store');
    expect(raw(path, (db) => db.pragma('application_id', { simple: true }))).toBe(
      NETRA_APPLICATION_ID,
    );
  });

  it('opens an existing empty SQLite file and a file left by an interrupted creation', async () => {
    const empty = temp.file('empty.db');
    new Database(empty).close();
    const interrupted = temp.file('interrupted.db');
    const db = new Database(interrupted);
    db.pragma(`application_id = ${NETRA_APPLICATION_ID}`);
    db.close();
    for (const path of [empty, interrupted]) {
      const store = rightOrThrow(openSqliteEventStore({ file: path }));
      rightOrThrow(await store.append('case-1', eventsWith(1), { expectedVersion: 'no_stream' }));
      await store.close();
    }
  });

  it('runs in WAL mode with synchronous FULL by default', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: temp.file('default.db') }));
    expect(store.durability).toEqual({ journalMode: 'wal', synchronous: 'FULL' });
    await store.close();
  });

  it.each(['NORMAL', 'OFF'] as const)(
    'runs with synchronous %s when asked',
    async (synchronous) => {
      const store = rightOrThrow(
        openSqliteEventStore({ file: temp.file(`sync-${synchronous}.db`), synchronous }),
      );
      expect(store.durability).toEqual({ journalMode: 'wal', synchronous });
      await store.close();
    },
  );

  it('a :memory: store works, and each one is its own database', async () => {
    const a = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    const b = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    expect(a.path).toBe(':memory:');
    rightOrThrow(await a.append('case-1', eventsWith(2), { expectedVersion: 'no_stream' }));
    expect(rightOrThrow(await b.readAll())).toEqual([]);
    await a.close();
    await b.close();
  });

  it('using a store after close() is a programmer error, and close() twice is harmless', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    await store.close();
    await store.close();
    await expect(store.readAll()).rejects.toThrow('used after close()');
    await expect(store.append('case-1', eventsWith(1), { expectedVersion: 'any' })).rejects.toThrow(
      'used after close()',
    );
  });

  it('readAll returns at most the ceiling, whatever limit is asked', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    for (let i = 0; i < 11; i++) {
      rightOrThrow(
        await store.append(`case-${i}`, eventsWith(1000), { expectedVersion: 'no_stream' }),
      );
    }
    expect(rightOrThrow(await store.readAll({ limit: Number.MAX_SAFE_INTEGER }))).toHaveLength(
      10_000,
    );
    expect(rightOrThrow(await store.readAll({ after: 10_000, limit: 50_000 }))).toHaveLength(1000);
    await store.close();
  }, 60_000);
});
