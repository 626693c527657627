import type { Database } from 'better-sqlite3';
import type { Classification } from './classify.js';
import { classify } from './classify.js';
import {
  MIGRATIONS,
  NETRA_APPLICATION_ID,
  NETRA_FORMAT,
  SQLITE_SCHEMA_VERSION,
} from './migrations.js';

/**
 * Brings an empty or older netra database to the current schema in one write transaction
 * (BEGIN IMMEDIATE), classifying again under the lock: another process may have created or
 * migrated the file since we looked, and two openers of a fresh file must not both create it.
 * Anything that is not empty or an older netra store is returned untouched.
 */
export const migrate = (db: Database, owned: boolean, now: () => Date): Classification =>
  db
    .transaction((): Classification => {
      const state = classify(db, owned);
      if (state.kind !== 'empty' && state.kind !== 'netra') return state;
      const from = state.kind === 'empty' ? 0 : state.version;
      const appliedAt = now().toISOString();
      if (from === 0 && owned) db.pragma(`application_id = ${NETRA_APPLICATION_ID}`);
      for (const migration of MIGRATIONS.filter((m) => m.version > from)) {
        db.exec(migration.sql);
        db.prepare('INSERT INTO netra_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          migration.version,
          migration.name,
          appliedAt,
        );
      }
      if (from === 0) {
        const meta = db.prepare('INSERT INTO netra_meta (key, value) VALUES (?, ?)');
        meta.run('format', NETRA_FORMAT);
        meta.run('created_at', appliedAt);
      }
      return { kind: 'netra', version: SQLITE_SCHEMA_VERSION };
    })
    .immediate();
