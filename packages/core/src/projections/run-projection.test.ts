import { newEvent } from '@netra/testing';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import type { NewEvent, RecordedEvent } from '../store/envelope.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import type { StoreError } from '../store/store-error.js';
import type { CheckpointStore } from './checkpoint-store.js';
import { createInMemoryCheckpointStore } from './in-memory-checkpoint-store.js';
import type { Projection } from './projection.js';
import { projectionFault } from './projection.js';
import { createReadModel, projectEvents } from './read-model.js';
import type { ProjectionProgress } from './run-projection.js';
import { runProjection } from './run-projection.js';

type Row = { readonly votes: number; readonly events: number };

/** Votes per polling station (stream), and totals per candidate. */
const tally: Projection<Row> = {
  name: 'tally',
  version: 1,
  evolve: (row, event) => {
    if (event.type === 'Recounted') return E.right(row);
    if (event.type !== 'Tallied') {
      return E.left(projectionFault('tally', event, 'UNKNOWN_EVENT_TYPE', 'not a tally event'));
    }
    const votes = (event.data as { votes: number }).votes;
    return E.right({ votes: (row?.votes ?? 0) + votes, events: (row?.events ?? 0) + 1 });
  },
  totals: (row) => [
    ['votes', row.votes],
    ['stations', 1],
  ],
  keys: (row) => [row.votes >= 10 ? 'big' : 'small'],
};

const event = (type: string, votes: number): NewEvent => newEvent(type, { votes });

/** 30 events over 5 stations, interleaved. */
const seeded = async (types: (i: number) => string = () => 'Tallied') => {
  const store = createInMemoryEventStore();
  for (let i = 0; i < 30; i++) {
    const stream = `tps-${i % 5}`;
    const appended = await store.append(stream, [event(types(i), i % 7)], {
      expectedVersion: 'any',
    });
    if (E.isLeft(appended)) throw new Error(appended.left.message);
  }
  return store;
};

const snapshot = (model: {
  rows(): IterableIterator<readonly [string, Row]>;
  position: number;
  totals(p: string): readonly (readonly [string, number])[];
  streamsUnder(k: string): readonly string[];
}) => ({
  position: model.position,
  rows: [...model.rows()].sort(([a], [b]) => (a < b ? -1 : 1)),
  totals: model.totals(''),
  big: model.streamsUnder('big'),
});

const right = <A>(x: E.Either<unknown, A>): A => {
  if (E.isLeft(x)) throw new Error(JSON.stringify(x.left));
  return x.right;
};

