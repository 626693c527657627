import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { CommitFault, DriverFault } from './driver-fault.js';

/** One query on a checked-out client; driver errors come out as {@link DriverFault}. */
export interface Sql {
  <Row extends QueryResultRow = Record<string, unknown>>(
    text: string,
    values?: readonly unknown[],
    /** Run as a named prepared statement: planned once per connection, for the hot paths. */
    prepared?: boolean,
  ): Promise<Row[]>;
  /**
   * The same query answering each row as an array of its column values, in the order the
   * SELECT names them (the driver's `rowMode: 'array'`): no object with named properties is
   * built per row, for the reads that decode every event.
   */
  arrays(text: string, values?: readonly unknown[], prepared?: boolean): Promise<unknown[][]>;
}

const statementNames = new Map<string, string>();

/** A name per statement text and row mode, the same in every connection (node-postgres prepares it once each). */
const statementName = (text: string, arrays: boolean): string => {
  const key = arrays ? `[]${text}` : text;
  let name = statementNames.get(key);
  if (name === undefined) {
    name = `netra_${statementNames.size + 1}`;
    statementNames.set(key, name);
  }
  return name;
};

const sqlOn = (client: PoolClient): Sql => {
  const run = async (
    text: string,
    values: readonly unknown[] | undefined,
    prepared: boolean | undefined,
    arrays: boolean,
  ): Promise<unknown[]> => {
    try {
      const config = {
        text,
        values: values as unknown[] | undefined,
        ...(prepared === true ? { name: statementName(text, arrays) } : {}),
        ...(arrays ? { rowMode: 'array' as const } : {}),
      };
      const result = await client.query(config);
      return result.rows;
    } catch (error) {
      throw new DriverFault(error);
    }
  };
  const sql = (<Row extends QueryResultRow>(
    text: string,
    values?: readonly unknown[],
    prepared?: boolean,
  ) => run(text, values, prepared, false) as Promise<Row[]>) as Sql;
  sql.arrays = (text, values, prepared) =>
    run(text, values, prepared, true) as Promise<unknown[][]>;
  return sql;
};

/**
 * Runs `body` on a client of `pool` and gives it back. While the client is out it has an
 * 'error' listener of ours: node-postgres emits 'error' on a checked-out client whose socket
 * dies (a terminated backend, a server stopped), and an unheard 'error' event would crash the
 * process. A client that failed that way, or whose state we cannot vouch for, is handed back
 * with the error so that the pool destroys it instead of lending it out again.
 */
export const withClient = async <A>(
  pool: Pool,
  body: (sql: Sql, client: PoolClient) => Promise<A>,
  onFault?: (sql: Sql) => Promise<void>,
): Promise<A> => {
  let client: PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw new DriverFault(error);
  }
  let broken: unknown;
  const onError = (error: unknown): void => {
    broken = error;
  };
  client.on('error', onError);
  const sql = sqlOn(client);
  try {
    return await body(sql, client);
  } catch (error) {
    if (broken === undefined && onFault !== undefined) {
      try {
        await onFault(sql);
      } catch (cleanup) {
        broken = cleanup;
      }
    }
    throw error;
  } finally {
    client.off('error', onError);
    client.release(broken === undefined ? undefined : toError(broken));
  }
};

const toError = (value: unknown): Error =>
  value instanceof Error ? value : new Error(String(value));

/**
 * Runs `body` in a transaction (READ COMMITTED, PostgreSQL's default). It commits when `commit`
 * says so of the result, and rolls back otherwise and on any throw: a refused append (a
 * `Left`) writes nothing, not even the lock it took.
 */
export const inTransaction = <A>(
  pool: Pool,
  body: (sql: Sql, client: PoolClient) => Promise<A>,
  commit: (result: A) => boolean,
  begin = 'BEGIN',
): Promise<A> =>
  withClient(
    pool,
    async (sql, client) => {
      await sql(begin);
      const result = await body(sql, client);
      if (!commit(result)) {
        await sql('ROLLBACK');
        return result;
      }
      try {
        await sql('COMMIT');
      } catch (error) {
        throw error instanceof DriverFault ? new CommitFault(error.fault) : error;
      }
      return result;
    },
    async (sql) => {
      await sql('ROLLBACK');
    },
  );
