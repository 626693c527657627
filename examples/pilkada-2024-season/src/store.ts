import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInMemoryEventStore, type EventStore } from '@netra/core';
import { openSqliteEventStore } from '@netra/store-sqlite';
import { either as E } from 'fp-ts';

/** Where the demo keeps its history unless told otherwise (ignored by git). */
export const DEFAULT_DB = '.netra/pilkada-2024-season.db';

export interface DemoStore {
  readonly store: EventStore;
  /** Printed so the officer knows where the history lives. */
  readonly description: string;
}

/** The embedded SQLite file by default; `memory` for a throw-away run. */
export const openDemoStore = (options: {
  readonly memory: boolean;
  readonly file: string;
}): E.Either<string, DemoStore> => {
  if (options.memory)
    return E.right({
      store: createInMemoryEventStore(),
      description: 'in memory (nothing is kept)',
    });
  const file = resolve(options.file);
  mkdirSync(dirname(file), { recursive: true });
  const opened = openSqliteEventStore({ file });
  if (E.isLeft(opened)) return E.left(opened.left.message);
  return E.right({ store: opened.right, description: `SQLite file ${file}` });
};
