import { either as E } from 'fp-ts';
import { afterAll, expect, it } from 'vitest';
import { openPostgresEventStore } from '../src/index.js';
import { eventWith } from './support/events.js';
import { describePg, rightOrThrow, testDatabase } from './support/pg.js';

const db = testDatabase();
afterAll(() => db.cleanup());

const CONTENDERS = 20;
const ROUNDS = 10;

describePg('"no stream" creators racing', () => {
  it(`${CONTENDERS} concurrent creators of one stream, on ${CONTENDERS} connections: exactly one wins, ${ROUNDS} rounds out of ${ROUNDS}`, async () => {
    // One pool with a connection per contender: the appends really run side by side in the
    // server (Emmett's PostgreSQL store lets several 'no stream' appends win here).
    const pool = db.pool({ max: CONTENDERS + 2 });
    const store = rightOrThrow(await openPostgresEventStore({ pool, schema: db.schema('race') }));
    for (let round = 0; round < ROUNDS; round++) {
      const streamId = `case-race-${round}`;
      const results = await Promise.all(
        Array.from({ length: CONTENDERS }, (_, i) =>
          store.append(streamId, [eventWith({ by: i }, 'Opened'), eventWith({ by: i })], {
            expectedVersion: 'no_stream',
          }),
        ),
      );
      const wins = results.flatMap((r) => (E.isRight(r) ? [r.right] : []));
      const conflicts = results.flatMap((r) =>
        E.isLeft(r) && r.left.code === 'WRONG_EXPECTED_VERSION' ? [r.left] : [],
      );
      expect(wins, `round ${round}`).toHaveLength(1);
      expect(conflicts, `round ${round}`).toHaveLength(CONTENDERS - 1);
      for (const conflict of conflicts) {
        expect(conflict).toMatchObject({ actual: 2, expected: 'no_stream', streamId });
      }
      // the stream holds the winner's two events: one batch, not a mix
      const stream = rightOrThrow(await store.readStream(streamId));
      expect(stream.map((e) => e.id)).toEqual(wins[0]?.events.map((e) => e.id));
      expect(stream.map((e) => e.streamVersion)).toEqual([1, 2]);
    }
    // the pool really opened a connection per contender
    expect(pool.totalCount).toBeGreaterThanOrEqual(CONTENDERS);
    await store.close();
  }, 60_000);
});
