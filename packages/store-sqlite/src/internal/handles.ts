import type { Database } from 'better-sqlite3';

/*
 * The connection behind each store, for this package's own tests only (they edit rows behind
 * the store's back to prove that reads and `verify` catch it). Deliberately not exported from
 * the package: an application that wants the connection opens it itself and passes `database`.
 */
const handles = new WeakMap<object, Database>();

export const registerHandle = (store: object, db: Database): void => {
  handles.set(store, db);
};

export const handleOf = (store: object): Database | undefined => handles.get(store);
