/**
 * The SQL of stored read models, shared by the checkpoint port (checkpoints.ts) and inline
 * projections (inline-projections.ts): a projection's rows in `netra_projection_rows` and its
 * position and version in `netra_checkpoints`, always written in the caller's transaction.
 */
import type { JsonValue } from '@netra/core';
import type { Database } from 'better-sqlite3';

export interface ModelWrites {
  readonly clearRows: (projection: string) => void;
  readonly putRow: (projection: string, streamId: string, row: JsonValue) => void;
  readonly dropRow: (projection: string, streamId: string) => void;
  readonly checkpoint: (projection: string, position: number, version: number) => void;
}

export const prepareModelWrites = (db: Database): ModelWrites => {
  const clear = db.prepare<[string]>('DELETE FROM netra_projection_rows WHERE projection = ?');
  const put = db.prepare<[string, string, string]>(
    `INSERT INTO netra_projection_rows (projection, stream_id, row) VALUES (?, ?, ?)
     ON CONFLICT (projection, stream_id) DO UPDATE SET row = excluded.row`,
  );
  const drop = db.prepare<[string, string]>(
    'DELETE FROM netra_projection_rows WHERE projection = ? AND stream_id = ?',
  );
  const upsert = db.prepare<[string, number, number, string]>(
    `INSERT INTO netra_checkpoints (name, position, model_version, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET position = excluded.position,
       model_version = excluded.model_version, updated_at = excluded.updated_at`,
  );
  return {
    clearRows: (projection) => clear.run(projection),
    putRow: (projection, streamId, row) => put.run(projection, streamId, JSON.stringify(row)),
    dropRow: (projection, streamId) => drop.run(projection, streamId),
    checkpoint: (projection, position, version) =>
      upsert.run(projection, position, version, new Date().toISOString()),
  };
};

/** A stored row that is not JSON: the read model must be rebuilt from the log. */
export class UnreadableModelRow extends Error {
  constructor(readonly streamId: string) {
    super(`the stored row of '${streamId}' is not JSON`);
    this.name = 'UnreadableModelRow';
  }
}

/** Reads a projection's stored rows; throws {@link UnreadableModelRow} for one that is not JSON. */
export const prepareModelRows = (db: Database) => {
  const select = db.prepare<[string], { stream_id: string; row: string }>(
    'SELECT stream_id, row FROM netra_projection_rows WHERE projection = ?',
  );
  return (projection: string): (readonly [string, JsonValue])[] => {
    const rows: (readonly [string, JsonValue])[] = [];
    for (const stored of select.iterate(projection)) {
      try {
        rows.push([stored.stream_id, JSON.parse(stored.row) as JsonValue]);
      } catch {
        throw new UnreadableModelRow(stored.stream_id);
      }
    }
    return rows;
  };
};
