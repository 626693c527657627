/**
 * The checkpoint port's conformance suite (@netra/core `CheckpointStore`): every adapter's
 * checkpoint store runs it whole, as every event store runs the store suite.
 */
import type { CheckpointStore } from '@netra/core';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';

export interface CheckpointHarness {
  /** Shown in test names. */
  readonly name: string;
  /**
   * A fresh, empty checkpoint store; `reopen` (when the storage is durable) gives a new store
   * over the same storage, as a restarted process would; `close` releases everything.
   */
  readonly create: () => Promise<{
    readonly checkpoints: CheckpointStore;
    readonly reopen?: () => Promise<CheckpointStore>;
    readonly close: () => Promise<void>;
  }>;
}

const right = <A>(x: E.Either<{ readonly message: string }, A>): A => {
  if (E.isLeft(x)) throw new Error(`expected success, got: ${x.left.message}`);
  return x.right;
};

export const describeCheckpointConformance = (harness: CheckpointHarness): void => {
  const using = async (
    body: (c: CheckpointStore, reopen?: () => Promise<CheckpointStore>) => Promise<void>,
  ) => {
    const made = await harness.create();
    try {
      await body(made.checkpoints, made.reopen);
    } finally {
      await made.close();
    }
  };

  describe(`checkpoint port conformance: ${harness.name}`, () => {
    it('a name never saved loads as position 0 and no stored model', () =>
      using(async (c) => {
        expect(right(await c.load('agency-workload'))).toBe(0);
        expect(right(await c.loadProjection('agency-workload'))).toBeNull();
      }));

    it('saves and loads positions per name, including a reset to 0', () =>
      using(async (c) => {
        right(await c.save('a', 42));
        right(await c.save('b', 7));
        expect([right(await c.load('a')), right(await c.load('b'))]).toEqual([42, 7]);
        right(await c.save('a', 0));
        expect(right(await c.load('a'))).toBe(0);
        // A bare checkpoint holds no read model.
        expect(right(await c.loadProjection('a'))).toBeNull();
      }));

    it('commits rows and position together and loads them back as equal JSON', () =>
      using(async (c) => {
        const row = { state: { status: 'REGISTERED', n: [1, 2.5, null, 'x'] }, ok: true };
        right(
          await c.commitProjection('cases', {
            version: 3,
            position: 10,
            reset: false,
            rows: [
              ['case-1', row],
              ['case-2', { n: 2 }],
            ],
          }),
        );
        const stored = right(await c.loadProjection('cases'));
        expect(stored?.version).toBe(3);
        expect(stored?.position).toBe(10);
        expect(new Map(stored?.rows)).toEqual(
          new Map<string, unknown>([
            ['case-1', row],
            ['case-2', { n: 2 }],
          ]),
        );
        expect(right(await c.load('cases'))).toBe(10);
      }));

    it('updates and drops rows in later commits, and a reset clears every earlier row', () =>
      using(async (c) => {
        const commit = (position: number, reset: boolean, rows: [string, unknown][]) =>
          c.commitProjection('m', { version: 1, position, reset, rows: rows as never });
        right(
          await commit(5, false, [
            ['a', 1],
            ['b', 2],
            ['c', 3],
          ]),
        );
        right(
          await commit(9, false, [
            ['a', 10],
            ['b', null],
          ]),
        );
        expect(new Map(right(await c.loadProjection('m'))?.rows)).toEqual(
          new Map([
            ['a', 10],
            ['c', 3],
          ]),
        );
        right(await commit(0, true, []));
        expect(right(await c.loadProjection('m'))).toMatchObject({ position: 0, rows: [] });
        right(await commit(2, true, [['z', 'only']]));
        expect(right(await c.loadProjection('m'))?.rows).toEqual([['z', 'only']]);
      }));

    it('keeps the models of different projections apart', () =>
      using(async (c) => {
        right(
          await c.commitProjection('x', {
            version: 1,
            position: 3,
            reset: false,
            rows: [['s', 1]],
          }),
        );
        right(
          await c.commitProjection('y', { version: 2, position: 4, reset: true, rows: [['s', 2]] }),
        );
        expect(right(await c.loadProjection('x'))).toMatchObject({
          version: 1,
          position: 3,
          rows: [['s', 1]],
        });
        expect(right(await c.loadProjection('y'))).toMatchObject({
          version: 2,
          position: 4,
          rows: [['s', 2]],
        });
      }));

    it('a loaded model shares nothing with what was committed', () =>
      using(async (c) => {
        const row = { list: [1] };
        right(
          await c.commitProjection('m', {
            version: 1,
            position: 1,
            reset: false,
            rows: [['a', row]],
          }),
        );
        row.list.push(2);
        const loaded = right(await c.loadProjection('m'));
        expect(loaded?.rows[0]?.[1]).toEqual({ list: [1] });
      }));

    it('refuses a wrong name or position as a programmer error, writing nothing', () =>
      using(async (c) => {
        await expect(c.load('')).rejects.toThrow(TypeError);
        await expect(c.save('x'.repeat(201), 1)).rejects.toThrow(TypeError);
        await expect(c.save('a', -1)).rejects.toThrow(RangeError);
        await expect(c.save('a', 1.5)).rejects.toThrow(RangeError);
        await expect(
          c.commitProjection('a', { version: 1, position: Number.NaN, reset: false, rows: [] }),
        ).rejects.toThrow(RangeError);
        expect(right(await c.load('a'))).toBe(0);
      }));

    it('what was committed survives a restart (durable stores)', () =>
      using(async (c, reopen) => {
        right(await c.save('bare', 12));
        right(
          await c.commitProjection('m', {
            version: 4,
            position: 20,
            reset: false,
            rows: [['a', { v: 1 }]],
          }),
        );
        if (reopen === undefined) {
          // Not durable (in memory): the same store still holds it.
          expect(right(await c.load('bare'))).toBe(12);
          return;
        }
        const again = await reopen();
        expect(right(await again.load('bare'))).toBe(12);
        expect(right(await again.loadProjection('m'))).toEqual({
          version: 4,
          position: 20,
          rows: [['a', { v: 1 }]],
        });
      }));
  });
};
