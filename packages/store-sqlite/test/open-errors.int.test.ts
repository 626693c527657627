import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore, SQLITE_SCHEMA_VERSION } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { leftOrThrow, rightOrThrow, sha256Of, snapshotDir, tempDir } from './support/temp.js';

const temp = tempDir('open-errors');
const caseDirs: ReturnType<typeof tempDir>[] = [];
afterAll(() => {
  temp.cleanup();
  for (const dir of caseDirs) dir.cleanup();
});

/** A directory of its own per case, so that a stray -wal, -shm or -journal file would show. */
const caseDir = () => {
  const dir = tempDir(`case-${caseDirs.length + 1}`);
  caseDirs.push(dir);
  return dir;
};

/** A netra store file with one stream of three events, closed (its WAL checkpointed away). */
const netraFile = async (path: string): Promise<string> => {
  const store = rightOrThrow(openSqliteEventStore({ file: path }));
  rightOrThrow(await store.append('case-1', eventsWith(3), { expectedVersion: 'no_stream' }));
  await store.close();
  return path;
};

const withRaw = (path: string, body: (db: Database.Database) => void): void => {
  const db = new Database(path);
  try {
    body(db);
  } finally {
    db.close();
  }
};

describe('opening what is not a usable netra store', () => {
  it('a text file named .db: NOT_A_NETRA_DATABASE naming the file; the file is untouched', () => {
    const { dir, file } = caseDir();
    const path = file('notes.db');
    writeFileSync(path, 'Rapat koordinasi netralitas ASN\n'.repeat(200));
    const before = snapshotDir(dir);
    const error = leftOrThrow(openSqliteEventStore({ file: path }));
    expect(error.code).toBe('NOT_A_NETRA_DATABASE');
    expect(error.file).toBe(path);
    expect(error.message).toContain(path);
    expect(error.message).toContain('not a SQLite database');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it("another application's SQLite database: refused, its bytes and its directory unchanged", () => {
    const { dir, file } = caseDir();
    const path = file('kepegawaian.db');
    withRaw(path, (db) => {
      db.exec(
        'CREATE TABLE pegawai (nip TEXT PRIMARY KEY, nama TEXT); CREATE TABLE unit (id INTEGER PRIMARY KEY)',
      );
      db.prepare('INSERT INTO pegawai VALUES (?, ?)').run('198503122010011004', 'Budi');
    });
    const before = snapshotDir(dir);
    const error = leftOrThrow(openSqliteEventStore({ file: path }));
    expect(error).toMatchObject({ code: 'NOT_A_NETRA_DATABASE', file: path });
    expect(error.message).toContain(path);
    expect(error.message).toContain('pegawai, unit');
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('a foreign WAL database with uncheckpointed writes: its main file and WAL are left byte for byte', () => {
    const { dir, file } = caseDir();
    const path = file('other-app.db');
    // The other application keeps its connection open, so its writes stay in the -wal file:
    // a read-write connection of ours, on closing, could checkpoint them into the main file.
    const owner = new Database(path);
    try {
      owner.pragma('journal_mode = WAL');
      owner.pragma('wal_autocheckpoint = 0');
      owner.exec('CREATE TABLE laporan (id INTEGER PRIMARY KEY, isi TEXT)');
      owner.prepare('INSERT INTO laporan (isi) VALUES (?)').run('kampanye di balai desa');
      // The -shm file is SQLite's shared-memory index, which every reader of a WAL database
      // writes its read marks into (the other application's own reads do too); it holds no data.
      const persistent = () => {
        const { 'other-app.db-shm': _shm, ...rest } = snapshotDir(dir);
        return rest;
      };
      const before = persistent();
      expect(Object.keys(before)).toEqual(['other-app.db', 'other-app.db-wal']);
      const error = leftOrThrow(openSqliteEventStore({ file: path }));
      expect(error.code).toBe('NOT_A_NETRA_DATABASE');
      expect(error.message).toContain('laporan');
      expect(persistent()).toEqual(before);
    } finally {
      owner.close();
    }
  });

  it('an empty SQLite database that another application has claimed (application_id) is refused', () => {
    const { file } = caseDir();
    const path = file('claimed.db');
    withRaw(path, (db) => db.pragma('application_id = 1234'));
    const hash = sha256Of(path);
    const error = leftOrThrow(openSqliteEventStore({ file: path }));
    expect(error.code).toBe('NOT_A_NETRA_DATABASE');
    expect(error.message).toContain('application_id 0x000004d2');
    expect(sha256Of(path)).toBe(hash);
  });

  it('a netra store with a newer schema version: NEWER_SCHEMA, nothing downgraded or rewritten', async () => {
    const { dir, file } = caseDir();
    const path = await netraFile(file('future.db'));
    withRaw(path, (db) =>
      db
        .prepare('INSERT INTO netra_migrations (version, name, applied_at) VALUES (?, ?, ?)')
        .run(SQLITE_SCHEMA_VERSION + 1, 'from a newer release', '2030-01-01T00:00:00.000Z'),
    );
    const before = snapshotDir(dir);
    const error = leftOrThrow(openSqliteEventStore({ file: path }));
    expect(error.code).toBe('NEWER_SCHEMA');
    expect(error.message).toContain(path);
    expect(error.message).toContain(`schema version ${SQLITE_SCHEMA_VERSION + 1}`);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it.each([
    ['its event table is dropped', 'DROP TABLE netra_events', 'lacks table netra_events'],
    [
      'its migration record has a hole',
      'DELETE FROM netra_migrations WHERE version = 1',
      'migration record is damaged',
    ],
    ['its metadata table is dropped', 'DROP TABLE netra_meta', 'netra_meta is missing'],
  ])(
    'a netra store whose %s: CORRUPT naming the problem, file untouched',
    async (_label, sql, problem) => {
      const { dir, file } = caseDir();
      const path = await netraFile(file('damaged.db'));
      withRaw(path, (db) => db.exec(sql));
      const before = snapshotDir(dir);
      const error = leftOrThrow(openSqliteEventStore({ file: path }));
      expect(error.code).toBe('CORRUPT');
      expect(error.message).toContain(path);
      expect(error.message).toContain(problem);
      expect(snapshotDir(dir)).toEqual(before);
    },
  );

  it('a file whose first page is overwritten: CORRUPT or NOT_A_NETRA_DATABASE, never opened, file untouched', async () => {
    const { dir, file } = caseDir();
    const path = await netraFile(file('scratched.db'));
    const bytes = readFileSync(path);
    bytes.fill(0xab, 100, 4096);
    writeFileSync(path, bytes);
    const before = snapshotDir(dir);
    const error = leftOrThrow(openSqliteEventStore({ file: path }));
    expect(['CORRUPT', 'NOT_A_NETRA_DATABASE']).toContain(error.code);
    expect(error.message).toContain(path);
    expect(snapshotDir(dir)).toEqual(before);
  });

  it('a directory that does not exist: CANNOT_OPEN naming the path', () => {
    const path = temp.file('no/such/dir/netra.db');
    const error = leftOrThrow(openSqliteEventStore({ file: path }));
    expect(error).toMatchObject({ code: 'CANNOT_OPEN', file: path });
    expect(error.message).toContain(path);
  });

  it.each([
    ['an empty file name', { file: '' }, 'give either'],
    [
      'an unknown synchronous level',
      { file: ':memory:', synchronous: 'SOMETIMES' },
      'synchronous must be one of',
    ],
    ['a negative busy timeout', { file: ':memory:', busyTimeoutMs: -1 }, 'busyTimeoutMs'],
    ['a zero poll interval', { file: ':memory:', pollIntervalMs: 0 }, 'pollIntervalMs'],
  ])('refuses %s as INVALID_OPTIONS', (_label, options, problem) => {
    const error = leftOrThrow(openSqliteEventStore(options as never));
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.message).toContain(problem);
  });
});
