/**
 * Inline projections: read models updated inside the append's own transaction, as Marten's
 * inline projections and Emmett's `onBeforeCommit` do. The appended events are staged through
 * every inline projection while the write lock is held; their changed rows and checkpoint are
 * written in the same transaction as the events. So the stored read model never lags its log,
 * and a projection that cannot apply an event (PROJECTION_STOPPED) rolls the append back:
 * nothing is written, and the caller gets the fault naming the event.
 *
 * Each model also lives in memory, for queries; it takes the staged rows only after the
 * transaction commits. Other processes may append to the same file: before staging, each
 * model first applies, from the log, every event committed since its own position (under the
 * same lock), so the rows it writes are always those of the whole log.
 */
import type {
  JsonValue,
  MutableReadModel,
  Projection,
  ProjectionFault,
  ReadModel,
  RecordedEvent,
  StagedBatch,
  StoreError,
} from '@netra/core';
import {
  checkCheckpointName,
  createReadModel,
  InlineRollback,
  storeUnavailable,
} from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { EventRow } from './event-row.js';
import { decodeEventRow, EVENT_COLUMNS } from './event-row.js';
import { prepareModelRows, prepareModelWrites, UnreadableModelRow } from './model-rows.js';

interface Inline {
  readonly projection: Projection;
  readonly model: MutableReadModel;
  /** Whether the model was loaded from the file (or reset) in this process yet. */
  loaded: boolean;
}

export interface InlineProjections {
  /** Inside the append transaction: stages `recorded` (after any events it missed) and writes rows. */
  readonly stageInTransaction: (recorded: readonly RecordedEvent[]) => void;
  /** After the transaction committed: the models take the staged rows. */
  readonly committed: () => void;
  /** After a rollback: the staged rows are dropped. */
  readonly rolledBack: () => void;
  /** The model `name`, caught up with the log inside a transaction of its own. */
  readonly catchUp: (name: string) => E.Either<StoreError, ReadModel>;
}

const PAGE = 1000;

/**
 * A store without inline projections prepares nothing: a read-only file of an older schema
 * (without `model_version`) opens as before.
 */
const NO_INLINE_PROJECTIONS: InlineProjections = {
  stageInTransaction: () => {},
  committed: () => {},
  rolledBack: () => {},
  catchUp: (name) => {
    throw new TypeError(`netra: no inline projection '${name}' (this store runs: none)`);
  },
};

export const createInlineProjections = (
  db: Database,
  file: string,
  projections: readonly Projection[],
): InlineProjections => {
  if (projections.length === 0) return NO_INLINE_PROJECTIONS;
  const inline = new Map<string, Inline>();
  for (const projection of projections) {
    checkCheckpointName(projection.name);
    inline.set(projection.name, {
      projection,
      model: createReadModel(projection),
      loaded: false,
    });
  }
  const selectCheckpoint = db.prepare<[string], { position: number; model_version: unknown }>(
    'SELECT position, model_version FROM netra_checkpoints WHERE name = ?',
  );
  const readRows = prepareModelRows(db);
  const selectAfter = db
    .prepare<[number, number, number], EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM netra_events WHERE position > ? AND position < ? ORDER BY position LIMIT ?`,
    )
    .raw(true);
  // Never on a read-only store: the options refuse inline projections there.
  const writes = prepareModelWrites(db);
  let pending: [Inline, StagedBatch][] = [];

  const fail = (error: StoreError): never => {
    throw new InlineRollback(error);
  };

  /** Loads the stored model, or resets it (in the file too) when none of this version is stored. */
  const load = (entry: Inline): void => {
    if (entry.loaded) return;
    const { projection, model } = entry;
    const checkpoint = selectCheckpoint.get(projection.name);
    if (checkpoint !== undefined && checkpoint.model_version === projection.version) {
      let rows: readonly (readonly [string, JsonValue])[] = [];
      try {
        rows = readRows(projection.name);
      } catch (error) {
        if (!(error instanceof UnreadableModelRow)) throw error;
        fail(
          storeUnavailable(
            `In read model '${projection.name}' in '${file}', ${error.message}; rebuild the read model from the log.`,
          ),
        );
      }
      model.reset(checkpoint.position, rows);
    } else {
      writes.clearRows(projection.name);
      model.reset(0, []);
    }
    entry.loaded = true;
  };

  /** Stages every event after the model's position and before `before`, onto `batch`. */
  const stageMissed = (entry: Inline, before: number): StagedBatch | undefined => {
    let batch: StagedBatch | undefined;
    let after = entry.model.position;
    for (;;) {
      const rows = selectAfter.all(after, before, PAGE);
      if (rows.length === 0) return batch;
      const events: RecordedEvent[] = [];
      for (const row of rows) {
        const event = decodeEventRow(row, file);
        if (E.isLeft(event)) return fail(event.left);
        events.push(event.right);
      }
      const staged = entry.model.stage(events, batch);
      if (E.isLeft(staged)) return fail(staged.left as ProjectionFault);
      batch = staged.right;
      after = batch.position;
    }
  };

  const write = (entry: Inline, batch: StagedBatch): void => {
    const name = entry.projection.name;
    for (const [streamId, row] of batch.changed) {
      if (row === undefined) writes.dropRow(name, streamId);
      else writes.putRow(name, streamId, row);
    }
    writes.checkpoint(name, batch.position, entry.projection.version);
  };

  const stageEntry = (entry: Inline, recorded: readonly RecordedEvent[]): void => {
    load(entry);
    const first = recorded[0]?.globalPosition ?? Number.MAX_SAFE_INTEGER;
    let batch = stageMissed(entry, first);
    if (recorded.length > 0) {
      const staged = entry.model.stage(recorded, batch);
      if (E.isLeft(staged)) fail(staged.left);
      else batch = staged.right;
    }
    if (batch === undefined) return;
    write(entry, batch);
    pending.push([entry, batch]);
  };

  return {
    stageInTransaction(recorded) {
      pending = [];
      for (const entry of inline.values()) stageEntry(entry, recorded);
    },
    committed() {
      for (const [entry, batch] of pending) entry.model.commit(batch);
      pending = [];
    },
    rolledBack() {
      pending = [];
      // A model loaded inside a rolled-back transaction may have been reset there: load again.
      for (const entry of inline.values()) entry.loaded = entry.loaded && entry.model.position > 0;
    },
    catchUp(name) {
      const entry = inline.get(name);
      if (entry === undefined) {
        throw new TypeError(
          `netra: no inline projection '${name}' (this store runs: ${[...inline.keys()].join(', ') || 'none'})`,
        );
      }
      try {
        const run = db.transaction(() => stageEntry(entry, []));
        run.immediate();
      } catch (error) {
        pending = [];
        if (error instanceof InlineRollback) return E.left(error.error);
        throw error;
      }
      for (const [e, batch] of pending) e.model.commit(batch);
      pending = [];
      return E.right(entry.model);
    },
  };
};
