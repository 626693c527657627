import type { ChainBreakReason } from '@netra/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { eventsWith } from './support/events.js';
import { deleteEventRow } from './support/tamper.js';
import { leftOrThrow, rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('append-chain');
afterAll(() => temp.cleanup());

let files = 0;

/** Everything both tables hold, to show that a refused append wrote nothing. */
const tables = (path: string): unknown => {
  const raw = new Database(path, { readonly: true });
  try {
    return {
      events: raw.prepare('SELECT * FROM netra_events ORDER BY position').all(),
      streams: raw.prepare('SELECT * FROM netra_streams ORDER BY stream_id').all(),
      sequence: raw.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'netra_events'").get(),
    };
  } finally {
    raw.close();
  }
};

const intrude = (path: string, body: (db: Database.Database) => void): void => {
  const raw = new Database(path);
  try {
    body(raw);
  } finally {
    raw.close();
  }
};

const sql = (statement: string) => (db: Database.Database) => db.exec(statement);

describe('append refuses a stream whose stored events do not chain up to its recorded head', () => {
  it.each<[string, (db: Database.Database) => void, ChainBreakReason, number]>([
    // Before, an 'any' append wrote version 4 after the hole: a gap at 3 for good.
    [
      'its last row deleted (the head still says 3)',
      (db) => deleteEventRow(db, { streamId: 'case-1', streamVersion: 3 }),
      'HEAD_MISMATCH',
      3,
    ],
    [
      'a middle row deleted',
      (db) => deleteEventRow(db, { streamId: 'case-1', streamVersion: 2 }),
      'VERSION_GAP',
      2,
    ],
    [
      'an event’s data rewritten (well-formed JSON)',
      sql(
        `UPDATE netra_events SET data = '{"n":99}' WHERE stream_id = 'case-1' AND stream_version = 2`,
      ),
      'HASH_MISMATCH',
      2,
    ],
    // Before, these two surfaced only through the unique index, as CORRUPT_EVENT.
    [
      'its head set back to version 1',
      sql("UPDATE netra_streams SET version = 1 WHERE stream_id = 'case-1'"),
      'HEAD_MISMATCH',
      1,
    ],
    [
      'its head row deleted',
      sql("DELETE FROM netra_streams WHERE stream_id = 'case-1'"),
      'HEAD_MISSING',
      3,
    ],
    [
      'its head hash rewritten',
      sql(`UPDATE netra_streams SET head_hash = '${'f'.repeat(64)}' WHERE stream_id = 'case-1'`),
      'HEAD_MISMATCH',
      3,
    ],
  ])(
    '%s: CHAIN_BROKEN naming stream, version, reason and file, for every expected version; nothing written',
    async (_label, damage, reason, streamVersion) => {
      const path = temp.file(`chain-${++files}.db`);
      const store = rightOrThrow(openSqliteEventStore({ file: path }));
      try {
        rightOrThrow(await store.append('case-1', eventsWith(3), { expectedVersion: 'no_stream' }));
        rightOrThrow(await store.append('case-2', eventsWith(1), { expectedVersion: 'no_stream' }));
        // Altered behind the open store's back: the check reads the file at every append.
        intrude(path, damage);
        const before = tables(path);
        for (const expectedVersion of ['any', 'stream_exists', 1, 2, 3] as const) {
          const refused = leftOrThrow(
            await store.append('case-1', eventsWith(1), { expectedVersion }),
          );
          expect(refused).toMatchObject({
            code: 'CHAIN_BROKEN',
            streamId: 'case-1',
            streamVersion,
            reason,
          });
          expect(refused.message).toContain(path);
        }
        expect(tables(path)).toEqual(before);
        // The damage stays with its stream.
        rightOrThrow(await store.append('case-2', eventsWith(1), { expectedVersion: 1 }));
      } finally {
        await store.close();
      }
    },
  );

  it('an intact stream appends as before, its head moving with it', async () => {
    const store = rightOrThrow(openSqliteEventStore({ file: temp.file(`chain-${++files}.db`) }));
    try {
      for (let i = 0; i < 5; i++) {
        rightOrThrow(await store.append('case-1', eventsWith(2), { expectedVersion: 'any' }));
      }
      const events = rightOrThrow(await store.readStream('case-1'));
      expect(rightOrThrow(await store.readStreamHead('case-1'))).toEqual({
        streamId: 'case-1',
        version: 10,
        hash: events.at(-1)?.hash,
      });
    } finally {
      await store.close();
    }
  });
});
