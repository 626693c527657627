import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { decide, forward, receiveReport, registered } from '../../test/intake/builders.js';
import { PEMILU, PILKADA } from '../../test/intake/fixtures.js';
import { readCase } from '../case/read-case.js';
import { canonicalJson } from '../store/canonical-json.js';
import type { EventStore } from '../store/event-store.js';
import { GENESIS_HASH, hashEvent } from '../store/hash-chain.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { storeUnavailable } from '../store/store-error.js';
import { collect, EXPORTED_AT, record, recordedStore } from './audit-histories.fixture.js';
import { exportCases } from './export-ndjson.js';
import { importCases } from './import-ndjson.js';
import { verifyStore } from './verify-store.js';

const A = PEMILU.caseId; // lines 2–8, versions 1–7
const B = PILKADA.caseId; // lines 9–11, versions 1–3
const TRAILER = 12;

/** Pemilu Kulon Progo decided and forwarded (7 events: one forward each); Pilkada Bantul registered (3). */
const source = () => {
  const [first, second] = PEMILU.respondents.map((r) => r.respondentId) as [string, string];
  return recordedStore(
    [
      ...registered(PEMILU),
      decide(PEMILU, first),
      decide(PEMILU, second, undefined, '2024-01-29T16:00:00+07:00'),
      forward(PEMILU, [first, second]),
    ],
    registered(PILKADA),
  );
};

const exported = (store: EventStore) => collect(exportCases(store, { exportedAt: EXPORTED_AT }));

const sourceFile = async () => exported(await source());

/** 1-based line numbers, as in an editor. */
const at = (lines: readonly string[], line: number) => JSON.parse(lines[line - 1]!);
const put = (lines: string[], line: number, value: unknown) => {
  lines[line - 1] = `${canonicalJson(value)}\n`;
};

/** Recomputes every hash of `streamId` from the genesis hash, and its head in the trailer. */
const rehash = (lines: readonly string[], streamId: string): string[] => {
  const out = [...lines];
  let previous = GENESIS_HASH;
  for (let n = 1; n <= out.length; n++) {
    const value = at(out, n);
    if (value.streamId === streamId) {
      previous = hashEvent(previous, value);
      put(out, n, { ...value, hash: previous });
    } else if (value.netra === 'case-export-end') {
      const streams = value.streams.map((s: { streamId: string }) =>
        s.streamId === streamId ? { ...s, headHash: previous } : s,
      );
      put(out, n, { ...value, streams });
    }
  }
  return out;
};

const expectEmpty = async (store: EventStore) => {
  expect(await store.readAll()).toEqual(E.right([]));
  expect(await store.listStreamHeads()).toEqual(E.right([]));
};

/** Imports into a fresh store; a refusal must leave that store empty. */
const refused = async (lines: Iterable<string>, options = {}) => {
  const target = createInMemoryEventStore();
  const result = await importCases(target, lines, options);
  await expectEmpty(target);
  if (E.isRight(result)) return expect.fail('the import was not refused');
  return result.left;
};

describe('importCases: a round trip', () => {
  it('imports an export into a fresh store with the same heads, states and bytes', async () => {
    const from = await source();
    const lines = await exported(from);
    expect(lines).toHaveLength(TRAILER);
    expect([at(lines, 2).streamId, at(lines, 8).streamVersion, at(lines, 9).streamId]).toEqual([
      A,
      7,
      B,
    ]);
    const to = createInMemoryEventStore();
    const result = await importCases(to, lines);
    if (E.isLeft(result)) return expect.fail(result.left.message);
    expect(result.right).toEqual({ streams: at(lines, TRAILER).streams, events: 10 });

    const before = await verifyStore(from);
    const after = await verifyStore(to);
    if (E.isLeft(before) || E.isLeft(after)) return expect.fail('verifyStore failed');
    expect(after.right.breaks).toEqual([]);
    expect(after.right.heads).toEqual(before.right.heads);
    expect(after.right.heads.size).toBe(2);
    const [a, b] = [await readCase(from, A), await readCase(to, A)];
    expect(E.isRight(b) && b.right.state).toEqual(E.isRight(a) && a.right.state);
    expect(await exported(to)).toEqual(lines);
  });

  it('reads lines without their newline, from an async source, or a whole file as one string', async () => {
    const lines = await sourceFile();
    const bare = lines.map((l) => l.slice(0, -1));
    async function* slowly() {
      for (const line of bare) yield line;
    }
    for (const input of [slowly(), lines.join('')]) {
      const result = await importCases(createInMemoryEventStore(), input);
      expect(E.isRight(result) && result.right.events).toBe(10);
    }
  });

  it('with the heads published earlier, imports the true file', async () => {
    const from = await source();
    const published = await verifyStore(from);
    if (E.isLeft(published)) return expect.fail(published.left.message);
    const result = await importCases(createInMemoryEventStore(), await exported(from), {
      expectedHeads: published.right.heads,
    });
    expect(E.isRight(result)).toBe(true);
  });
});

