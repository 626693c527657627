/*
 * Every test file of this package runs against the real PostgreSQL at NETRA_PG_URL (default
 * postgres://postgres@127.0.0.1:5432/test), each in schemas of its own that it drops after.
 * Without a reachable server the files skip, saying why on the console; with NETRA_REQUIRE_PG=1
 * (CI) they fail instead, so a missing database can never pass as green.
 */
import { randomBytes } from 'node:crypto';
import type { Either } from 'fp-ts/lib/Either.js';
import pg from 'pg';
import { describe, it } from 'vitest';

export const PG_URL = process.env.NETRA_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const probe = async (): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => {});
  }
};

/** Why PostgreSQL cannot be used, or undefined when it can. */
export const unavailable: string | undefined = await probe();

/** `describe` when PostgreSQL answers; a visible skip (or, under NETRA_REQUIRE_PG=1, a failure) when not. */
export const describePg = (name: string, body: () => void): void => {
  if (unavailable === undefined) {
    describe(name, body);
    return;
  }
  if (process.env.NETRA_REQUIRE_PG === '1') {
    describe(name, () => {
      it('needs PostgreSQL (NETRA_REQUIRE_PG=1)', () => {
        throw new Error(`PostgreSQL at ${PG_URL} is unreachable: ${unavailable}`);
      });
    });
    return;
  }
  console.warn(
    `[store-postgres] SKIPPED "${name}": PostgreSQL at ${PG_URL} is unreachable (${unavailable}). Set NETRA_PG_URL, or NETRA_REQUIRE_PG=1 to fail instead.`,
  );
  // Skipped only because no server answers (said above, with the reason); CI sets
  // NETRA_REQUIRE_PG=1, where the same situation is the failing test of the branch above.
  describe.skip(name, body);
};

/** A schema name no other test uses. */
export const freshSchema = (prefix = 't'): string =>
  `netra_${prefix}_${randomBytes(6).toString('hex')}`;

/**
 * Pools made for a test file, ended and their schemas dropped by `cleanup`. Every pool gets an
 * 'error' listener, as an application's must: an idle client whose server went away is
 * reported there, and an unheard 'error' event would end the test process.
 */
export const testDatabase = () => {
  const pools: pg.Pool[] = [];
  const schemas = new Set<string>();
  const pool = (config: pg.PoolConfig = {}): pg.Pool => {
    const made = new pg.Pool({ connectionString: PG_URL, max: 10, ...config });
    made.on('error', () => {});
    pools.push(made);
    return made;
  };
  return {
    pool,
    schema: (prefix?: string): string => {
      const name = freshSchema(prefix);
      schemas.add(name);
      return name;
    },
    /** Runs SQL as a separate session (an operator, or an intruder). */
    async admin<R extends pg.QueryResultRow = pg.QueryResultRow>(
      text: string,
      values?: unknown[],
    ): Promise<R[]> {
      const client = new pg.Client({ connectionString: PG_URL });
      client.on('error', () => {});
      await client.connect();
      try {
        return (await client.query<R>(text, values)).rows;
      } finally {
        await client.end();
      }
    },
    async cleanup(): Promise<void> {
      if (unavailable !== undefined) return;
      const client = new pg.Client({ connectionString: PG_URL });
      client.on('error', () => {});
      await client.connect();
      // A failed test may leave a transaction open on a schema: give up on that one after a
      // while (saying so) rather than hang, and drop the others.
      await client.query("SET lock_timeout = '10s'");
      try {
        for (const name of schemas) {
          try {
            await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
          } catch (error) {
            console.warn(`[store-postgres] could not drop schema ${name}: ${String(error)}`);
          }
        }
      } finally {
        await client.end();
      }
      await Promise.all(pools.map((p) => p.end().catch(() => {})));
    },
  };
};

export const rightOrThrow = <A>(result: Either<{ readonly message: string }, A>): A => {
  if (result._tag === 'Left') throw new Error(result.left.message);
  return result.right;
};

export const leftOrThrow = <L>(result: Either<L, unknown>): L => {
  if (result._tag === 'Right') throw new Error('expected a refusal, but the operation succeeded');
  return result.left;
};

export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
