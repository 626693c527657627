import type { Database } from 'better-sqlite3';
import {
  NETRA_APPLICATION_ID,
  NETRA_FORMAT,
  SQLITE_SCHEMA_VERSION,
  tablesAt,
} from './migrations.js';

/** What a database holds, found by reading only: classifying never writes. */
export type Classification =
  | { readonly kind: 'empty' }
  | { readonly kind: 'netra'; readonly version: number }
  | { readonly kind: 'newer'; readonly version: number }
  | { readonly kind: 'foreign'; readonly reason: string }
  | { readonly kind: 'corrupt'; readonly reason: string };

const hex = (n: number): string => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

const listed = (names: readonly string[]): string =>
  names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;

const classifyNetra = (db: Database, names: ReadonlySet<string>): Classification => {
  const format: unknown = db
    .prepare("SELECT value FROM netra_meta WHERE key = 'format'")
    .pluck()
    .get();
  if (format !== NETRA_FORMAT) {
    return {
      kind: 'foreign',
      reason: 'it has a table named netra_meta, but not one written by netra',
    };
  }
  if (!names.has('netra_migrations')) {
    return { kind: 'corrupt', reason: 'its migration record (table netra_migrations) is missing' };
  }
  const versions: unknown[] = db
    .prepare('SELECT version FROM netra_migrations ORDER BY version')
    .pluck()
    .all();
  // Migrations are applied in order, all-or-nothing with their records: the record is always 1..n.
  const broken = versions.findIndex((v, i) => v !== i + 1);
  if (versions.length === 0 || broken >= 0) {
    return {
      kind: 'corrupt',
      reason: `its migration record is damaged (versions ${versions.map(String).join(', ') || 'none'}; expected 1, 2, …)`,
    };
  }
  const version = versions.length;
  if (version > SQLITE_SCHEMA_VERSION) return { kind: 'newer', version };
  const missing = tablesAt(version).filter((table) => !names.has(table));
  if (missing.length > 0) {
    return {
      kind: 'corrupt',
      reason: `it records schema version ${version} but lacks table ${listed(missing)}`,
    };
  }
  return { kind: 'netra', version };
};

/**
 * Tells a netra store from an empty database and from anything else, reading only the header
 * and the schema. `owned` is true when the store opened the file itself: then any content that
 * is not netra's makes it foreign. On an application's own handle netra shares the database,
 * and only a clash with its `netra_*` names is refused.
 */
export const classify = (db: Database, owned: boolean): Classification => {
  const applicationId = Number(db.pragma('application_id', { simple: true }));
  const names = new Set<string>(
    db
      .prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[],
  );
  if (names.has('netra_meta')) return classifyNetra(db, names);
  // Nothing in it yet (netra's mark may already be set: a creation interrupted before its
  // first transaction): a store can be created here without losing anything.
  if (names.size === 0 && (applicationId === 0 || applicationId === NETRA_APPLICATION_ID))
    return { kind: 'empty' };
  if (applicationId === NETRA_APPLICATION_ID) {
    return {
      kind: 'corrupt',
      reason: 'it is marked as a netra store, but its table netra_meta is missing',
    };
  }
  if (owned) {
    const parts = [
      applicationId !== 0
        ? `it belongs to another application (application_id ${hex(applicationId)})`
        : '',
      names.size > 0 ? `it holds other tables (${listed([...names].sort())})` : '',
    ].filter(Boolean);
    return {
      kind: 'foreign',
      reason: `it is a SQLite database but not a netra store: ${parts.join(' and ')}`,
    };
  }
  const clash = [...names].filter((name) => name.startsWith('netra_')).sort();
  if (clash.length > 0) {
    return {
      kind: 'foreign',
      reason: `it has ${listed(clash)} without netra's metadata: the names are taken`,
    };
  }
  return { kind: 'empty' };
};