describe('importCases: a tampered file is refused, naming the place, and nothing is appended', () => {
  it('a changed byte in the data of an event', async () => {
    const lines = await sourceFile();
    expect(lines[1]).toContain('Agus Setiawan');
    lines[1] = lines[1]!.replace('Agus Setiawan', 'Agus Setiawin');
    expect(await refused(lines)).toMatchObject({
      code: 'HASH_MISMATCH',
      line: 2,
      streamId: A,
      streamVersion: 1,
    });
  });

  it('a deleted event in the middle of a stream', async () => {
    const lines = await sourceFile();
    lines.splice(3 - 1, 1); // A's version 2
    expect(await refused(lines)).toMatchObject({
      code: 'VERSION_GAP',
      line: 3,
      streamId: A,
      streamVersion: 2,
    });
  });

  it("a deleted last event of a stream: the trailer's version shows it", async () => {
    const lines = await sourceFile();
    lines.splice(8 - 1, 1); // A's version 7
    const error = await refused(lines);
    expect(error).toMatchObject({
      code: 'TRAILER_MISMATCH',
      line: TRAILER - 1,
      streamId: A,
      streamVersion: 7,
    });
    expect(error.message).toContain('last events were removed');
  });

  it('an inserted (duplicated) event', async () => {
    const lines = await sourceFile();
    lines.splice(4 - 1, 0, lines[4 - 1]!); // A's version 3, twice
    expect(await refused(lines)).toMatchObject({
      code: 'VERSION_GAP',
      line: 5,
      streamId: A,
      streamVersion: 4,
    });
  });

  it('two events swapped', async () => {
    const lines = await sourceFile();
    [lines[4], lines[5]] = [lines[5]!, lines[4]!]; // A's versions 4 and 5, on lines 5 and 6
    expect(await refused(lines)).toMatchObject({
      code: 'VERSION_GAP',
      line: 5,
      streamId: A,
      streamVersion: 4,
    });
  });

  it('a forged hash: one event changed and its hash recomputed is caught at the next event', async () => {
    const lines = await sourceFile();
    const previous = at(lines, 3).hash;
    const forged = { ...at(lines, 4), data: { ...at(lines, 4).data, registrationNumber: '1/X' } };
    put(lines, 4, { ...forged, hash: hashEvent(previous, forged) });
    expect(await refused(lines)).toMatchObject({
      code: 'HASH_MISMATCH',
      line: 5,
      streamId: A,
      streamVersion: 4,
    });
  });

  it('a fully re-hashed forged stream passes alone, and is caught by the published heads', async () => {
    const from = await source();
    const published = await verifyStore(from);
    if (E.isLeft(published)) return expect.fail(published.left.message);
    const lines = await exported(from);
    put(lines, 4, { ...at(lines, 4), data: { ...at(lines, 4).data, registrationNumber: '1/X' } });
    const forged = rehash(lines, A);

    // The hash chain alone cannot tell the forgery from the true history.
    const blind = await importCases(createInMemoryEventStore(), forged);
    expect(E.isRight(blind)).toBe(true);

    const error = await refused(forged, { expectedHeads: published.right.heads });
    expect(error).toMatchObject({ code: 'EXPECTED_HEAD_MISMATCH', line: 2, streamId: A });
  });

  it('a stream no head was published for, when heads are given', async () => {
    const lines = await sourceFile();
    const error = await refused(lines, { expectedHeads: new Map([[A, at(lines, 8).hash]]) });
    expect(error).toMatchObject({ code: 'EXPECTED_HEAD_MISMATCH', line: 9, streamId: B });
  });

  it('a truncated file', async () => {
    const lines = (await sourceFile()).slice(0, 9);
    expect(await refused(lines)).toMatchObject({ code: 'TRAILER_MISSING', line: 10 });
    // The same, as one string ending in a newline.
    expect(await refused(lines.join(''))).toMatchObject({ code: 'TRAILER_MISSING', line: 10 });
  });

  it('a line cut in the middle', async () => {
    const lines = (await sourceFile()).slice(0, 9);
    lines[8] = lines[8]!.slice(0, 40);
    expect(await refused(lines)).toMatchObject({ code: 'MALFORMED_LINE', line: 9 });
  });

  it('a line that is not JSON', async () => {
    const lines = await sourceFile();
    lines[5] = 'laporan dicabut\n';
    const error = await refused(lines);
    expect(error).toMatchObject({ code: 'MALFORMED_LINE', line: 6 });
    expect(error.message).toMatch(/^Line 6: the line is not JSON/);
  });

  it('an unknown event type, even with its hashes recomputed', async () => {
    const lines = await sourceFile();
    put(lines, 11, { ...at(lines, 11), type: 'CaseTeleported' });
    const error = await refused(rehash(lines, B));
    expect(error).toMatchObject({
      code: 'UNKNOWN_EVENT',
      line: 11,
      streamId: B,
      streamVersion: 3,
    });
    expect(error.message).toContain("'CaseTeleported' is not a case event type");
  });

  it('a stream whose events are not together', async () => {
    const lines = await sourceFile();
    const [last] = lines.splice(8 - 1, 1); // A's version 7 moved after B
    lines.splice(TRAILER - 2, 0, last!);
    expect(await refused(lines)).toMatchObject({
      code: 'INTERLEAVED_STREAM',
      line: TRAILER - 1,
      streamId: A,
      streamVersion: 7,
    });
  });

  it('a trailer whose event count was altered', async () => {
    const lines = await sourceFile();
    put(lines, TRAILER, { ...at(lines, TRAILER), events: 11 });
    expect(await refused(lines)).toMatchObject({ code: 'TRAILER_MISMATCH', line: TRAILER });
  });

  it('a whole stream removed', async () => {
    const lines = await sourceFile();
    lines.splice(9 - 1, 3);
    expect(await refused(lines)).toMatchObject({
      code: 'TRAILER_MISMATCH',
      line: TRAILER - 3,
      streamId: B,
    });
  });

  it('lines after the trailer', async () => {
    const lines = await sourceFile();
    lines.push(lines[1]!);
    expect(await refused(lines)).toMatchObject({ code: 'CONTENT_AFTER_TRAILER', line: 13 });
  });

  it('no header, or a format this code cannot read', async () => {
    const lines = await sourceFile();
    expect(await refused(lines.slice(1))).toMatchObject({ code: 'HEADER_MISSING', line: 1 });
    expect(await refused([])).toMatchObject({ code: 'HEADER_MISSING', line: 1 });
    const newer = [...lines];
    put(newer, 1, { ...at(lines, 1), format: 2 });
    expect(await refused(newer)).toMatchObject({ code: 'UNSUPPORTED_FORMAT', line: 1 });
  });

  it('an event the store would refuse, even with its hashes recomputed', async () => {
    const lines = await sourceFile();
    put(lines, 10, { ...at(lines, 10), id: 'not-a-uuid' });
    const error = await refused(rehash(lines, B));
    expect(error).toMatchObject({ code: 'INVALID_EVENT', line: 10, streamId: B, streamVersion: 2 });
    expect(error.message).toContain('UUID v7');
  });

  it('an event with a field the store does not keep, whose hash covers it', async () => {
    const lines = await sourceFile();
    const value = at(lines, 10);
    put(lines, 10, { ...value, metadata: { ...value.metadata, terminal: 'loket-2' } });
    expect(await refused(rehash(lines, B))).toMatchObject({
      code: 'HASH_DIVERGED',
      line: 10,
      streamId: B,
      streamVersion: 2,
    });
  });
});

