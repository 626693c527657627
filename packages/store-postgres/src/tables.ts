import { quoteIdentifier } from './schema-name.js';

/** The qualified, quoted names of the store's tables in one schema, and its channel. */
export interface Tables {
  readonly schema: string;
  readonly events: string;
  readonly streams: string;
  readonly checkpoints: string;
  readonly projectionRows: string;
  readonly migrations: string;
  /** The LISTEN/NOTIFY channel appends announce themselves on (one per schema). */
  readonly channel: string;
}

/**
 * The tables keep the `netra_` prefix of the SQLite store even inside their own schema: an
 * operator recognises them, and a deployment that points `schema` at a shared one (`public`)
 * cannot collide with an application's own `events` table.
 */
export const tablesIn = (schema: string): Tables => {
  const q = quoteIdentifier(schema);
  return {
    schema,
    events: `${q}.netra_events`,
    streams: `${q}.netra_streams`,
    checkpoints: `${q}.netra_checkpoints`,
    projectionRows: `${q}.netra_projection_rows`,
    migrations: `${q}.netra_migrations`,
    channel: `netra_events_${schema}`,
  };
};
