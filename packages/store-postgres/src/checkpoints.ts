import type { CheckpointStore, JsonValue, StoredProjection, StoreError } from '@netra/core';
import { checkCheckpointName, checkCheckpointPosition, storeUnavailable } from '@netra/core';
import { either as E } from 'fp-ts';
import type { Pool } from 'pg';
import { answer } from './answer.js';
import { inTransaction, withClient } from './connection.js';
import { wholeFromInt8 } from './int8.js';
import {
  clearRows,
  readCheckpoint,
  readRows,
  UnreadableModelRow,
  writeCheckpoint,
  writePosition,
  writeRows,
} from './model-rows.js';
import type { Tables } from './tables.js';

/**
 * The checkpoint port (@netra/core) in the store's own schema, on the primary pool: a
 * `pg_dump` of the schema is a consistent set of log, checkpoints and stored read models. A
 * read model's rows and its checkpoint are written in one transaction, so after any crash
 * they agree; a stored model is read in one REPEATABLE READ snapshot, so rows and position
 * are those of one commit even while a runner commits the next batch.
 */
export const createCheckpointStore = (
  pool: Pool,
  tables: Tables,
  where: string,
  assertOpen: () => void,
): CheckpointStore => {
  const corrupt = (name: string, what: string): E.Either<StoreError, never> =>
    E.left(
      storeUnavailable(
        `Checkpoint '${name}' in ${tables.checkpoints} (${where}) is corrupt: ${what}. Rebuild the read model from the log (runProjection with rebuild: true).`,
      ),
    );

  return {
    async load(name) {
      assertOpen();
      checkCheckpointName(name);
      return answer(where, async () => {
        const row = await withClient(pool, (sql) => readCheckpoint(sql, tables, name));
        if (row === undefined) return E.right(0);
        const position = wholeFromInt8(row.position);
        return position === undefined
          ? corrupt(name, `its position is ${String(row.position)}`)
          : E.right(position);
      });
    },
    async save(name, position) {
      assertOpen();
      checkCheckpointName(name);
      checkCheckpointPosition(position);
      return answer(where, async () => {
        await withClient(pool, (sql) => writePosition(sql, tables, name, position));
        return E.right(undefined);
      });
    },
    async loadProjection(name) {
      assertOpen();
      checkCheckpointName(name);
      return answer(where, () =>
        inTransaction(
          pool,
          async (sql): Promise<E.Either<StoreError, StoredProjection | null>> => {
            const row = await readCheckpoint(sql, tables, name);
            if (row === undefined || row.model_version === null) return E.right(null);
            const position = wholeFromInt8(row.position);
            if (position === undefined)
              return corrupt(name, `its position is ${String(row.position)}`);
            const version = wholeFromInt8(row.model_version);
            if (version === undefined)
              return corrupt(name, `its model version is ${String(row.model_version)}`);
            let rows: readonly (readonly [string, JsonValue])[];
            try {
              rows = await readRows(sql, tables, name);
            } catch (error) {
              if (!(error instanceof UnreadableModelRow)) throw error;
              return corrupt(name, error.message);
            }
            return E.right({ version, position, rows });
          },
          () => true,
          'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
        ),
      );
    },
    async commitProjection(name, commit) {
      assertOpen();
      checkCheckpointName(name);
      checkCheckpointPosition(commit.position);
      return answer(where, () =>
        inTransaction(
          pool,
          async (sql): Promise<E.Either<StoreError, void>> => {
            if (commit.reset) await clearRows(sql, tables, name);
            await writeRows(sql, tables, name, commit.rows);
            await writeCheckpoint(sql, tables, name, commit.position, commit.version);
            return E.right(undefined);
          },
          E.isRight,
        ),
      );
    },
  };
};
