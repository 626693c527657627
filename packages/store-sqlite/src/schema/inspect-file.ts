import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SqliteOpenError } from '../open-error.js';
import { sqliteOpenError } from '../open-error.js';
import { NETRA_APPLICATION_ID } from './migrations.js';

/** What an existing path is, judged before SQLite opens it for writing. */
export type FileInspection =
  | { readonly kind: 'absent-or-empty' }
  | { readonly kind: 'netra' }
  | { readonly kind: 'refused'; readonly error: SqliteOpenError };

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** The 100-byte file header, then the first bytes of page 1's b-tree header (the schema table). */
const HEAD_BYTES = 108;

const readHead = (path: string): Buffer => {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
};

const sizeOf = (path: string): number => (existsSync(path) ? statSync(path).size : 0);

/**
 * The table names of a foreign database, for the error message, read only where a read-only
 * connection creates no file: in rollback-journal mode, or in WAL mode when the -wal and -shm
 * files are already there. Otherwise, or if SQLite cannot read it, the message goes without.
 */
const foreignTables = (path: string, walMode: boolean): readonly string[] => {
  if (walMode && !(existsSync(`${path}-wal`) && existsSync(`${path}-shm`))) return [];
  try {
    const reader = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return reader
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .pluck()
        .all() as string[];
    } finally {
      reader.close();
    }
  } catch {
    return [];
  }
};

const listed = (names: readonly string[]): string =>
  names.length <= 5
    ? names.join(', ')
    : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;

/**
 * Reads the file's header with plain file I/O, so that a file that is not netra's is refused
 * without SQLite ever opening it for writing: a read-write connection writes even when only
 * reading (closing a WAL database checkpoints it into the main file), and even a read-only one
 * leaves -wal and -shm files behind. A netra store carries netra's application_id in its header
 * from its first write on (see open-store.ts), so the header alone tells.
 */
export const inspectFile = (path: string): FileInspection => {
  if (!existsSync(path)) return { kind: 'absent-or-empty' };
  const stat = statSync(path);
  if (!stat.isFile()) {
    return {
      kind: 'refused',
      error: sqliteOpenError('CANNOT_OPEN', path, 'it is not a regular file'),
    };
  }
  if (stat.size === 0) return { kind: 'absent-or-empty' };
  const head = readHead(path);
  if (head.length < 100 || !head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return {
      kind: 'refused',
      error: sqliteOpenError(
        'NOT_A_NETRA_DATABASE',
        path,
        'it is not a SQLite database (it does not start with the SQLite header)',
      ),
    };
  }
  const applicationId = head.readUInt32BE(68);
  if (applicationId === NETRA_APPLICATION_ID) return { kind: 'netra' };
  const hex = `0x${applicationId.toString(16).padStart(8, '0')}`;
  if (applicationId !== 0) {
    return {
      kind: 'refused',
      error: sqliteOpenError(
        'NOT_A_NETRA_DATABASE',
        path,
        `it is a SQLite database of another application (application_id ${hex})`,
      ),
    };
  }
  const pages = head.readUInt32BE(28);
  const schemaEntries = head.length >= 105 ? head.readUInt16BE(103) : -1;
  // An empty database (one page, no schema entries, nothing pending in a WAL) has nothing to lose.
  if (pages <= 1 && schemaEntries === 0 && sizeOf(`${path}-wal`) === 0)
    return { kind: 'absent-or-empty' };
  const tables = foreignTables(path, head[18] === 2);
  const own = tables.filter((name) => !name.startsWith('netra_'));
  const holds =
    tables.length === 0
      ? ''
      : tables.includes('netra_meta')
        ? `; it is an application's database with netra's tables beside its own (${listed(own)}): open it through the application's handle (the \`database\` option)`
        : `; it holds tables ${listed(tables)}`;
  return {
    kind: 'refused',
    error: sqliteOpenError(
      'NOT_A_NETRA_DATABASE',
      path,
      `it is a SQLite database without netra's marker (application_id ${hex}, not 0x${NETRA_APPLICATION_ID.toString(16)})${holds}`,
    ),
  };
};
