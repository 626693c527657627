/**
 * The store's schema, as an append-only list of migrations. A migration once released is never
 * edited: a change is a new migration with the next version. Each applied migration is recorded
 * in `netra_migrations` (version, name, applied_at), inside the same transaction as its DDL.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  /** The tables this migration creates: a database at this version must have all of them. */
  readonly tables: readonly string[];
  readonly sql: string;
}

/** 'netr' in ASCII: SQLite's header field that tells tools which application a file belongs to. */
export const NETRA_APPLICATION_ID = 0x6e657472;

/** The value of `netra_meta.format`: tells a netra store from a foreign table that took the name. */
export const NETRA_FORMAT = 'netra-event-store';

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'event log, streams, checkpoints',
    tables: [
      'netra_meta',
      'netra_migrations',
      'netra_events',
      'netra_streams',
      'netra_checkpoints',
    ],
    sql: `
      CREATE TABLE netra_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE netra_migrations (
        version    INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;

      -- The global log. AUTOINCREMENT: a position once handed out is never reused, even if rows
      -- are deleted by hand, so a projection's checkpoint can never point at a different event.
      -- (stream_id, stream_version) is unique: the database itself refuses a duplicate version.
      CREATE TABLE netra_events (
        position       INTEGER PRIMARY KEY AUTOINCREMENT,
        stream_id      TEXT NOT NULL,
        stream_version INTEGER NOT NULL CHECK (stream_version >= 1),
        event_id       TEXT NOT NULL,
        type           TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        data           TEXT NOT NULL,
        metadata       TEXT NOT NULL,
        hash           TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
      ) STRICT;

      -- One row per stream: its current version and head hash, written in the append's
      -- transaction. The expected-version check reads it, and a reader can list streams
      -- without scanning the log.
      CREATE TABLE netra_streams (
        stream_id TEXT PRIMARY KEY,
        version   INTEGER NOT NULL CHECK (version >= 1),
        head_hash TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;

      -- Projection checkpoints: the last global position a named consumer has processed.
      CREATE TABLE netra_checkpoints (
        name       TEXT PRIMARY KEY,
        position   INTEGER NOT NULL CHECK (position >= 0),
        updated_at TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
    `,
  },
  {
    version: 2,
    name: 'stored read models beside their checkpoints',
    tables: ['netra_projection_rows'],
    sql: `
      -- The version of the projection whose rows are stored with this checkpoint; NULL for a
      -- bare checkpoint (a consumer that keeps only its position).
      ALTER TABLE netra_checkpoints ADD COLUMN model_version INTEGER
        CHECK (model_version IS NULL OR model_version >= 0);

      -- A projection's read model: one JSON row per stream, written in the same transaction as
      -- the checkpoint it is consistent with.
      CREATE TABLE netra_projection_rows (
        projection TEXT NOT NULL,
        stream_id  TEXT NOT NULL,
        row        TEXT NOT NULL,
        PRIMARY KEY (projection, stream_id)
      ) STRICT;
    `,
  },
];

/** The schema version this code writes; a database recording a higher one is refused, never downgraded. */
export const SQLITE_SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

/** The tables a database at `version` must have. */
export const tablesAt = (version: number): readonly string[] =>
  MIGRATIONS.filter((m) => m.version <= version).flatMap((m) => m.tables);
