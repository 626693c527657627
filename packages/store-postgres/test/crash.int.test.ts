import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPostgresEventStore } from '../src/index.js';
import { tablesIn } from '../src/tables.js';
import { checkLog } from './support/check-log.js';
import { bundleChild } from './support/child-bundle.js';
import { describePg, PG_URL, rightOrThrow, sleep, testDatabase } from './support/pg.js';
import type { Ack } from './support/run-child.js';
import { runAppender } from './support/run-child.js';

const ROUNDS = 6;
const BATCH_SIZE = 5;
const APP = 'netra-crash-writer';

const db = testDatabase();
let child: ReturnType<typeof bundleChild> | undefined;
beforeAll(() => {
  child = bundleChild('../children/appender.ts', 'crash');
});
afterAll(async () => {
  child?.cleanup();
  await db.cleanup();
});

/** One session of its own for watching the writer: quick to ask, many times a round. */
let watcher: pg.Client | undefined;
afterAll(async () => {
  await watcher?.end();
});

/** The writer's sessions, by state: which is inside the INSERT, which are still there at all. */
const sessions = async (where: string): Promise<unknown[]> => {
  if (watcher === undefined) {
    watcher = new pg.Client({ connectionString: PG_URL });
    watcher.on('error', () => {});
    await watcher.connect();
  }
  const result = await watcher.query(
    `SELECT pid FROM pg_stat_activity WHERE application_name = $1 ${where}`,
    [APP],
  );
  return result.rows;
};

describePg('a writer process killed mid-append', () => {
  it(`SIGKILL while a ${BATCH_SIZE}-event append is inside its statement, ${ROUNDS} times: no partial append, every acknowledged one whole, every chain verifies`, async () => {
    const schema = db.schema('crash');
    const store = rightOrThrow(await openPostgresEventStore({ pool: db.pool({ max: 2 }), schema }));
    // Every INSERT into the log lingers half a second inside its transaction (after its rows are
    // written, before COMMIT can be sent), so a kill lands mid-append, not between appends.
    const t = tablesIn(schema);
    await db.admin(`CREATE FUNCTION "${schema}".linger() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN PERFORM pg_sleep(0.5); RETURN NULL; END $$`);
    await db.admin(`CREATE TRIGGER linger AFTER INSERT ON ${t.events}
      FOR EACH STATEMENT EXECUTE FUNCTION "${schema}".linger()`);

    const acks: Ack[] = [];
    let killedInside = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const writer = runAppender(child?.script as string, {
        url: PG_URL,
        schema,
        tag: `r${round}`,
        streams: ['crash-a', 'crash-b', 'crash-c'],
        batchSize: BATCH_SIZE,
        appends: null,
        waitForGo: false,
        sessionOptions: `-c application_name=${APP}`,
      });
      await writer.ready;
      // Let it append at least once (and a random while more), then catch it inside an INSERT.
      for (let i = 0; i < 1_000 && writer.acks.length === 0; i++) await sleep(10);
      await sleep(Math.floor(Math.random() * 300));
      for (let i = 0; i < 200; i++) {
        if ((await sessions("AND wait_event = 'PgSleep'")).length > 0) break;
        await sleep(5);
      }
      writer.process.kill('SIGKILL');
      // Still lingering after the kill: the append in flight was inside its transaction.
      const inside = (await sessions("AND wait_event = 'PgSleep'")).length > 0;
      const { signal } = await writer.exited;
      // The batch in flight is the one after the last acknowledged (every ack is read by now).
      const inFlight = `r${round}-${writer.acks.length}`;
      expect(signal, `round ${round}: ${writer.stderr()}`).toBe('SIGKILL');
      acks.push(...writer.acks);
      // The server ends the orphaned sessions (rolling back) once their statement returns.
      for (let i = 0; i < 200 && (await sessions('')).length > 0; i++) await sleep(10);
      expect(await sessions('')).toEqual([]);
      await checkLog(store, db.admin, acks, BATCH_SIZE);
      if (inside) {
        killedInside++;
        // An append is one statement (netra_append) that commits on its own: the server
        // finishes it even though its client is gone, so the batch in flight is either not in
        // the log or in it whole, never in part (checkLog has checked that it is contiguous).
        const batches = rightOrThrow(await store.readAll({ limit: 10_000 })).map(
          (e) => (e.data as { batch: string }).batch,
        );
        const landed = batches.filter((batch) => batch === inFlight).length;
        expect([0, BATCH_SIZE], `round ${round}`).toContain(landed);
      }
    }
    expect(killedInside).toBeGreaterThanOrEqual(ROUNDS - 2);
    expect(acks.length).toBeGreaterThanOrEqual(ROUNDS);
    await store.close();
  }, 120_000);
});
