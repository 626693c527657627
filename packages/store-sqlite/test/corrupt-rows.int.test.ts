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
          // case-1's events are at positions 1-3: the damaged row is the second of the log
          globalPosition: 2,
        });
        expect(fromStream.message).toContain(problem);
        expect(fromStream.message).toContain(path);
        expect(leftOrThrow(await store.readAll())).toEqual(fromStream);
        // verify reports the row as its stream's break and reads on past it, to case-2
        const report = rightOrThrow(await verifyStore(store));
        expect(report.breaks).toEqual([
          expect.objectContaining({ streamId: 'case-1', streamVersion: 2, reason: 'UNREADABLE' }),
        ]);
        expect(report.events).toBe(4);
        expect([...report.heads.keys()]).toEqual(['case-2']);
        // nothing is appended onto the damaged stream either
        expect(
          leftOrThrow(await store.append('case-1', eventsWith(1), { expectedVersion: 'any' })),
        ).toEqual(fromStream);
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

  it('verifyStore reports every stream with an unreadable row, not only the first', async () => {
    const path = await damaged('data', '{"n": 2,');
    const raw = new Database(path);
    raw
      .prepare(
        "UPDATE netra_events SET metadata = 'oops' WHERE stream_id = 'case-2' AND stream_version = 1",
      )
      .run();
    raw.close();
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    try {
      const report = rightOrThrow(await verifyStore(store, { pageSize: 2 }));
      expect(report.breaks.map((b) => [b.streamId, b.streamVersion, b.reason])).toEqual([
        ['case-1', 2, 'UNREADABLE'],
        ['case-2', 1, 'UNREADABLE'],
      ]);
      expect(report.breaks[1]?.message).toContain(path);
      expect(report.heads.size).toBe(0);
    } finally {
      await store.close();
    }
  });
});
