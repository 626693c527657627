import type { Pool, PoolClient, QueryResultRow } from 'pg';
import { CommitFault, DriverFault } from './driver-fault.js';

/** One query on a checked-out client; driver errors come out as {@link DriverFault}. */
export type Sql = <Row extends QueryResultRow = Record<string, unknown>>(
  text: string,
  values?: readonly unknown[],
  /** Run as a named prepared statement: planned once per connection, for the hot paths. */
  prepared?: boolean,
) => Promise<Row[]>;

const statementNames = new Map<string, string>();

/** A name per statement text, the same in every connection (node-postgres prepares it once each). */
const statementName = (text: string): string => {
  let name = statementNames.get(text);
  if (name === undefined) {
    name = `netra_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
};

const sqlOn =
  (client: PoolClient): Sql =>
  async <Row extends QueryResultRow>(
    text: string,
    values?: readonly unknown[],
    prepared?: boolean,
  ) => {
    try {
      const result =
        prepared === true
          ? await client.query<Row>({
              name: statementName(text),
              text,
              values: values as unknown[] | undefined,
            })
          : await client.query<Row>(text, values as unknown[] | undefined);
      return result.rows;
    } catch (error) {
      throw new DriverFault(error);
    }
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
