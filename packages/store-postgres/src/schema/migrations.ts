import type { Tables } from '../tables.js';
import { appendFunction } from './append-function.js';

/**
 * The store's schema as an append-only list of migrations. A migration once released is never
 * edited: a change is a new migration with the next version. Each applied migration is recorded
 * in `netra_migrations` inside the transaction that runs its DDL (PostgreSQL's DDL is
 * transactional), so a database is always exactly at one recorded version.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: (t: Tables) => string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'event log, stream heads, checkpoints, stored read models',
    sql: (t) => `
      -- The global log. position comes from an identity sequence; appends draw it while they
      -- hold the schema's append lock, so positions become visible in increasing order (see
      -- append.ts). data and metadata are TEXT, not jsonb: they hold the exact RFC 8785 text the
      -- hash covers, and jsonb would rewrite those bytes (key order, number spelling).
      -- (stream_id, stream_version) is unique: the database itself refuses a duplicate version.
      CREATE TABLE ${t.events} (
        position       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        stream_id      TEXT COLLATE "C" NOT NULL,
        stream_version INTEGER NOT NULL CHECK (stream_version >= 1),
        event_id       TEXT NOT NULL,
        type           TEXT NOT NULL,
        schema_version BIGINT NOT NULL,
        data           TEXT NOT NULL,
        metadata       TEXT NOT NULL,
        hash           TEXT NOT NULL,
        UNIQUE (stream_id, stream_version)
      );

      -- One row per stream: its version and head hash, written in the append's transaction.
      -- COLLATE "C" compares bytes: for the ASCII stream ids the store accepts that is the
      -- UTF-16 order listStreamHeads promises, whatever the database's default collation.
      CREATE TABLE ${t.streams} (
        stream_id TEXT COLLATE "C" PRIMARY KEY,
        version   INTEGER NOT NULL CHECK (version >= 1),
        head_hash TEXT NOT NULL
      );

      -- Projection checkpoints; model_version is set when a read model's rows are stored too.
      CREATE TABLE ${t.checkpoints} (
        name          TEXT PRIMARY KEY,
        position      BIGINT NOT NULL CHECK (position >= 0),
        model_version BIGINT CHECK (model_version IS NULL OR model_version >= 0),
        updated_at    TIMESTAMPTZ NOT NULL DEFAULT now()
      );

      -- A projection's read model: one JSON row per stream, written in the same transaction as
      -- the checkpoint it agrees with.
      CREATE TABLE ${t.projectionRows} (
        projection TEXT NOT NULL,
        stream_id  TEXT NOT NULL,
        row        TEXT NOT NULL,
        PRIMARY KEY (projection, stream_id)
      );
    `,
  },
  {
    version: 2,
    name: 'netra_append: a conditional append in one statement',
    sql: (t) => appendFunction(t),
  },
];

/** The schema version this code writes; a database recording a higher one is refused. */
export const POSTGRES_SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;
