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
