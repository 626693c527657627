import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { NETRA_APPLICATION_ID, openSqliteEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { leftOrThrow, rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('shared');
afterAll(() => temp.cleanup());

describe("netra inside an application's own database (the `database` option)", () => {
  it("adds its tables next to the application's, leaves them and the handle's settings alone, and never closes the handle", async () => {
    const db = new Database(temp.file('app.db'));
    db.pragma('application_id = 42');
    db.pragma('busy_timeout = 1234');
    db.exec(
      "CREATE TABLE pegawai (nip TEXT PRIMARY KEY); INSERT INTO pegawai VALUES ('198503122010011004')",
    );
    const store = rightOrThrow(openSqliteEventStore({ database: db }));
    expect(store.path).toBe(db.name);
    rightOrThrow(await store.append('case-1', eventsWith(2), { expectedVersion: 'no_stream' }));
    await store.close();
    expect(db.open).toBe(true);
    expect(db.pragma('application_id', { simple: true })).toBe(42);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
    expect(db.prepare('SELECT COUNT(*) FROM pegawai').pluck().get()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) FROM netra_events').pluck().get()).toBe(2);
    // and through the same handle again, the events are there
    const again = rightOrThrow(openSqliteEventStore({ database: db }));
    expect(rightOrThrow(await again.readStream('case-1'))).toHaveLength(2);
    await again.close();
    db.close();
  });

  it('by path, such a shared file is refused: it is not a netra-owned file', () => {
    const path = temp.file('shared-by-path.db');
    const db = new Database(path);
    db.exec('CREATE TABLE pegawai (nip TEXT PRIMARY KEY)');
    rightOrThrow(openSqliteEventStore({ database: db }));
    db.close();
    const error = leftOrThrow(openSqliteEventStore({ file: path }));
    expect(error.code).toBe('NOT_A_NETRA_DATABASE');
    expect(error.message).toContain('pegawai');
  });

  it('refuses a handle whose netra_* names are taken by tables netra did not make', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE netra_events (id INTEGER)');
    const error = leftOrThrow(openSqliteEventStore({ database: db }));
    expect(error.code).toBe('NOT_A_NETRA_DATABASE');
    expect(error.message).toContain('netra_events');
    expect(db.prepare('SELECT COUNT(*) FROM sqlite_master').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a closed or read-only handle', () => {
    const closed = new Database(':memory:');
    closed.close();
    expect(leftOrThrow(openSqliteEventStore({ database: closed })).code).toBe('INVALID_OPTIONS');
    const path = temp.file('readonly.db');
    new Database(path).close();
    const readonly = new Database(path, { readonly: true });
    expect(leftOrThrow(openSqliteEventStore({ database: readonly })).code).toBe('CANNOT_OPEN');
    readonly.close();
  });

  it('a store-owned file carries netra’s application id in its header', () => {
    const path = temp.file('owned.db');
    rightOrThrow(openSqliteEventStore({ file: path })).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(NETRA_APPLICATION_ID);
    db.close();
  });
});
