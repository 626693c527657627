import { createHash } from 'node:crypto';

/**
 * A 64-bit advisory-lock key derived from a purpose and the schema name: the first eight bytes
 * of SHA-256, as a signed decimal string (PostgreSQL's `bigint`). Two netra schemas in one
 * database get different keys, so their writers never wait for each other; a collision with
 * another application's advisory locks is as likely as one of 64-bit hashes.
 */
const keyOf = (purpose: string, schema: string): string =>
  createHash('sha256')
    .update(`netra:${purpose}:${schema}`, 'utf8')
    .digest()
    .readBigInt64BE(0)
    .toString();

/**
 * Taken first by an append, for its whole transaction: one writer at a time per stream, while
 * it reads, verifies and checks the stream. Two streams whose keys collide only wait for each
 * other more than they need to.
 */
export const streamLockKey = (schema: string, streamId: string): string =>
  keyOf(`stream:${streamId}`, schema);

/** Taken by every append before it draws positions, until it commits: one at a time per schema. */
export const appendLockKey = (schema: string): string => keyOf('append', schema);

/** Held by a migration for its whole transaction: one migrator at a time per schema. */
export const migrationLockKey = (schema: string): string => keyOf('migrate', schema);
