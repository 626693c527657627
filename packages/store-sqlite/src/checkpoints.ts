import type { CheckpointStore, JsonValue, StoredProjection } from '@netra/core';
import {
  checkCheckpointName,
  checkCheckpointPosition,
  storeReadOnly,
  storeUnavailable,
} from '@netra/core';
import type { Database } from 'better-sqlite3';
import { either as E } from 'fp-ts';
import type { RetryContext } from './busy-retry.js';
import { withBusyRetry } from './busy-retry.js';
import { prepareModelRows, prepareModelWrites, UnreadableModelRow } from './model-rows.js';

interface CheckpointRow {
  readonly position: unknown;
  readonly model_version: unknown;
}

const isPosition = (x: unknown): x is number =>
  typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/**
 * The checkpoint port (@netra/core) in the store's own file: a backup of the file is a
 * consistent set of log, checkpoints and stored read models. A read model's rows and its
 * checkpoint are written in one transaction, so after any crash they agree.
 */
export const createCheckpointStore = (
  db: Database,
  retry: RetryContext,
  assertOpen: () => void,
  readonly: boolean,
): CheckpointStore => {
  // A schema-1 file opened read-only has no stored read models (schema 2 added them).
  const hasModels =
    db
      .prepare(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'netra_projection_rows'",
      )
      .get() !== undefined;
  const select = db.prepare<[string], CheckpointRow>(
    hasModels
      ? 'SELECT position, model_version FROM netra_checkpoints WHERE name = ?'
      : 'SELECT position, NULL AS model_version FROM netra_checkpoints WHERE name = ?',
  );
  const readRows = hasModels ? prepareModelRows(db) : undefined;
  // Not prepared read-only: nothing may write, and the refusal below is the answer.
  const writes = readonly
    ? undefined
    : {
        model: prepareModelWrites(db),
        savePosition: db.prepare<[string, number, string]>(
          `INSERT INTO netra_checkpoints (name, position, updated_at) VALUES (?, ?, ?)
           ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
        ),
      };
  const corrupt = (name: string, what: string) =>
    E.left(
      storeUnavailable(
        `Checkpoint '${name}' in '${retry.file}' is corrupt: ${what}. Rebuild the read model from the log (runProjection with rebuild: true).`,
      ),
    );

  const commit = writes
    ? db.transaction((name: string, commit: Parameters<CheckpointStore['commitProjection']>[1]) => {
        if (commit.reset) writes.model.clearRows(name);
        for (const [streamId, row] of commit.rows) {
          if (row === null) writes.model.dropRow(name, streamId);
          else writes.model.putRow(name, streamId, row);
        }
        writes.model.checkpoint(name, commit.position, commit.version);
      })
    : undefined;

  return {
    async load(name) {
      assertOpen();
      checkCheckpointName(name);
      return withBusyRetry(retry, () => {
        const row = select.get(name);
        if (row === undefined) return E.right(0);
        if (!isPosition(row.position))
          return corrupt(name, `its position is ${String(row.position)}`);
        return E.right(row.position);
      });
    },
    async save(name, position) {
      assertOpen();
      checkCheckpointName(name);
      checkCheckpointPosition(position);
      if (writes === undefined) return E.left(storeReadOnly(`The netra store '${retry.file}'`));
      return withBusyRetry(retry, () => {
        writes.savePosition.run(name, position, new Date().toISOString());
        return E.right(undefined);
      });
    },
    async loadProjection(name) {
      assertOpen();
      checkCheckpointName(name);
      return withBusyRetry(retry, () =>
        db.transaction(
          (): E.Either<ReturnType<typeof storeUnavailable>, StoredProjection | null> => {
            const row = select.get(name);
            if (row === undefined || row.model_version === null || readRows === undefined) {
              return E.right(null);
            }
            if (!isPosition(row.position))
              return corrupt(name, `its position is ${String(row.position)}`);
            if (!isPosition(row.model_version)) {
              return corrupt(name, `its model version is ${String(row.model_version)}`);
            }
            let rows: readonly (readonly [string, JsonValue])[];
            try {
              rows = readRows(name);
            } catch (error) {
              if (!(error instanceof UnreadableModelRow)) throw error;
              return corrupt(name, error.message);
            }
            return E.right({ version: row.model_version, position: row.position, rows });
          },
        )(),
      );
    },
    async commitProjection(name, projectionCommit) {
      assertOpen();
      checkCheckpointName(name);
      checkCheckpointPosition(projectionCommit.position);
      if (commit === undefined) return E.left(storeReadOnly(`The netra store '${retry.file}'`));
      return withBusyRetry(retry, () => {
        commit.immediate(name, projectionCommit);
        return E.right(undefined);
      });
    },
  };
};
