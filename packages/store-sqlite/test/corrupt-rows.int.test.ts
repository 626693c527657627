import { verifyStore } from '@netra/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { leftOrThrow, rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('corrupt-rows');
afterAll(() => temp.cleanup());

let files = 0;

/** A store file with streams 'case-1' (3 events) and 'case-2' (1 event), and one column of one row rewritten. */
const damaged = async (column: string, value: unknown, streamVersion = 2): Promise<string> => {
  const path = temp.file(`damaged-${++files}.db`);
  const store = rightOrThrow(openSqliteEventStore({ file: path }));
  rightOrThrow(await store.append('case-1', eventsWith(3), { expectedVersion: 'no_stream' }));
  rightOrThrow(await store.append('case-2', eventsWith(1), { expectedVersion: 'no_stream' }));
  await store.close();
  const raw = new Database(path);
  raw
    .prepare(
      `UPDATE netra_events SET ${column} = ? WHERE stream_id = 'case-1' AND stream_version = ?`,
    )
    .run(value, streamVersion);
  raw.close();
  return path;
};

describe('a damaged row is answered as CORRUPT_EVENT, never skipped', () => {
  it.each([
    ['invalid JSON in data', 'data', '{"n": 2,', 'column data is not valid JSON'],
    ['invalid JSON in metadata', 'metadata', 'not json', 'column metadata is not valid JSON'],
    ['metadata without its actor', 'metadata', JSON.stringify({ commandId: 'c' }), 'actor'],
    ['an event id that is not a UUID v7', 'event_id', 'not-a-uuid', 'id must be a UUID v7'],
    ['a hash that is not SHA-256 hex', 'hash', 'abc', 'column hash'],
  ])(
    '%s: readStream and readAll name the stream, the version and the file',
    async (_label, column, value, problem) => {
      const path = await damaged(column, value);
      const store = rightOrThrow(openSqliteEventStore({ file: path }));
      try {
        const fromStream = leftOrThrow(await store.readStream('case-1'));
        expect(fromStream).toMatchObject({
          code: 'CORRUPT_EVENT',
          streamId: 'case-1',
          streamVersion: 2,
        });
        expect(fromStream.message).toContain(problem);
        expect(fromStream.message).toContain(path);
        expect(leftOrThrow(await store.readAll())).toEqual(fromStream);
        // verify cannot pass over it either: it reports the store error rather than a clean result
        expect(leftOrThrow(await verifyStore(store))).toMatchObject({
          code: 'CORRUPT_EVENT',
          streamVersion: 2,
        });
        // reads that do not touch the damaged row still answer
        expect(
          rightOrThrow(await store.readStream('case-1', { from: 3 })).map((e) => e.streamVersion),
        ).toEqual([3]);
        expect(rightOrThrow(await store.readStream('case-2'))).toHaveLength(1);
      } finally {
        await store.close();
      }
    },
  );

  it('a stream table that disagrees with the log makes the next append CORRUPT_EVENT, writing nothing', async () => {
    const path = temp.file(`disagree-${++files}.db`);
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    rightOrThrow(await store.append('case-1', eventsWith(3), { expectedVersion: 'no_stream' }));
    const raw = new Database(path);
    raw.prepare("UPDATE netra_streams SET version = 1 WHERE stream_id = 'case-1'").run();
    raw.close();
    const error = leftOrThrow(
      await store.append('case-1', eventsWith(1), { expectedVersion: 'any' }),
    );
    expect(error).toMatchObject({ code: 'CORRUPT_EVENT', streamId: 'case-1', streamVersion: 2 });
    expect(error.message).toContain(path);
    expect(rightOrThrow(await store.readStream('case-1'))).toHaveLength(3);
    await store.close();
  });
});
