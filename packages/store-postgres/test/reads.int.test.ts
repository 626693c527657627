import { createInMemoryEventStore, verifyStore } from '@netra/core';
import { afterAll, expect, it } from 'vitest';
import type { PostgresEventStore } from '../src/index.js';
import { openPostgresEventStore, READ_LIMIT_CEILING } from '../src/index.js';
import { tablesIn } from '../src/tables.js';
import { eventsWith, eventWith } from './support/events.js';
import { describePg, leftOrThrow, rightOrThrow, testDatabase } from './support/pg.js';

const db = testDatabase();
afterAll(() => db.cleanup());

const open = async (schema = db.schema('reads')): Promise<PostgresEventStore> =>
  rightOrThrow(await openPostgresEventStore({ pool: db.pool({ max: 3 }), schema }));

describePg('reads, pages and stored rows', () => {
  it('listStreamHeads pages in UTF-16 code-unit order for every kind of ASCII id', async () => {
    const store = await open();
    const ids = ['b', 'B', 'a', '_x', '~end', 'Z9', '0', 'a-b', 'a_b', 'aB', 'a.b', '!', 'AA', 'a'];
    for (const id of new Set(ids)) {
      rightOrThrow(await store.append(id, [eventWith({ id })], { expectedVersion: 'no_stream' }));
    }
    const expected = [...new Set(ids)].sort(); // JavaScript sorts strings by UTF-16 code units
    const all = rightOrThrow(await store.listStreamHeads()).map((h) => h.streamId);
    expect(all).toEqual(expected);
    const paged: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = rightOrThrow(
        await store.listStreamHeads(after === undefined ? { limit: 3 } : { after, limit: 3 }),
      );
      if (page.length === 0) break;
      paged.push(...page.map((h) => h.streamId));
      after = page.at(-1)?.streamId;
    }
    expect(paged).toEqual(expected);
    await store.close();
  });

  it('ids no stream can have (U+0000, spaces, too long) read as absent streams, never as a server error', async () => {
    const store = await open();
    rightOrThrow(await store.append('a', eventsWith(1), { expectedVersion: 'no_stream' }));
    rightOrThrow(await store.append('a!', eventsWith(1), { expectedVersion: 'no_stream' }));
    for (const id of ['a\u0000', 'a b', '', 'x'.repeat(201), '\ud800']) {
      expect(rightOrThrow(await store.readStream(id))).toEqual([]);
      expect(rightOrThrow(await store.readStreamHead(id))).toBeNull();
    }
    expect(
      rightOrThrow(await store.listStreamHeads({ after: 'a\u0000zzz' })).map((h) => h.streamId),
    ).toEqual(['a!']);
    expect(
      rightOrThrow(await store.listStreamHeads({ after: '\ud800' })).map((h) => h.streamId),
    ).toEqual([]);
    await store.close();
  });

  it(`readAll returns at most ${READ_LIMIT_CEILING} events whatever the limit asked`, async () => {
    const store = await open();
    for (let i = 0; i < 11; i++) {
      rightOrThrow(
        await store.append(`bulk-${i}`, eventsWith(1000), { expectedVersion: 'no_stream' }),
      );
    }
    const page = rightOrThrow(await store.readAll({ limit: 1_000_000 }));
    expect(page).toHaveLength(READ_LIMIT_CEILING);
    expect(rightOrThrow(await store.readAll({ after: page.at(-1)?.globalPosition }))).toHaveLength(
      1000,
    );
    expect(rightOrThrow(await store.readAll())).toHaveLength(1000);
    expect(rightOrThrow(await store.readHeadPosition())).toBe(11_000);
    await store.close();
  }, 60_000);

  it('a row that is not JSON any more is CORRUPT_EVENT on every read and on append, and an UNREADABLE break for verifyStore', async () => {
    const store = await open();
    rightOrThrow(await store.append('hit', eventsWith(3), { expectedVersion: 'no_stream' }));
    rightOrThrow(await store.append('fine', eventsWith(1), { expectedVersion: 'no_stream' }));
    const t = tablesIn(store.schema);
    const [row] = await db.admin<{ position: string }>(
      `UPDATE ${t.events} SET data = '{"amount": 9' WHERE stream_id = 'hit' AND stream_version = 2 RETURNING position`,
    );
    const corrupt = {
      code: 'CORRUPT_EVENT',
      streamId: 'hit',
      streamVersion: 2,
      globalPosition: Number(row?.position),
    };
    expect(leftOrThrow(await store.readStream('hit'))).toMatchObject(corrupt);
    expect(leftOrThrow(await store.readAll())).toMatchObject(corrupt);
    expect(
      leftOrThrow(await store.append('hit', eventsWith(1), { expectedVersion: 'any' })),
    ).toMatchObject(corrupt);
    const report = rightOrThrow(await verifyStore(store));
    expect(report.breaks).toEqual([
      expect.objectContaining({ streamId: 'hit', reason: 'UNREADABLE', streamVersion: 2 }),
    ]);
    rightOrThrow(await store.append('fine', eventsWith(1), { expectedVersion: 1 }));
    expect(rightOrThrow(await store.readStream('fine'))).toHaveLength(2);
    await store.close();
  });

  it('an edited head record, or a head raised past the log, is CHAIN_BROKEN on append', async () => {
    const store = await open();
    const t = tablesIn(store.schema);
    rightOrThrow(await store.append('h1', eventsWith(2), { expectedVersion: 'no_stream' }));
    rightOrThrow(await store.append('h2', eventsWith(2), { expectedVersion: 'no_stream' }));
    await db.admin(`UPDATE ${t.streams} SET head_hash = repeat('a', 64) WHERE stream_id = 'h1'`);
    await db.admin(`UPDATE ${t.streams} SET version = 5 WHERE stream_id = 'h2'`);
    for (const id of ['h1', 'h2']) {
      expect(
        leftOrThrow(await store.append(id, eventsWith(1), { expectedVersion: 'any' })),
      ).toMatchObject({ code: 'CHAIN_BROKEN', reason: 'HEAD_MISMATCH', streamId: id });
    }
    expect(rightOrThrow(await store.readAll())).toHaveLength(4);
    await store.close();
  });

  it('positions past 2^53: an append is refused and writes nothing; a stored one reads as corrupt, never rounded', async () => {
    const store = await open();
    const t = tablesIn(store.schema);
    rightOrThrow(await store.append('big', eventsWith(1), { expectedVersion: 'no_stream' }));
    await db.admin(`ALTER TABLE ${t.events} ALTER COLUMN position RESTART WITH 9007199254740993`);
    const refused = leftOrThrow(await store.append('big', eventsWith(2), { expectedVersion: 1 }));
    expect(refused).toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(refused.message).toMatch(/2\^53/);
    expect(rightOrThrow(await store.readStream('big'))).toHaveLength(1);
    expect(rightOrThrow(await store.readStreamHead('big'))).toMatchObject({ version: 1 });
    // An intruder's row at such a position.
    await db.admin(
      `INSERT INTO ${t.events} OVERRIDING SYSTEM VALUE
       SELECT 9007199254740995, 'other', stream_version, event_id, type, schema_version, data, metadata, hash
       FROM ${t.events} WHERE stream_id = 'big'`,
    );
    expect(leftOrThrow(await store.readAll({ after: 1 }))).toMatchObject({
      code: 'CORRUPT_EVENT',
      streamId: 'other',
    });
    expect(leftOrThrow(await store.readHeadPosition())).toMatchObject({
      code: 'STORE_UNAVAILABLE',
    });
    await store.close();
  });

  it('a history written by another store (same envelopes) gets the very same hashes here, and verifies', async () => {
    // Every store chains with core's chainEvents over the canonical text: a history moved
    // between stores (an export, a migration from SQLite) verifies unchanged.
    const source = createInMemoryEventStore();
    const cases = ['case-a', 'case-b'];
    const store = await open();
    for (const id of cases) {
      const events = [
        eventWith({ z: 1, a: [1.5, 'é', { y: null, b: true }] }),
        eventWith({ n: 2 }),
      ];
      rightOrThrow(await source.append(id, events, { expectedVersion: 'no_stream' }));
      rightOrThrow(await store.append(id, events, { expectedVersion: 'no_stream' }));
    }
    const published = rightOrThrow(await verifyStore(source)).heads;
    const report = rightOrThrow(await verifyStore(store));
    expect(report.breaks).toEqual([]);
    expect(report.heads).toEqual(published);
    for (const id of cases) {
      expect(rightOrThrow(await store.readStream(id)).map((e) => e.hash)).toEqual(
        rightOrThrow(await source.readStream(id)).map((e) => e.hash),
      );
    }
    await store.close();
  });
});
