import { createInMemoryEventStore, exportCases, importCases, verifyStore } from '@netra/core';
import { caseHandlerFor, intakeHistoryArb } from '@netra/testing';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import type { EsdbDouble } from './double/esdb-double.js';
import { openOnDouble, rightOrThrow, useEsdbDouble } from './support/double-store.js';

let double: EsdbDouble;
useEsdbDouble((started) => {
  double = started;
});

const collect = async (lines: AsyncIterable<string>): Promise<string[]> => {
  const all: string[] = [];
  for await (const line of lines) all.push(line);
  return all;
};

/*
 * A history exported from another store imports and verifies here: the hash chain is computed
 * exactly as the other stores compute it. @netra/store-sqlite is not a dependency of this
 * package, so the history is built in core's in-memory store, whose chain is the same
 * (core's chainEvents / hashEvent for every store); the export format is core's NDJSON.
 */
describe('a history exported from another netra store (protocol test double)', () => {
  it('imports with the same hashes and heads, and verifies', async () => {
    // Two generated case histories (a fixed seed), decided by the case handler into core's
    // in-memory store, as they would be into SQLite.
    const histories = fc.sample(intakeHistoryArb({ toTheEnd: true }), { numRuns: 2, seed: 19 });
    const source = createInMemoryEventStore();
    for (const history of histories) {
      const { handle } = caseHandlerFor(history.context, source);
      for (const command of history.commands) {
        const handled = await handle(command)();
        if (E.isLeft(handled)) throw new Error(handled.left.message);
      }
    }
    const ids = histories.map((h) => h.caseId);
    const total = rightOrThrow(await source.readAll({ limit: 100_000 })).length;
    expect(total).toBeGreaterThan(2);
    const lines = await collect(
      exportCases(source, { exportedAt: new Date('2024-10-02T00:00:00Z') }),
    );

    const store = await openOnDouble(double);
    try {
      const imported = await importCases(store, lines);
      if (E.isLeft(imported)) throw new Error(imported.left.message);
      expect(imported.right.events).toBe(total);
      for (const streamId of ids) {
        const there = rightOrThrow(await source.readStream(streamId));
        const here = rightOrThrow(await store.readStream(streamId));
        expect(here.map((e) => e.hash)).toEqual(there.map((e) => e.hash));
        expect(here.map((e) => e.data)).toEqual(there.map((e) => e.data));
        expect(rightOrThrow(await store.readStreamHead(streamId))).toEqual(
          rightOrThrow(await source.readStreamHead(streamId)),
        );
      }
      const verified = rightOrThrow(await verifyStore(store));
      expect(verified).toMatchObject({ streams: ids.length, events: total, breaks: [] });
      const original = rightOrThrow(await verifyStore(source));
      expect(verified.heads).toEqual(original.heads);
      // And the export of the imported history is the same file.
      const again = await collect(
        exportCases(store, { exportedAt: new Date('2024-10-02T00:00:00Z') }),
      );
      expect(again).toEqual(lines);
    } finally {
      await store.close();
    }
  });
});
