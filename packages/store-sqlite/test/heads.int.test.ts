import type { EventStore, ListStreamHeadsOptions, NewEvent } from '@netra/core';
import { createInMemoryEventStore } from '@netra/core';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { eventWith } from './support/events.js';
import { leftOrThrow, rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('heads');
afterAll(() => temp.cleanup());

/** Ids whose byte order and naive case-insensitive order differ: punctuation, digits, both cases. */
const IDS = ['b', 'B', 'a-1', 'a_1', 'a~', 'A', '0', 'z', '~x', 'a', 'case-10', 'case-9', 'Z!'];

/** The same appends, event for event, into each store. */
const fill = async (stores: readonly EventStore[]): Promise<void> => {
  for (const [i, id] of IDS.entries()) {
    const events: NewEvent[] = Array.from({ length: (i % 3) + 1 }, (_, n) => eventWith({ n }));
    for (const store of stores) {
      rightOrThrow(await store.append(id, events, { expectedVersion: 'no_stream' }));
    }
  }
};

describe('stream heads from netra_streams', () => {
  it('answer what the append recorded, and what the table says even when the log disagrees', async () => {
    const path = temp.file('recorded.db');
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    try {
      expect(rightOrThrow(await store.readStreamHead('case-1'))).toBeNull();
      rightOrThrow(await store.append('case-1', [eventWith({ n: 1 })], { expectedVersion: 0 }));
      const second = rightOrThrow(
        await store.append('case-1', [eventWith({ n: 2 })], { expectedVersion: 1 }),
      );
      expect(rightOrThrow(await store.readStreamHead('case-1'))).toEqual({
        streamId: 'case-1',
        version: 2,
        hash: second.events[0]?.hash,
      });
      // The head is the store's own record, not derived from the events: that is what lets an
      // auditor see a deleted tail.
      const raw = new Database(path);
      raw
        .prepare("DELETE FROM netra_events WHERE stream_id = 'case-1' AND stream_version = 2")
        .run();
      raw.close();
      expect(rightOrThrow(await store.readStreamHead('case-1'))).toMatchObject({ version: 2 });
      expect(rightOrThrow(await store.listStreamHeads())).toEqual([
        { streamId: 'case-1', version: 2, hash: second.events[0]?.hash },
      ]);
    } finally {
      await store.close();
    }
  });

  it('readStreamWithHead (one statement) answers a file edited behind the store as it is', async () => {
    const path = temp.file('with-head.db');
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    try {
      const withHead = store.readStreamWithHead?.bind(store);
      if (withHead === undefined) throw new Error('the SQLite store has readStreamWithHead');
      for (const id of ['kept', 'headless', 'tailless', 'damaged']) {
        rightOrThrow(
          await store.append(id, [eventWith({ n: 1 }), eventWith({ n: 2 })], {
            expectedVersion: 'no_stream',
          }),
        );
      }
      const before = rightOrThrow(await withHead('kept'));
      const raw = new Database(path);
      raw.prepare("DELETE FROM netra_streams WHERE stream_id = 'headless'").run();
      raw.prepare("DELETE FROM netra_events WHERE stream_id = 'tailless'").run();
      raw
        .prepare(
          "UPDATE netra_events SET metadata = '{' WHERE stream_id = 'damaged' AND stream_version = 2",
        )
        .run();
      raw.close();
      // untouched: what readStreamHead and readStream answer, events in version order
      const kept = rightOrThrow(await withHead('kept'));
      expect(kept).toEqual(before);
      expect(kept.head).toEqual(rightOrThrow(await store.readStreamHead('kept')));
      expect(kept.events).toEqual(rightOrThrow(await store.readStream('kept')));
      // events without a head: no head, both events (the loader's chain check refuses them)
      const headless = rightOrThrow(await withHead('headless'));
      expect(headless.head).toBeNull();
      expect(headless.events.map((e) => e.streamVersion)).toEqual([1, 2]);
      // a head without events: the head, no events (a deleted history, for the check to see)
      const tailless = rightOrThrow(await withHead('tailless'));
      expect(tailless.head).toMatchObject({ streamId: 'tailless', version: 2 });
      expect(tailless.events).toEqual([]);
      // an unreadable row: CORRUPT_EVENT naming it, never a shorter history
      expect(leftOrThrow(await withHead('damaged'))).toMatchObject({
        code: 'CORRUPT_EVENT',
        streamId: 'damaged',
        streamVersion: 2,
      });
    } finally {
      await store.close();
    }
  });

  it('list in stream-id order (UTF-16 code units, as the in-memory store), page for page', async () => {
    const sqlite = rightOrThrow(openSqliteEventStore({ file: temp.file('order.db') }));
    const memory = createInMemoryEventStore();
    try {
      await fill([sqlite, memory]);
      const all = rightOrThrow(await sqlite.listStreamHeads());
      expect(all.map((h) => h.streamId)).toEqual([...IDS].sort());
      expect(all).toEqual(rightOrThrow(await memory.listStreamHeads()));
      const pages: ListStreamHeadsOptions[] = [
        { limit: 1 },
        { limit: 4 },
        { after: 'a', limit: 3 },
        { after: 'a0' }, // not a stream: the page starts at the next id
        { after: '' },
        { after: '~~' },
        { after: 'Z', limit: 2 },
        { after: 'é' }, // beyond ASCII: after every printable-ASCII id in either order
      ];
      for (const options of pages) {
        expect(
          rightOrThrow(await sqlite.listStreamHeads(options)),
          JSON.stringify(options),
        ).toEqual(rightOrThrow(await memory.listStreamHeads(options)));
      }
      // Paging from the last id seen visits every stream once.
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = rightOrThrow(
          await sqlite.listStreamHeads(after === undefined ? { limit: 5 } : { after, limit: 5 }),
        );
        if (page.length === 0) break;
        seen.push(...page.map((h) => h.streamId));
        after = page.at(-1)?.streamId;
      }
      expect(seen).toEqual([...IDS].sort());
    } finally {
      await sqlite.close();
      await memory.close();
    }
  });

  it('refuse malformed page options as INVALID_READ, as the in-memory store does', async () => {
    const sqlite = rightOrThrow(openSqliteEventStore({ file: ':memory:' }));
    const memory = createInMemoryEventStore();
    try {
      for (const options of [
        { limit: 0 },
        { limit: 1.5 },
        { limit: Number.NaN },
        { limit: -1 },
        { after: 5 },
        { limit: '2' },
      ] as unknown as ListStreamHeadsOptions[]) {
        const refused = leftOrThrow(await sqlite.listStreamHeads(options));
        expect(refused.code).toBe('INVALID_READ');
        expect(refused).toEqual(leftOrThrow(await memory.listStreamHeads(options)));
      }
    } finally {
      await sqlite.close();
      await memory.close();
    }
  });

  it('return 1000 heads by default and at most 10,000 whatever the limit', async () => {
    const path = temp.file('ceiling.db');
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    try {
      // Head rows alone (no events): listing reads only the stream table.
      const raw = new Database(path);
      const insert = raw.prepare(
        'INSERT INTO netra_streams (stream_id, version, head_hash) VALUES (?, 1, ?)',
      );
      raw.transaction(() => {
        for (let i = 0; i < 10_005; i++)
          insert.run(`s-${String(i).padStart(5, '0')}`, 'a'.repeat(64));
      })();
      raw.close();
      expect(rightOrThrow(await store.listStreamHeads())).toHaveLength(1000);
      const capped = rightOrThrow(await store.listStreamHeads({ limit: 50_000 }));
      expect(capped).toHaveLength(10_000);
      expect(capped.at(-1)?.streamId).toBe('s-09999');
      const rest = rightOrThrow(await store.listStreamHeads({ after: 's-09999', limit: 50_000 }));
      expect(rest.map((h) => h.streamId)).toEqual([
        's-10000',
        's-10001',
        's-10002',
        's-10003',
        's-10004',
      ]);
    } finally {
      await store.close();
    }
  });
});
