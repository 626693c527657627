/**
 * The SQL of stored read models, shared by the checkpoint port (checkpoints.ts) and inline
 * projections (inline-projections.ts): a projection's rows in `netra_projection_rows` and its
 * position and version in `netra_checkpoints`, always written in the caller's transaction.
 * Rows are JSON text, like events: the store reads back exactly what it wrote.
 */
import type { JsonValue } from '@netra/core';
import type { Sql } from './connection.js';
import type { Tables } from './tables.js';

export const clearRows = (sql: Sql, t: Tables, projection: string): Promise<unknown> =>
  sql(`DELETE FROM ${t.projectionRows} WHERE projection = $1`, [projection]);

/** Upserts and deletes a batch of rows in two statements (null: the row is dropped). */
export const writeRows = async (
  sql: Sql,
  t: Tables,
  projection: string,
  rows: Iterable<readonly [string, JsonValue | null | undefined]>,
): Promise<void> => {
  const putIds: string[] = [];
  const putRows: string[] = [];
  const dropIds: string[] = [];
  // The last word on a stream wins; one statement may not touch a row twice (ON CONFLICT).
  const last = new Map<string, JsonValue | null | undefined>(rows);
  for (const [streamId, row] of last) {
    if (row === null || row === undefined) dropIds.push(streamId);
    else {
      putIds.push(streamId);
      putRows.push(JSON.stringify(row));
    }
  }
  if (dropIds.length > 0) {
    await sql(
      `DELETE FROM ${t.projectionRows} WHERE projection = $1 AND stream_id = ANY($2::text[])`,
      [projection, dropIds],
    );
  }
  if (putIds.length > 0) {
    await sql(
      `INSERT INTO ${t.projectionRows} (projection, stream_id, row)
       SELECT $1, s, r FROM unnest($2::text[], $3::text[]) AS changed(s, r)
       ON CONFLICT (projection, stream_id) DO UPDATE SET row = excluded.row`,
      [projection, putIds, putRows],
    );
  }
};

export const writeCheckpoint = (
  sql: Sql,
  t: Tables,
  name: string,
  position: number,
  modelVersion: number,
): Promise<unknown> =>
  sql(
    `INSERT INTO ${t.checkpoints} (name, position, model_version, updated_at) VALUES ($1, $2, $3, now())
     ON CONFLICT (name) DO UPDATE SET position = excluded.position,
       model_version = excluded.model_version, updated_at = excluded.updated_at`,
    [name, position, modelVersion],
  );

/**
 * A bare position, as `CheckpointStore.save` writes it: any stored model version is kept, as the
 * SQLite and in-memory checkpoint stores keep it.
 */
export const writePosition = (
  sql: Sql,
  t: Tables,
  name: string,
  position: number,
): Promise<unknown> =>
  sql(
    `INSERT INTO ${t.checkpoints} (name, position, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at`,
    [name, position],
  );

export interface CheckpointRow {
  readonly position: unknown;
  readonly model_version: unknown;
}

export const readCheckpoint = async (
  sql: Sql,
  t: Tables,
  name: string,
): Promise<CheckpointRow | undefined> => {
  const [row] = await sql<CheckpointRow & Record<string, unknown>>(
    `SELECT position, model_version FROM ${t.checkpoints} WHERE name = $1`,
    [name],
  );
  return row;
};

/** A stored row that is not JSON: the read model must be rebuilt from the log. */
export class UnreadableModelRow extends Error {
  constructor(readonly streamId: string) {
    super(`the stored row of '${streamId}' is not JSON`);
    this.name = 'UnreadableModelRow';
  }
}

/** A projection's stored rows; throws {@link UnreadableModelRow} for one that is not JSON. */
export const readRows = async (
  sql: Sql,
  t: Tables,
  projection: string,
): Promise<(readonly [string, JsonValue])[]> => {
  const stored = await sql<{ stream_id: string; row: string }>(
    `SELECT stream_id, row FROM ${t.projectionRows} WHERE projection = $1 ORDER BY stream_id`,
    [projection],
  );
  return stored.map(({ stream_id, row }) => {
    try {
      return [stream_id, JSON.parse(row) as JsonValue] as const;
    } catch {
      throw new UnreadableModelRow(stream_id);
    }
  });
};
