import type { ReadModel } from '@netra/core';
import { createInMemoryCheckpointStore, projectEvents, runProjection } from '@netra/core';
import type { TallyRow } from '@netra/testing';
import { modelPicture, tallyProjection } from '@netra/testing';
import { either as E } from 'fp-ts';
import { afterAll, describe, expect, it } from 'vitest';
import type { SqliteEventStore } from '../src/index.js';
import { openSqliteEventStore } from '../src/index.js';
import { eventWith } from './support/events.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('inline');
afterAll(() => temp.cleanup());
let files = 0;

const open = (file: string, projections = [tallyProjection]): SqliteEventStore =>
  rightOrThrow(openSqliteEventStore({ file, inlineProjections: projections }));

const picture = (model: ReadModel) => modelPicture(tallyProjection, model as ReadModel<TallyRow>);

/** The model a pure fold of the whole log gives: what every inline model must equal. */
const folded = async (store: SqliteEventStore) => {
  const all = rightOrThrow(await store.readAll({ limit: 10_000 }));
  return picture(rightOrThrow(projectEvents(tallyProjection, all)));
};

const appendN = async (store: SqliteEventStore, streamId: string, ns: readonly number[]) =>
  rightOrThrow(
    await store.append(
      streamId,
      ns.map((n) => eventWith({ n })),
      { expectedVersion: 'any' },
    ),
  );

describe('inline projections (sqlite): applied in the append transaction', () => {
  it('the read model never lags the log: after each append it equals a fold of the whole log', async () => {
    const store = open(temp.file(`inline-${++files}.db`));
    try {
      for (let i = 0; i < 12; i++) {
        await appendN(store, `tps-${i % 4}`, [i, i + 1]);
        const model = rightOrThrow(await store.readModel('tally'));
        expect(picture(model)).toEqual(await folded(store));
      }
      const model = rightOrThrow(await store.readModel('tally'));
      expect(model.total('events')).toBe(24);
      expect(model.total('streams')).toBe(4);
      // Stored in the same file, at the log's head.
      const stored = rightOrThrow(await store.checkpoints.loadProjection('tally'));
      expect(stored?.position).toBe(rightOrThrow(await store.readHeadPosition()));
      expect(new Map(stored?.rows)).toEqual(new Map(model.rows()));
    } finally {
      await store.close();
    }
  });

  it('a projection that cannot apply an appended event rolls the whole append back', async () => {
    const store = open(temp.file(`inline-${++files}.db`));
    try {
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
            reason: 'UNKNOWN_EVENT_TYPE',
          }),
        ),
      );
      // Nothing of the batch was written: no events, no head, no rows, no checkpoint move.
      expect(rightOrThrow(await store.readStream('tps-2'))).toEqual([]);
      expect(rightOrThrow(await store.readStreamHead('tps-2'))).toBeNull();
      expect(picture(rightOrThrow(await store.readModel('tally')))).toEqual(before);
      expect(rightOrThrow(await store.checkpoints.loadProjection('tally'))?.position).toBe(
        before.position,
      );
      // The store goes on: the next good append is applied.
      await appendN(store, 'tps-2', [5]);
      expect(picture(rightOrThrow(await store.readModel('tally')))).toEqual(await folded(store));
    } finally {
      await store.close();
    }
  });

  it('two processes appending to one file: each model takes in the events the other appended', async () => {
    const file = temp.file(`inline-${++files}.db`);
    const a = open(file);
    const b = open(file);
    try {
      for (let i = 0; i < 10; i++) await appendN(i % 2 === 0 ? a : b, `tps-${i % 3}`, [i]);
      const whole = await folded(a);
      expect(picture(rightOrThrow(await a.readModel('tally')))).toEqual(whole);
      expect(picture(rightOrThrow(await b.readModel('tally')))).toEqual(whole);
      const stored = rightOrThrow(await a.checkpoints.loadProjection('tally'));
      expect(new Map(stored?.rows)).toEqual(
        new Map(rightOrThrow(await a.readModel('tally')).rows()),
      );
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('reopened, it loads its stored rows; a new projection version rebuilds them from the log', async () => {
    const file = temp.file(`inline-${++files}.db`);
    const first = open(file);
    for (let i = 0; i < 6; i++) await appendN(first, `tps-${i % 2}`, [i]);
    const whole = await folded(first);
    await first.close();
    // Events appended with no inline projection running: the next opener catches up on them.
    const plain = rightOrThrow(openSqliteEventStore({ file }));
    await appendN(plain, 'tps-9', [100]);
    await plain.close();
    const second = open(file);
    try {
      const model = rightOrThrow(await second.readModel('tally'));
      expect(picture(model)).toEqual(await folded(second));
      expect(model.row('tps-9')).toEqual({ sum: 100, events: 1 });
      expect(whole.position).toBeLessThan(model.position);
    } finally {
      await second.close();
    }
    const v2 = { ...tallyProjection, version: 2 };
    const third = open(file, [v2]);
    try {
      await appendN(third, 'tps-0', [1]);
      expect(rightOrThrow(await third.checkpoints.loadProjection('tally'))?.version).toBe(2);
      expect(picture(rightOrThrow(await third.readModel('tally')))).toEqual(await folded(third));
    } finally {
      await third.close();
    }
  });

  it('the inline model equals a rebuild from zero by the runner', async () => {
    const store = open(temp.file(`inline-${++files}.db`));
    try {
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
    } finally {
      await store.close();
    }
  });

  it('asking for a projection the store does not run is a programmer error', async () => {
    const store = open(temp.file(`inline-${++files}.db`));
    try {
      await expect(store.readModel('sanctions')).rejects.toThrow(
        /no inline projection 'sanctions'/,
      );
    } finally {
      await store.close();
    }
  });
});
