import type { ReadModel } from '@netra/core';
import { createInMemoryCheckpointStore, projectEvents, runProjection } from '@netra/core';
import type { TallyRow } from '@netra/testing';
import { modelPicture, tallyProjection } from '@netra/testing';
import { either as E } from 'fp-ts';
import { afterAll, expect, it } from 'vitest';
import type { PostgresEventStore } from '../src/index.js';
import { openPostgresEventStore } from '../src/index.js';
import { eventWith } from './support/events.js';
import { describePg, rightOrThrow, testDatabase } from './support/pg.js';

const db = testDatabase();
afterAll(() => db.cleanup());

const open = async (schema: string, projections = [tallyProjection]): Promise<PostgresEventStore> =>
  rightOrThrow(
    await openPostgresEventStore({
      pool: db.pool({ max: 4 }),
      schema,
      inlineProjections: projections,
    }),
  );

const picture = (model: ReadModel) => modelPicture(tallyProjection, model as ReadModel<TallyRow>);

/** The model a pure fold of the whole log gives: what every inline model must equal. */
const folded = async (store: PostgresEventStore) => {
  const all = rightOrThrow(await store.readAll({ limit: 10_000 }));
  return picture(rightOrThrow(projectEvents(tallyProjection, all)));
};

const appendN = async (store: PostgresEventStore, streamId: string, ns: readonly number[]) =>
  rightOrThrow(
    await store.append(
      streamId,
      ns.map((n) => eventWith({ n })),
      { expectedVersion: 'any' },
    ),
  );

describePg('inline projections (postgres): applied in the append transaction', () => {
  it('the read model never lags the log: after each append it equals a fold of the whole log', async () => {
    const store = await open(db.schema('inline'));
    for (let i = 0; i < 12; i++) {
      await appendN(store, `tps-${i % 4}`, [i, i + 1]);
      expect(picture(rightOrThrow(await store.readModel('tally')))).toEqual(await folded(store));
    }
    const model = rightOrThrow(await store.readModel('tally'));
    expect(model.total('events')).toBe(24);
    expect(model.total('streams')).toBe(4);
    const stored = rightOrThrow(await store.checkpoints.loadProjection('tally'));
    expect(stored?.position).toBe(rightOrThrow(await store.readHeadPosition()));
    expect(new Map(stored?.rows)).toEqual(new Map(model.rows()));
    await store.close();
  });

  it('concurrent appends through one store: the model and the stored rows still equal the fold', async () => {
    const store = await open(db.schema('inline_conc'));
    await Promise.all(
      Array.from({ length: 6 }, async (_, w) => {
        for (let i = 0; i < 5; i++) await appendN(store, `tps-${(w + i) % 3}`, [w * 10 + i]);
      }),
    );
    const whole = await folded(store);
    expect(picture(rightOrThrow(await store.readModel('tally')))).toEqual(whole);
    const stored = rightOrThrow(await store.checkpoints.loadProjection('tally'));
    expect(stored?.position).toBe(whole.position);
    expect(new Map(stored?.rows)).toEqual(
      new Map(rightOrThrow(await store.readModel('tally')).rows()),
    );
    await store.close();
  });

  it('a projection that cannot apply an appended event rolls the whole append back', async () => {
    const store = await open(db.schema('inline_fault'));
    await appendN(store, 'tps-1', [1, 2]);
    const before = picture(rightOrThrow(await store.readModel('tally')));
    const result = await store.append(
      'tps-2',
      [eventWith({ n: 5 }), eventWith({ n: 6 }, 'Refused'), eventWith({ n: 7 })],
      { expectedVersion: 'no_stream' },
    );
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          code: 'PROJECTION_STOPPED',
          projection: 'tally',
          streamId: 'tps-2',
          streamVersion: 2,
        }),
      ),
    );
    expect(rightOrThrow(await store.readStream('tps-2'))).toEqual([]);
    expect(rightOrThrow(await store.readStreamHead('tps-2'))).toBeNull();
    expect(picture(rightOrThrow(await store.readModel('tally')))).toEqual(before);
    expect(rightOrThrow(await store.checkpoints.loadProjection('tally'))?.position).toBe(
      before.position,
    );
    await appendN(store, 'tps-2', [5]);
    expect(picture(rightOrThrow(await store.readModel('tally')))).toEqual(await folded(store));
    await store.close();
  });

  it('two processes on one schema: each model takes in the events the other appended', async () => {
    const schema = db.schema('inline_two');
    const a = await open(schema);
    const b = await open(schema);
    for (let i = 0; i < 10; i++) await appendN(i % 2 === 0 ? a : b, `tps-${i % 3}`, [i]);
    const whole = await folded(a);
    expect(picture(rightOrThrow(await a.readModel('tally')))).toEqual(whole);
    expect(picture(rightOrThrow(await b.readModel('tally')))).toEqual(whole);
    const stored = rightOrThrow(await a.checkpoints.loadProjection('tally'));
    expect(new Map(stored?.rows)).toEqual(new Map(rightOrThrow(await a.readModel('tally')).rows()));
    await a.close();
    await b.close();
  });

  it('reopened, it loads its stored rows; a new projection version rebuilds them from the log', async () => {
    const schema = db.schema('inline_reopen');
    const first = await open(schema);
    for (let i = 0; i < 6; i++) await appendN(first, `tps-${i % 2}`, [i]);
    const whole = await folded(first);
    await first.close();
    const plain = await open(schema, []);
    await appendN(plain, 'tps-9', [100]);
    await plain.close();
    const second = await open(schema);
    const model = rightOrThrow(await second.readModel('tally'));
    expect(picture(model)).toEqual(await folded(second));
    expect(model.row('tps-9')).toEqual({ sum: 100, events: 1 });
    expect(whole.position).toBeLessThan(model.position);
    await second.close();
    const third = await open(schema, [{ ...tallyProjection, version: 2 }]);
    await appendN(third, 'tps-0', [1]);
    expect(rightOrThrow(await third.checkpoints.loadProjection('tally'))?.version).toBe(2);
    expect(picture(rightOrThrow(await third.readModel('tally')))).toEqual(await folded(third));
    await third.close();
  });

  it('the inline model equals a rebuild from zero by the runner; an unknown name is a programmer error', async () => {
    const store = await open(db.schema('inline_rebuild'));
    for (let i = 0; i < 30; i++) await appendN(store, `tps-${(i * 7) % 5}`, [i, 2 * i]);
    const rebuilt = rightOrThrow(
      await runProjection({
        store,
        checkpoints: createInMemoryCheckpointStore(),
        projection: tallyProjection,
        batchSize: 8,
      }),
    );
    expect(picture(rebuilt.model)).toEqual(picture(rightOrThrow(await store.readModel('tally'))));
    await expect(store.readModel('sanctions')).rejects.toThrow(/no inline projection 'sanctions'/);
    await store.close();
  });
});
