import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { receiveReport, registered, review } from '../../test/intake/builders.js';
import { PEMILU, PILKADA } from '../../test/intake/fixtures.js';
import { canonicalJson } from '../store/canonical-json.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { collect, EXPORTED_AT, recordedStore } from './audit-histories.fixture.js';
import { CaseExportError, exportCases } from './export-ndjson.js';

/** Two cases: Pilkada Bantul registered (3 events), Pemilu Kulon Progo reviewed (2 events). */
const twoCases = () => recordedStore(registered(PILKADA), [receiveReport(PEMILU), review(PEMILU)]);

describe('exportCases', () => {
  it('writes a header, every event in stream order without its position, and a trailer', async () => {
    const store = await twoCases();
    const lines = await collect(exportCases(store, { exportedAt: EXPORTED_AT }));
    expect(lines).toHaveLength(7);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(lines[0]).toBe(
      '{"exportedAt":"2024-12-02T01:00:00.000Z","format":1,"netra":"case-export"}\n',
    );
    const events = lines.slice(1, -1).map((l) => JSON.parse(l));
    // Streams in stream-id order (the store's head list), each in version order.
    expect(events.map((e) => [e.streamId, e.streamVersion])).toEqual([
      [PEMILU.caseId, 1],
      [PEMILU.caseId, 2],
      [PILKADA.caseId, 1],
      [PILKADA.caseId, 2],
      [PILKADA.caseId, 3],
    ]);
    const read = await store.readStream(PILKADA.caseId);
    if (E.isLeft(read)) return expect.fail(read.left.message);
    const { globalPosition, ...fields } = read.right[2]!;
    expect(globalPosition).toBeGreaterThan(0);
    expect(events[4]).toEqual(fields);
    expect(JSON.parse(lines[6]!)).toEqual({
      netra: 'case-export-end',
      streams: [
        { streamId: PEMILU.caseId, version: 2, headHash: events[1].hash },
        { streamId: PILKADA.caseId, version: 3, headHash: fields.hash },
      ],
      events: 5,
    });
  });

  it('writes canonical JSON, so the same history gives the same bytes', async () => {
    const store = await twoCases();
    const first = await collect(exportCases(store, { exportedAt: EXPORTED_AT }));
    const second = await collect(exportCases(store, { exportedAt: EXPORTED_AT }));
    expect(second).toEqual(first);
    for (const line of first) expect(line).toBe(`${canonicalJson(JSON.parse(line))}\n`);
  });

  it('exports the streams asked for, in the order asked', async () => {
    const store = await twoCases();
    const lines = await collect(
      exportCases(store, { exportedAt: EXPORTED_AT, streamIds: [PILKADA.caseId] }),
    );
    expect(lines.slice(1, -1).map((l) => JSON.parse(l).streamId)).toEqual([
      PILKADA.caseId,
      PILKADA.caseId,
      PILKADA.caseId,
    ]);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ events: 3 });
  });

  it('stops at a stream that does not verify, before writing any of its events', async () => {
    const source = await twoCases();
    const all = await source.readAll();
    if (E.isLeft(all)) return expect.fail(all.left.message);
    const seed = all.right.map((e) =>
      e.streamId === PILKADA.caseId && e.streamVersion === 3
        ? {
            ...e,
            data: {
              ...(e.data as object),
              registrationNumber: '999/Reg/LP/PB/Kab/13.04/VIII/2024',
            },
          }
        : e,
    );
    const store = createInMemoryEventStore({ seed });
    const lines: string[] = [];
    const exported = (async () => {
      for await (const line of exportCases(store, { exportedAt: EXPORTED_AT })) lines.push(line);
    })();
    const error = await exported.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CaseExportError);
    expect((error as CaseExportError).problem).toMatchObject({
      code: 'CHAIN_BROKEN',
      streamId: PILKADA.caseId,
      streamVersion: 3,
      reason: 'HASH_MISMATCH',
    });
    // The header and the verified Pemilu stream only: no line of the broken one, no trailer.
    expect(lines).toHaveLength(3);
    expect(lines.some((l) => l.includes(PILKADA.caseId))).toBe(false);
  });

  it('stops at a stream whose last events were deleted', async () => {
    const source = await twoCases();
    const all = await source.readAll();
    const heads = await source.listStreamHeads();
    if (E.isLeft(all) || E.isLeft(heads)) return expect.fail('read failed');
    const store = createInMemoryEventStore({
      seed: all.right.filter((e) => !(e.streamId === PILKADA.caseId && e.streamVersion === 3)),
      seedHeads: heads.right,
    });
    await expect(collect(exportCases(store, { exportedAt: EXPORTED_AT }))).rejects.toMatchObject({
      problem: { reason: 'HEAD_MISMATCH', streamId: PILKADA.caseId, streamVersion: 3 },
    });
  });

  it('refuses a stream id the store does not hold, and an invalid export date', async () => {
    const store = await twoCases();
    await expect(
      collect(exportCases(store, { exportedAt: EXPORTED_AT, streamIds: ['case-typo'] })),
    ).rejects.toMatchObject({ problem: { code: 'INVALID_READ', option: 'streamId' } });
    expect(() => exportCases(store, { exportedAt: new Date('not a date') })).toThrow(RangeError);
  });
});
