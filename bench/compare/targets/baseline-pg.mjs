/**
 * Baseline without a library on PostgreSQL: raw `pg`, one table, a unique (stream, version)
 * constraint as the whole of optimistic concurrency (an insert at a version someone else took
 * fails with 23505). One statement per read and per append, autocommit; W2 is one multi-row
 * INSERT (atomic); W4 reads the table in global_position order, 1000 rows a page.
 */
import pg from 'pg';
import {
  checkFolded,
  commandOf,
  decideStep,
  evolve,
  initialState,
  openPerAgencyFold,
} from '../data.mjs';

export const describeStore = () => ({ implementation: 'baseline (raw pg)', store: 'PostgreSQL' });

const UNIQUE_VIOLATION = '23505';

export const open = async (ctx) => {
  const pool = new pg.Pool({ connectionString: ctx.connectionString, max: 20 });
  await pool.query(`CREATE TABLE events (
    global_position bigserial PRIMARY KEY,
    stream_id text NOT NULL,
    version integer NOT NULL,
    type text NOT NULL,
    data jsonb NOT NULL,
    UNIQUE (stream_id, version)
  )`);

  const read = async (streamId) =>
    (
      await pool.query({
        name: 'read',
        text: 'SELECT type, data FROM events WHERE stream_id = $1 ORDER BY version',
        values: [streamId],
      })
    ).rows;
  const load = async (streamId) => {
    const rows = await read(streamId);
    let state = initialState();
    for (const row of rows) state = evolve(state, row);
    return { state, version: rows.length };
  };
  /** Inserts one event at `version`; false if that version is taken. */
  const insert = async (streamId, version, event) => {
    try {
      await pool.query({
        name: 'insert',
        text: 'INSERT INTO events (stream_id, version, type, data) VALUES ($1, $2, $3, $4)',
        values: [streamId, version, event.type, JSON.stringify(event.data)],
      });
      return true;
    } catch (error) {
      if (error.code === UNIQUE_VIOLATION) return false;
      throw error;
    }
  };

  return {
    async w1(cases, steps) {
      let events = 0;
      for (let step = 0; step < steps; step++) {
        for (const kase of cases) {
          const { state, version } = await load(kase.id);
          const decided = decideStep(commandOf(kase, step), state);
          if (typeof decided === 'string') throw new Error(decided);
          if (!(await insert(kase.id, version + 1, decided[0]))) throw new Error('W1 conflict');
          events++;
        }
      }
      return events;
    },
    async w2(cases) {
      let events = 0;
      for (const kase of cases) {
        const values = [];
        const rows = kase.events.map((e, i) => {
          values.push(kase.id, i + 1, e.type, JSON.stringify(e.data));
          const p = i * 4;
          return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4})`;
        });
        await pool.query({
          name: `bulk-${rows.length}`,
          text: `INSERT INTO events (stream_id, version, type, data) VALUES ${rows.join(', ')}`,
          values,
        });
        events += rows.length;
      }
      return events;
    },
    async w3(cases) {
      let events = 0;
      for (const kase of cases) {
        const { state, version } = await load(kase.id);
        if (!checkFolded(kase, state)) throw new Error(`W3: ${kase.id} folded wrong`);
        events += version;
      }
      return events;
    },
    async w4() {
      const fold = openPerAgencyFold();
      let events = 0;
      let after = 0;
      for (;;) {
        const { rows } = await pool.query({
          name: 'page',
          text: 'SELECT global_position, stream_id, type, data FROM events WHERE global_position > $1 ORDER BY global_position LIMIT 1000',
          values: [after],
        });
        if (rows.length === 0) break;
        for (const row of rows) fold.apply(row.stream_id, row.type, row.data);
        events += rows.length;
        after = rows[rows.length - 1].global_position;
      }
      return { counts: fold.result(), events };
    },
    async w5({ existing, fresh, racers }) {
      if (!(await insert(existing.id, 1, existing.events[0]))) throw new Error('W5 setup');
      // Each racer checks out its own connection first, then all insert at once.
      const race = async (streamId, version, event) => {
        const clients = await Promise.all(Array.from({ length: racers }, () => pool.connect()));
        try {
          const answers = await Promise.all(
            clients.map((client) =>
              client
                .query(
                  'INSERT INTO events (stream_id, version, type, data) VALUES ($1, $2, $3, $4)',
                  [streamId, version, event.type, JSON.stringify(event.data)],
                )
                .then(
                  () => true,
                  (error) => {
                    if (error.code === UNIQUE_VIOLATION) return false;
                    throw error;
                  },
                ),
            ),
          );
          return answers.filter(Boolean).length;
        } finally {
          for (const client of clients) client.release();
        }
      };
      const version = await race(existing.id, 2, existing.events[1]);
      const creator = await race(fresh.id, 1, fresh.events[0]);
      return { version, creator, refusals: ['unique violation 23505'] };
    },
    close: () => pool.end(),
  };
};
