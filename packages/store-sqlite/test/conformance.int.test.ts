import type { EventStore } from '@netra/core';
import { describeStoreConformance } from '@netra/testing';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import type { SqliteEventStore } from '../src/index.js';
import { openSqliteEventStore } from '../src/index.js';
import { handleOf } from '../src/internal/handles.js';
import { deleteEventRow, editEventData } from './support/tamper.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('conformance');
afterAll(() => temp.cleanup());

let files = 0;
const freshFile = (): string => temp.file(`store-${++files}.db`);

/** Alters a file through a connection of its own, as an intruder with the file would. */
const intrude = (path: string, alter: (db: Database.Database) => void): void => {
  const intruder = new Database(path);
  try {
    alter(intruder);
  } finally {
    intruder.close();
  }
};

// A file per store, opened by path; tampering alters the file through another connection and
// reopens it, as an intruder with the file (or a restore of an altered backup) would.
describeStoreConformance({
  name: 'sqlite (file)',
  create: async () => rightOrThrow(openSqliteEventStore({ file: freshFile() })),
  tamper: async (store, target, edit) => {
    const { path } = store as SqliteEventStore;
    intrude(path, (db) => editEventData(db, target, edit));
    return rightOrThrow(openSqliteEventStore({ file: path }));
  },
  removeEvent: async (store, target) => {
    const { path } = store as SqliteEventStore;
    intrude(path, (db) => deleteEventRow(db, target));
    return rightOrThrow(openSqliteEventStore({ file: path }));
  },
});

// ':memory:' cannot be reached from a second connection: the edit goes through the store's own.
describeStoreConformance({
  name: 'sqlite (:memory:)',
  create: async () => rightOrThrow(openSqliteEventStore({ file: ':memory:' })),
  tamper: async (store, target, edit) => {
    const db = handleOf(store);
    if (!db) throw new Error('no connection registered for this store');
    editEventData(db, target, edit);
    return store;
  },
  removeEvent: async (store, target) => {
    const db = handleOf(store);
    if (!db) throw new Error('no connection registered for this store');
    deleteEventRow(db, target);
    return store;
  },
});

// An application's own handle on a file: the store shares it and must leave it open.
const appHandles = new Map<EventStore, Database.Database>();
const onAppHandle = (db: Database.Database): EventStore => {
  const store = rightOrThrow(openSqliteEventStore({ database: db }));
  const wrapped: EventStore = {
    ...store,
    close: async () => {
      await store.close();
      if (!db.open) throw new Error('the store closed the application’s handle');
      db.close();
    },
  };
  appHandles.set(wrapped, db);
  return wrapped;
};

describeStoreConformance({
  name: 'sqlite (application handle)',
  create: async () => {
    const db = new Database(freshFile());
    db.pragma('journal_mode = WAL');
    return onAppHandle(db);
  },
  tamper: async (store, target, edit) => {
    const db = appHandles.get(store);
    if (!db) throw new Error('unknown store');
    intrude(db.name, (intruder) => editEventData(intruder, target, edit));
    return onAppHandle(new Database(db.name));
  },
  removeEvent: async (store, target) => {
    const db = appHandles.get(store);
    if (!db) throw new Error('unknown store');
    intrude(db.name, (intruder) => deleteEventRow(intruder, target));
    return onAppHandle(new Database(db.name));
  },
});
