import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import {
  type CaseRow,
  caseReadModels,
  createInMemoryCheckpointStore,
  createInMemoryEventStore,
  type EventStore,
  type ReadModel,
  runProjection,
} from '@netra/core';
import { openSqliteEventStore } from '@netra/store-sqlite';
import { either as E } from 'fp-ts';

/** Where the demo keeps its history unless told otherwise (ignored by git). */
export const DEFAULT_DB = '.netra/pilkada-2024-season.db';

export interface DemoStore {
  readonly store: EventStore;
  /** Printed so the officer knows where the history lives. */
  readonly description: string;
  /** The case read models, up to the end of the log, and how they were kept. */
  readonly readModels: () => Promise<
    E.Either<string, { readonly model: ReadModel<CaseRow>; readonly how: string }>
  >;
}

/**
 * The embedded SQLite file by default, with the case read models inline: updated in every
 * append's transaction and stored in the same file. `memory` for a throw-away run, where the
 * projection runner builds the read models from the log when they are asked for.
 */
export const openDemoStore = (options: {
  readonly memory: boolean;
  readonly file: string;
}): E.Either<string, DemoStore> => {
  if (options.memory) {
    const store = createInMemoryEventStore();
    return E.right({
      store,
      description: 'in memory (nothing is kept)',
      readModels: async () => {
        const run = await runProjection({
          store,
          checkpoints: createInMemoryCheckpointStore(),
          projection: caseReadModels,
        });
        return E.isLeft(run)
          ? E.left(run.left.message)
          : E.right({
              model: run.right.model as ReadModel<CaseRow>,
              how: `built by the projection runner from the log (${run.right.applied} events)`,
            });
      },
    });
  }
  const file = resolve(options.file);
  mkdirSync(dirname(file), { recursive: true });
  const opened = openSqliteEventStore({ file, inlineProjections: [caseReadModels] });
  if (E.isLeft(opened)) return E.left(opened.left.message);
  const store = opened.right;
  return E.right({
    store,
    description: `SQLite file ${file}`,
    readModels: async () => {
      const model = await store.readModel(caseReadModels.name);
      return E.isLeft(model)
        ? E.left(model.left.message)
        : E.right({
            model: model.right as ReadModel<CaseRow>,
            how: `inline: updated in each append's transaction, stored in the same file (position ${model.right.position})`,
          });
    },
  });
};
