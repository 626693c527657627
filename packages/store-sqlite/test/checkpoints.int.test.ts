import { copyFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('checkpoints');
afterAll(() => temp.cleanup());

describe('projection checkpoints', () => {
  it('load answers 0 for an unknown name; save and load round-trip; names are independent', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    expect(rightOrThrow(await store.checkpoints.load('agency-workload'))).toBe(0);
    rightOrThrow(await store.checkpoints.save('agency-workload', 42));
    rightOrThrow(await store.checkpoints.save('deadlines', 7));
    expect(rightOrThrow(await store.checkpoints.load('agency-workload'))).toBe(42);
    expect(rightOrThrow(await store.checkpoints.load('deadlines'))).toBe(7);
    // a rebuild resets to 0
    rightOrThrow(await store.checkpoints.save('agency-workload', 0));
    expect(rightOrThrow(await store.checkpoints.load('agency-workload'))).toBe(0);
    await store.close();
  });

  it('survive closing and reopening the file', async () => {
    const path = temp.file('checkpoints.db');
    const first = rightOrThrow(openSqliteEventStore({ file: path }));
    rightOrThrow(await first.checkpoints.save('sanction-status', 1234));
    await first.close();
    const second = rightOrThrow(openSqliteEventStore({ file: path }));
    expect(rightOrThrow(await second.checkpoints.load('sanction-status'))).toBe(1234);
    await second.close();
  });

  it('refuses a bad name or position as a programmer error', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    await expect(store.checkpoints.load('')).rejects.toThrow(TypeError);
    await expect(store.checkpoints.save('x', -1)).rejects.toThrow(RangeError);
    await expect(store.checkpoints.save('x', 1.5)).rejects.toThrow(RangeError);
    await store.close();
  });
});

describe('stored read models in a file of schema 1 (before they existed)', () => {
  const schema1 = (): string => {
    const file = temp.file(`schema-1-${Math.random().toString(36).slice(2)}.db`);
    copyFileSync(new URL('fixtures/season-2024.1.db', import.meta.url), file);
    return file;
  };

  it('read-only, it reads as having none, and its bare checkpoints still load', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: schema1(), readonly: true }));
    try {
      expect(rightOrThrow(await store.checkpoints.loadProjection('netra.cases'))).toBeNull();
      expect(rightOrThrow(await store.checkpoints.load('netra.cases'))).toBe(0);
      expect(
        E.isLeft(
          await store.checkpoints.commitProjection('netra.cases', {
            version: 1,
            position: 0,
            reset: true,
            rows: [],
          }),
        ),
      ).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('opened read-write, it is migrated and then stores them', async () => {
    const file = schema1();
    const store = rightOrThrow(openSqliteEventStore({ file }));
    try {
      rightOrThrow(
        await store.checkpoints.commitProjection('m', {
          version: 1,
          position: 3,
          reset: false,
          rows: [['case-1', { n: 1 }]],
        }),
      );
      expect(rightOrThrow(await store.checkpoints.loadProjection('m'))).toEqual({
        version: 1,
        position: 3,
        rows: [['case-1', { n: 1 }]],
      });
    } finally {
      await store.close();
    }
  });
});

describe('a stored read model edited behind the store', () => {
  it('a row that is not JSON is refused, saying to rebuild from the log', async () => {
    const file = temp.file('edited-model.db');
    const store = rightOrThrow(openSqliteEventStore({ file }));
    rightOrThrow(
      await store.checkpoints.commitProjection('m', {
        version: 1,
        position: 2,
        reset: false,
        rows: [['case-1', { n: 1 }]],
      }),
    );
    await store.close();
    const intruder = new Database(file);
    intruder
      .prepare("UPDATE netra_projection_rows SET row = '{broken' WHERE stream_id = 'case-1'")
      .run();
    intruder.close();
    const reopened = rightOrThrow(openSqliteEventStore({ file }));
    try {
      const loaded = await reopened.checkpoints.loadProjection('m');
      expect(E.isLeft(loaded) && loaded.left.code).toBe('STORE_UNAVAILABLE');
      expect(E.isLeft(loaded) && loaded.left.message).toMatch(/case-1.*not JSON.*[Rr]ebuild/);
    } finally {
      await reopened.close();
    }
  });
});