describe('importCases: the target store', () => {
  it('refuses a stream the store already holds, appending nothing', async () => {
    const lines = await sourceFile();
    const target = createInMemoryEventStore();
    await record(target, [receiveReport(PILKADA)]);
    const result = await importCases(target, lines);
    expect(result).toEqual(
      E.left(expect.objectContaining({ code: 'STREAM_EXISTS', line: 9, streamId: B })),
    );
    expect(await target.readStream(A)).toEqual(E.right([]));
  });

  it('names the streams written when an append fails after others succeeded', async () => {
    const lines = await sourceFile();
    const target = createInMemoryEventStore();
    const failing: EventStore = {
      ...target,
      append: async (streamId, events, options) =>
        streamId === B
          ? E.left(storeUnavailable('the disk is full'))
          : target.append(streamId, events, options),
    };
    const result = await importCases(failing, lines);
    expect(result).toEqual(
      E.left(
        expect.objectContaining({
          code: 'IMPORT_INCOMPLETE',
          line: 9,
          streamId: B,
          written: [A],
          cause: expect.objectContaining({ code: 'STORE_UNAVAILABLE' }),
        }),
      ),
    );
    if (E.isLeft(result)) expect(result.left.message).toContain(`'${A}' was written`);
  });

  it('calls it a store error when the first append fails and nothing was written', async () => {
    const target = createInMemoryEventStore();
    const failing: EventStore = {
      ...target,
      append: async () => E.left(storeUnavailable('the disk is full')),
    };
    expect(await importCases(failing, await sourceFile())).toEqual(
      E.left(expect.objectContaining({ code: 'STORE_ERROR', line: 2, streamId: A })),
    );
  });
});
