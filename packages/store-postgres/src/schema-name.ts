/**
 * The PostgreSQL schema the store keeps its tables in. It is interpolated into SQL (an
 * identifier cannot be a bind parameter), so it is checked against a strict pattern first and
 * then double-quoted everywhere: lower-case ASCII letters, digits and `_`, starting with a
 * letter or `_`, at most 48 characters (so that the notification channel derived from it stays
 * within PostgreSQL's 63-byte identifier limit). `pg_*` is reserved by PostgreSQL itself.
 */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,47}$/;

export const DEFAULT_SCHEMA = 'netra';

/** Why `name` cannot be a netra schema name, or undefined when it can. */
export const schemaNameProblem = (name: unknown): string | undefined => {
  if (typeof name !== 'string' || !SCHEMA_NAME.test(name)) {
    return `schema must be 1–48 characters of a–z, 0–9 and _, not starting with a digit, not ${JSON.stringify(name)}`;
  }
  if (name.startsWith('pg_') || name === 'information_schema') {
    return `schema '${name}' is reserved by PostgreSQL`;
  }
  return undefined;
};

/** A checked name as a quoted identifier. The check above already excludes `"`. */
export const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;