describe('runProjection', () => {
  it('catches up from zero and equals the pure fold of the whole log', async () => {
    const store = await seeded();
    const checkpoints = createInMemoryCheckpointStore();
    const run = right(await runProjection({ store, checkpoints, projection: tally, batchSize: 7 }));
    const all = right(await store.readAll());
    expect(snapshot(run.model)).toEqual(snapshot(right(projectEvents(tally, all))));
    expect(run.model.total('votes')).toBe(
      all.reduce((s, e) => s + (e.data as { votes: number }).votes, 0),
    );
    expect(run.model.total('stations')).toBe(5);
    expect(run.applied).toBe(30);
    expect(right(await checkpoints.load('tally'))).toBe(30);
  });

  it('stopped after any batch and started again, ends equal to one uninterrupted run', async () => {
    const store = await seeded();
    const whole = right(
      await runProjection({
        store,
        checkpoints: createInMemoryCheckpointStore(),
        projection: tally,
      }),
    );
    for (const stopAfter of [1, 2, 3, 5]) {
      const checkpoints = createInMemoryCheckpointStore();
      const controller = new AbortController();
      let batches = 0;
      const first = right(
        await runProjection({
          store,
          checkpoints,
          projection: tally,
          batchSize: 4,
          signal: controller.signal,
          progressEveryMs: 0,
          onProgress: () => {
            if (++batches === stopAfter) controller.abort();
          },
        }),
      );
      expect(first.applied).toBe(4 * stopAfter);
      // A new process: a new model, loaded from the checkpoint store.
      const second = right(await runProjection({ store, checkpoints, projection: tally }));
      expect(second.rebuilt).toBe(false);
      expect(second.applied).toBe(30 - 4 * stopAfter);
      expect(snapshot(second.model)).toEqual(snapshot(whole.model));
    }
  });

  it('rebuilds from zero when asked, and when the stored model is of another version', async () => {
    const store = await seeded();
    const checkpoints = createInMemoryCheckpointStore();
    right(await runProjection({ store, checkpoints, projection: tally }));
    const again = right(await runProjection({ store, checkpoints, projection: tally }));
    expect(again.applied).toBe(0);
    const rebuilt = right(
      await runProjection({ store, checkpoints, projection: tally, rebuild: true }),
    );
    expect([rebuilt.rebuilt, rebuilt.applied]).toEqual([true, 30]);
    const v2 = { ...tally, version: 2 };
    const upgraded = right(await runProjection({ store, checkpoints, projection: v2 }));
    expect([upgraded.rebuilt, upgraded.applied]).toEqual([true, 30]);
    expect(right(await checkpoints.loadProjection('tally'))?.version).toBe(2);
  });

  it('stops at an event it cannot read, naming it, with everything before it committed', async () => {
    const store = await seeded((i) => (i === 17 ? 'Annulled' : 'Tallied'));
    const checkpoints = createInMemoryCheckpointStore();
    const result = await runProjection({ store, checkpoints, projection: tally, batchSize: 10 });
    const bad = right(await store.readAll()).find((e) => e.type === 'Annulled')!;
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          code: 'PROJECTION_STOPPED',
          reason: 'UNKNOWN_EVENT_TYPE',
          streamId: bad.streamId,
          streamVersion: bad.streamVersion,
          globalPosition: bad.globalPosition,
        }),
      ),
    );
    expect(E.isLeft(result) && result.left.message).toContain(
      `global position ${bad.globalPosition}`,
    );
    expect(right(await checkpoints.load('tally'))).toBe(bad.globalPosition - 1);
    // Started again, it stops at the same event: never skips it.
    const again = await runProjection({ store, checkpoints, projection: tally });
    expect(
      E.isLeft(again) && again.left.code === 'PROJECTION_STOPPED' && again.left.globalPosition,
    ).toBe(bad.globalPosition);
  });

  it('a reducer that throws stops the run as REDUCER_FAILED, not as an exception', async () => {
    const store = await seeded();
    const throwing: Projection<Row> = {
      ...tally,
      evolve: (row, e) => {
        if (e.globalPosition === 12) throw new Error('tally overflow');
        return tally.evolve(row, e);
      },
    };
    const result = await runProjection({
      store,
      checkpoints: createInMemoryCheckpointStore(),
      projection: throwing,
    });
    expect(result).toEqual(
      E.left(expect.objectContaining({ reason: 'REDUCER_FAILED', globalPosition: 12 })),
    );
    expect(E.isLeft(result) && result.left.message).toContain('tally overflow');
  });

  it('a checkpoint store that fails leaves the model where it was committed', async () => {
    const store = await seeded();
    const inner = createInMemoryCheckpointStore();
    let commits = 0;
    const failing: CheckpointStore = {
      ...inner,
      commitProjection: async (name, commit) => {
        if (++commits === 3) {
          return E.left({ code: 'STORE_UNAVAILABLE', message: 'disk gone' } satisfies StoreError);
        }
        return inner.commitProjection(name, commit);
      },
    };
    const model = createReadModel(tally);
    const result = await runProjection({
      store,
      checkpoints: failing,
      projection: tally,
      batchSize: 10,
      model,
    });
    expect(E.isLeft(result) && result.left.code).toBe('STORE_UNAVAILABLE');
    // The reset is commit 1, the first batch commit 2: the model holds the first batch only.
    expect(model.position).toBe(10);
    expect(right(await inner.load('tally'))).toBe(10);
  });

  it('follows new events until aborted, reporting progress against the head', async () => {
    const store = await seeded();
    const checkpoints = createInMemoryCheckpointStore();
    const controller = new AbortController();
    const model = createReadModel(tally);
    const progress: ProjectionProgress[] = [];
    const running = runProjection({
      store,
      checkpoints,
      projection: tally,
      mode: 'follow',
      model,
      signal: controller.signal,
      idleTimeoutMs: 20,
      progressEveryMs: 0,
      onProgress: (p) => {
        progress.push(p);
        if (p.position === 31) controller.abort();
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(model.position).toBe(30);
    right(await store.append('tps-9', [event('Tallied', 40)], { expectedVersion: 'no_stream' }));
    const run = right(await running);
    expect(run.model.row('tps-9')).toEqual({ votes: 40, events: 1 });
    expect(run.model.streamsUnder('big')).toContain('tps-9');
    expect(progress.at(-1)).toMatchObject({ position: 31, head: 31, applied: 31 });
  });

  it('staging the same event twice is a programmer error, not a silent double count', async () => {
    const store = await seeded();
    const all = right(await store.readAll());
    const model = createReadModel(tally);
    model.commit(right(model.stage(all.slice(0, 5))));
    expect(() => model.stage(all.slice(3, 6))).toThrow(RangeError);
  });
});

describe('runProjection verifies the hash chain as it reads (default)', () => {
  /** A store over a copy of the log with one event altered, as an intruder would leave it. */
  const tampered = async (alter: (events: RecordedEvent[]) => RecordedEvent[]) => {
    const original = await seeded();
    const all = right(await original.readAll());
    const altered = alter([...all]);
    return {
      ...original,
      readAll: async (options?: { after?: number; limit?: number }) => {
        const after = options?.after ?? 0;
        return E.right(
          altered.filter((e) => e.globalPosition > after).slice(0, options?.limit ?? 1000),
        );
      },
      readStream: async (streamId: string, options?: { to?: number }) =>
        E.right(
          altered.filter(
            (e) => e.streamId === streamId && e.streamVersion <= (options?.to ?? Infinity),
          ),
        ),
    } as typeof original;
  };

  it('stops at an edited event, naming it, with everything before it applied once', async () => {
    const store = await tampered((events) =>
      events.map((e) => (e.globalPosition === 13 ? { ...e, data: { votes: 99 } } : e)),
    );
    const checkpoints = createInMemoryCheckpointStore();
    const result = await runProjection({ store, checkpoints, projection: tally, batchSize: 5 });
    expect(result).toEqual(
      E.left(expect.objectContaining({ reason: 'CHAIN_BROKEN', globalPosition: 13 })),
    );
    expect(E.isLeft(result) && result.left.message).toContain('HASH_MISMATCH');
    expect(right(await checkpoints.load('tally'))).toBe(12);
    // Not verifying, it would have taken the forged 99 votes in.
    const trusting = right(
      await runProjection({
        store,
        checkpoints: createInMemoryCheckpointStore(),
        projection: tally,
        verify: false,
      }),
    );
    expect(trusting.model.total('votes')).toBeGreaterThan(99);
  });

  it('stops at a removed event (a gap in its stream)', async () => {
    const store = await tampered((events) => events.filter((e) => e.globalPosition !== 8));
    const result = await runProjection({
      store,
      checkpoints: createInMemoryCheckpointStore(),
      projection: tally,
    });
    // Event 8 was version 2 of tps-2; the next of that stream (position 13) shows the gap.
    expect(result).toEqual(
      E.left(
        expect.objectContaining({ reason: 'CHAIN_BROKEN', streamId: 'tps-2', globalPosition: 13 }),
      ),
    );
    expect(E.isLeft(result) && result.left.message).toContain('VERSION_GAP');
  });

  it('after a restart, verifies each stream met again from its first event', async () => {
    const clean = await seeded();
    const checkpoints = createInMemoryCheckpointStore();
    const controller = new AbortController();
    right(
      await runProjection({
        store: clean,
        checkpoints,
        projection: tally,
        batchSize: 10,
        signal: controller.signal,
        progressEveryMs: 0,
        onProgress: () => controller.abort(),
      }),
    );
    expect(right(await checkpoints.load('tally'))).toBe(10);
    // Event 3 (tps-2 version 1), already applied before the restart, is edited afterwards:
    // the restarted runner reads tps-2 from its start when it meets it again, and stops.
    const store = await tampered((events) =>
      events.map((e) => (e.globalPosition === 3 ? { ...e, data: { votes: 50 } } : e)),
    );
    const result = await runProjection({ store, checkpoints, projection: tally });
    expect(result).toEqual(
      E.left(
        expect.objectContaining({ reason: 'CHAIN_BROKEN', streamId: 'tps-2', globalPosition: 13 }),
      ),
    );
  });
});

describe('runProjection with commitEvery: several pages in one commit', () => {
  it('commits once enough events are read, and ends equal to the fold', async () => {
    const store = await seeded();
    const inner = createInMemoryCheckpointStore();
    const positions: number[] = [];
    const counting: CheckpointStore = {
      ...inner,
      commitProjection: async (name, commit) => {
        positions.push(commit.position);
        return inner.commitProjection(name, commit);
      },
    };
    const run = right(
      await runProjection({
        store,
        checkpoints: counting,
        projection: tally,
        batchSize: 5,
        commitEvery: 12,
      }),
    );
    // The reset (0), then 15 (three pages), 30 (three more).
    expect(positions).toEqual([0, 15, 30]);
    const all = right(await store.readAll());
    expect(snapshot(run.model)).toEqual(snapshot(right(projectEvents(tally, all))));
  });

  /** Event `bad` (0-based) unreadable; pages of 4, one commit for all. */
  const stoppedAt = async (bad: number) => {
    const store = await seeded((i) => (i === bad ? 'Annulled' : 'Tallied'));
    const checkpoints = createInMemoryCheckpointStore();
    const result = await runProjection({
      store,
      checkpoints,
      projection: tally,
      batchSize: 4,
      commitEvery: 100,
    });
    return { store, checkpoints, result };
  };

  it('stopped by an event it cannot read, commits every buffered event before it', async () => {
    const { store, checkpoints, result } = await stoppedAt(17);
    expect(
      E.isLeft(result) && result.left.code === 'PROJECTION_STOPPED' && result.left.globalPosition,
    ).toBe(18);
    expect(right(await checkpoints.load('tally'))).toBe(17);
    // The rows committed are those of the 17 events before it, each applied once: pages
    // staged earlier in the same commit and the part of the page before the fault.
    const stored = right(await checkpoints.loadProjection('tally'));
    const all = right(await store.readAll());
    const before = right(projectEvents(tally, all.slice(0, 17)));
    expect(new Map(stored?.rows)).toEqual(new Map(before.rows()));
  });

  it('a fault in the first event of a page commits the earlier pages of the batch', async () => {
    const { store, checkpoints, result } = await stoppedAt(8);
    expect(
      E.isLeft(result) && result.left.code === 'PROJECTION_STOPPED' && result.left.globalPosition,
    ).toBe(9);
    const stored = right(await checkpoints.loadProjection('tally'));
    const all = right(await store.readAll());
    expect(stored?.position).toBe(8);
    expect(new Map(stored?.rows)).toEqual(
      new Map(right(projectEvents(tally, all.slice(0, 8))).rows()),
    );
  });
});

describe('MutableReadModel.stage continuing a batch', () => {
  it('answering a fault, leaves in the batch it continued the rows of the events before it', async () => {
    const store = await seeded((i) => (i === 13 ? 'Annulled' : 'Tallied'));
    const all = right(await store.readAll());
    const model = createReadModel(tally);
    const first = right(model.stage(all.slice(0, 10)));
    const staged = model.stage(all.slice(10, 20), first);
    expect(E.isLeft(staged) && staged.left.globalPosition).toBe(14);
    const expected = right(model.stage(all.slice(0, 13), undefined));
    expect(new Map(first.changed)).toEqual(new Map(expected.changed));
  });
});

describe('the read model index', () => {
  it('follows a key from one stream to several and back to none', async () => {
    const store = createInMemoryEventStore();
    const votes = [
      ['tps-1', 12],
      ['tps-2', 15],
      ['tps-3', 1],
      ['tps-1', -10],
      ['tps-2', -10],
      ['tps-3', 20],
    ] as const;
    for (const [stream, n] of votes) {
      right(await store.append(stream, [event('Tallied', n)], { expectedVersion: 'any' }));
    }
    const all = right(await store.readAll());
    const model = createReadModel(tally);
    const seen: [readonly string[], readonly string[]][] = [];
    for (const e of all) {
      model.commit(right(model.stage([e])));
      seen.push([model.streamsUnder('big'), model.streamsUnder('small')]);
    }
    expect(seen).toEqual([
      [['tps-1'], []],
      [['tps-1', 'tps-2'], []],
      [['tps-1', 'tps-2'], ['tps-3']],
      [['tps-2'], ['tps-1', 'tps-3']],
      [[], ['tps-1', 'tps-2', 'tps-3']],
      [['tps-3'], ['tps-1', 'tps-2']],
    ]);
    expect(model.streamsUnder('nothing')).toEqual([]);
  });
});
