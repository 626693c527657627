/**
 * Inline projections: read models updated inside the append's own transaction, as Marten's
 * inline projections and Emmett's `onBeforeCommit` do (and as the SQLite store does). The
 * appended events are staged through every inline projection while the append lock is held;
 * the changed rows and the checkpoint are written in the same transaction as the events. So
 * the stored read model never lags its log, and a projection that cannot apply an event
 * (PROJECTION_STOPPED) rolls the append back: nothing is written, and the caller gets the
 * fault naming the event.
 *
 * Each model also lives in this process's memory, for queries; it takes the staged rows only
 * after the transaction commits. Other processes append to the same schema: before staging,
 * each model first applies, from the log, every event committed since its own position (under
 * the same lock, so nothing can commit in between), so the rows it writes are those of the
 * whole log.
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
import { either as E } from 'fp-ts';
import type { Sql } from './connection.js';
import { decodeEventRows, EVENT_COLUMNS } from './event-row.js';
import { wholeFromInt8 } from './int8.js';
import {
  clearRows,
  readCheckpoint,
  readRows,
  UnreadableModelRow,
  writeCheckpoint,
  writeRows,
} from './model-rows.js';
import { createSerial } from './serial.js';
import type { Tables } from './tables.js';

interface Inline {
  readonly projection: Projection;
  readonly model: MutableReadModel;
  /** Whether the model was loaded from the database (or reset) in this process yet. */
  loaded: boolean;
}

export interface InlineProjections {
  /** Inside the append transaction: stages `recorded` (after any events it missed) and writes rows. */
  readonly stageInTransaction: (sql: Sql, recorded: readonly RecordedEvent[]) => Promise<void>;
  /** After the transaction committed: the models take the staged rows. */
  readonly committed: () => void;
  /** After a rollback: the staged rows are dropped. */
  readonly rolledBack: () => void;
  /**
   * Runs an append (or a catch-up) alone in this process when there are inline projections
   * (see serial.ts); runs it as is when there are none, so appends overlap freely.
   */
  readonly serial: <A>(task: () => Promise<A>) => Promise<A>;
  /** Whether `name` is one of them (else `readModel` is a programmer error). */
  readonly has: (name: string) => boolean;
  /** Whether there are any: then every append stages them in its transaction. */
  readonly active: boolean;
  /** Inside a transaction holding the append lock: catches `name` up with the log. */
  readonly catchUp: (sql: Sql, name: string) => Promise<ReadModel>;
}

const PAGE = 1000;

export const createInlineProjections = (
  tables: Tables,
  where: string,
  projections: readonly Projection[],
): InlineProjections => {
  const inline = new Map<string, Inline>();
  for (const projection of projections) {
    checkCheckpointName(projection.name);
    inline.set(projection.name, {
      projection,
      model: createReadModel(projection),
      loaded: false,
    });
  }
  let pending: [Inline, StagedBatch][] = [];

  const fail = (error: StoreError): never => {
    throw new InlineRollback(error);
  };

  /** Loads the stored model, or resets it (in the database too) when none of this version is stored. */
  const load = async (sql: Sql, entry: Inline): Promise<void> => {
    if (entry.loaded) return;
    const { projection, model } = entry;
    const checkpoint = await readCheckpoint(sql, tables, projection.name);
    const version = wholeFromInt8(checkpoint?.model_version);
    const position = wholeFromInt8(checkpoint?.position);
    if (version === projection.version && position !== undefined) {
      let rows: readonly (readonly [string, JsonValue])[] = [];
      try {
        rows = await readRows(sql, tables, projection.name);
      } catch (error) {
        if (!(error instanceof UnreadableModelRow)) throw error;
        fail(
          storeUnavailable(
            `In read model '${projection.name}' (${where}), ${error.message}; rebuild the read model from the log.`,
          ),
        );
      }
      model.reset(position, rows);
    } else {
      await clearRows(sql, tables, projection.name);
      model.reset(0, []);
    }
    entry.loaded = true;
  };

  /** Stages every event after the model's position and before `before`. */
  const stageMissed = async (
    sql: Sql,
    entry: Inline,
    before: number,
  ): Promise<StagedBatch | undefined> => {
    let batch: StagedBatch | undefined;
    let after = entry.model.position;
    for (;;) {
      const rows = await sql.arrays(
        `SELECT ${EVENT_COLUMNS} FROM ${tables.events}
         WHERE position > $1::int8 AND position < $2::int8 ORDER BY position LIMIT $3`,
        [after, before, PAGE],
      );
      if (rows.length === 0) return batch;
      const events = decodeEventRows(rows, tables.events);
      if (E.isLeft(events)) return fail(events.left);
      const staged = entry.model.stage(events.right, batch);
      if (E.isLeft(staged)) return fail(staged.left as ProjectionFault);
      batch = staged.right;
      after = batch.position;
    }
  };

  const stageEntry = async (
    sql: Sql,
    entry: Inline,
    recorded: readonly RecordedEvent[],
  ): Promise<void> => {
    await load(sql, entry);
    const first = recorded[0]?.globalPosition ?? Number.MAX_SAFE_INTEGER;
    let batch = await stageMissed(sql, entry, first);
    if (recorded.length > 0) {
      const staged = entry.model.stage(recorded, batch);
      if (E.isLeft(staged)) fail(staged.left);
      else batch = staged.right;
    }
    if (batch === undefined) return;
    const name = entry.projection.name;
    await writeRows(sql, tables, name, batch.changed);
    await writeCheckpoint(sql, tables, name, batch.position, entry.projection.version);
    pending.push([entry, batch]);
  };

  return {
    async stageInTransaction(sql, recorded) {
      pending = [];
      for (const entry of inline.values()) await stageEntry(sql, entry, recorded);
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
    serial: inline.size === 0 ? (task) => task() : createSerial(),
    has: (name) => inline.has(name),
    active: inline.size > 0,
    async catchUp(sql, name) {
      const entry = inline.get(name) as Inline;
      pending = [];
      await stageEntry(sql, entry, []);
      return entry.model;
    },
  };
};
