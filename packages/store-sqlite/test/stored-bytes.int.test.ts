import { canonicalJson, verifyCase } from '@netra/core';
import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../src/index.js';
import { eventWith } from './support/events.js';
import { rightOrThrow, tempDir } from './support/temp.js';

const temp = tempDir('stored-bytes');
afterAll(() => temp.cleanup());

const rowOf = (path: string, version: number): { data: string; metadata: string } => {
  const raw = new Database(path, { readonly: true });
  try {
    return raw
      .prepare('SELECT data, metadata FROM netra_events WHERE stream_id = ? AND stream_version = ?')
      .get('case-1', version) as { data: string; metadata: string };
  } finally {
    raw.close();
  }
};

const rewrite = (path: string, column: 'data' | 'metadata', text: string): void => {
  const raw = new Database(path);
  try {
    raw
      .prepare(
        `UPDATE netra_events SET ${column} = ? WHERE stream_id = 'case-1' AND stream_version = 1`,
      )
      .run(text);
  } finally {
    raw.close();
  }
};

describe('the rows hold the bytes the hash covers', () => {
  it('writes data and metadata as their RFC 8785 canonical text, whatever order the keys came in', async () => {
    const path = temp.file('canonical.db');
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    const data = { zeta: 1, alpha: { y: [3, 'é', 1e21], b: null }, mid: 'x\u2028' };
    const event = eventWith(data);
    rightOrThrow(await store.append('case-1', [event], { expectedVersion: 'no_stream' }));
    await store.close();
    const row = rowOf(path, 1);
    expect(row.data).toBe(canonicalJson(data));
    expect(row.data.indexOf('"alpha"')).toBeLessThan(row.data.indexOf('"zeta"'));
    expect(row.metadata).toBe(canonicalJson(event.metadata));
    expect(row.metadata.startsWith('{"actor":')).toBe(true);
  });

  it('verifies a row laid out otherwise (as netra 0.1 wrote them) from its values, and finds a changed value', async () => {
    const path = temp.file('layout.db');
    const store = rightOrThrow(openSqliteEventStore({ file: path }));
    rightOrThrow(
      await store.append('case-1', [eventWith({ b: 1, a: 2 }), eventWith({ c: 3 })], {
        expectedVersion: 'no_stream',
      }),
    );
    await store.close();

    // the same values in another layout: the stored bytes no longer give the hash, the values do
    rewrite(path, 'data', '{ "b": 1, "a": 2 }');
    const relaid = rightOrThrow(openSqliteEventStore({ file: path }));
    expect(E.isRight(await verifyCase(relaid, 'case-1'))).toBe(true);
    await relaid.close();

    // another value: refused, at that version
    rewrite(path, 'data', '{"a":2,"b":5}');
    const altered = rightOrThrow(openSqliteEventStore({ file: path }));
    const verdict = await verifyCase(altered, 'case-1');
    await altered.close();
    expect(E.isLeft(verdict) && verdict.left).toMatchObject({
      code: 'CHAIN_BROKEN',
      streamVersion: 1,
      reason: 'HASH_MISMATCH',
    });
  });
});
