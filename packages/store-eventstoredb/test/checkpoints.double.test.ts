import { describe, expect, it } from 'vitest';
import type { EsdbDouble } from './double/esdb-double.js';
import { openOnDouble, rightOrThrow, useEsdbDouble } from './support/double-store.js';

let double: EsdbDouble;
useEsdbDouble((started) => {
  double = started;
});

describe('checkpoints on the protocol test double', () => {
  it('one event per commit, outside netra’s streams; snapshots keep loading bounded and exact', async () => {
    const store = await openOnDouble(double);
    try {
      const expected = new Map<string, unknown>();
      for (let i = 1; i <= 230; i++) {
        const rows: [string, unknown][] = [[`case-${i % 17}`, { n: i }]];
        if (i % 10 === 0) rows.push([`case-${(i + 3) % 17}`, null]);
        for (const [key, row] of rows) {
          if (row === null) expected.delete(key);
          else expected.set(key, row);
        }
        rightOrThrow(
          await store.checkpoints.commitProjection('model', {
            version: 2,
            position: i * 10,
            reset: false,
            rows: rows as never,
          }),
        );
      }
      const stream = double.log.streamRecords(`${store.category}.checkpoint-model`);
      const snapshots = stream.filter((r) => JSON.parse(Buffer.from(r.data).toString()).snapshot);
      expect(snapshots.map((r) => r.revision)).toEqual([100n, 200n]);
      expect(stream).toHaveLength(232);
      const sentBefore = double.log.eventsSent;
      const loaded = rightOrThrow(await store.checkpoints.loadProjection('model'));
      // From the last snapshot on (one backward chunk), not the 232 events of the stream.
      expect(double.log.eventsSent - sentBefore).toBeLessThanOrEqual(100);
      expect(loaded?.version).toBe(2);
      expect(loaded?.position).toBe(2300);
      expect(new Map(loaded?.rows)).toEqual(expected);
      expect(rightOrThrow(await store.checkpoints.load('model'))).toBe(2300);
      // Never part of netra's log.
      expect(rightOrThrow(await store.readAll())).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
