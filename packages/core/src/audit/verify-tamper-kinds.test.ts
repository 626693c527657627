/**
 * Each kind of alteration of a stored history, made behind the store (as an intruder with the
 * storage would), is found by `verifyCase` and by `verifyStore` at the right place: the stream,
 * the first version that no longer verifies, and the reason. The same kinds in an exported file
 * are refused by `importCases` (import-ndjson.test.ts).
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { decide, forward, registered } from '../../test/intake/builders.js';
import { PEMILU, PILKADA } from '../../test/intake/fixtures.js';
import type { ChainBreakReason, StreamHead } from '../store/chain.js';
import type { RecordedEvent } from '../store/envelope.js';
import { hashEvent } from '../store/hash-chain.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { recordedStore } from './audit-histories.fixture.js';
import { verifyCase } from './verify-case.js';
import { verifyStore } from './verify-store.js';

const A = PEMILU.caseId; // versions 1–7
const B = PILKADA.caseId; // versions 1–3, left intact

/** The log and heads of two cases; A decided and forwarded (7 events), B registered (3). */
const storage = async () => {
  const [first, second] = PEMILU.respondents.map((r) => r.respondentId) as [string, string];
  const store = await recordedStore(
    [
      ...registered(PEMILU),
      decide(PEMILU, first),
      decide(PEMILU, second, undefined, '2024-01-29T16:00:00+07:00'),
      forward(PEMILU, [first, second]),
    ],
    registered(PILKADA),
  );
  const log = await store.readAll();
  const heads = await store.listStreamHeads();
  if (E.isLeft(log) || E.isLeft(heads)) throw new Error('the fixture store did not read');
  return { log: [...log.right], heads: heads.right };
};

type Alteration = (
  log: RecordedEvent[],
  heads: readonly StreamHead[],
) => {
  log: RecordedEvent[];
  heads: readonly StreamHead[];
};

const version = (log: readonly RecordedEvent[], v: number) =>
  log.findIndex((e) => e.streamId === A && e.streamVersion === v);

const KINDS: readonly (readonly [string, Alteration, number, ChainBreakReason])[] = [
  [
    'a changed byte in an event',
    (log, heads) => {
      const i = version(log, 4);
      log[i] = {
        ...log[i]!,
        metadata: { ...log[i]!.metadata, occurredAt: '2024-01-29T15:00:01+07:00' },
      };
      return { log, heads };
    },
    4,
    'HASH_MISMATCH',
  ],
  [
    'a deleted event',
    (log, heads) => ({ log: log.filter((_, i) => i !== version(log, 3)), heads }),
    3,
    'VERSION_GAP',
  ],
  [
    'a deleted last event (the recorded head still says 7)',
    (log, heads) => ({ log: log.filter((_, i) => i !== version(log, 7)), heads }),
    7,
    'HEAD_MISMATCH',
  ],
  [
    'an inserted event (one repeated)',
    (log, heads) => {
      const i = version(log, 5);
      return { log: [...log.slice(0, i + 1), log[i]!, ...log.slice(i + 1)], heads };
    },
    6,
    'VERSION_GAP',
  ],
  [
    'two events swapped',
    (log, heads) => {
      const i = version(log, 5);
      const j = version(log, 6);
      [log[i], log[j]] = [log[j]!, log[i]!];
      return { log, heads };
    },
    5,
    'VERSION_GAP',
  ],
  [
    'a forged hash: an event changed and its own hash recomputed',
    (log, heads) => {
      const i = version(log, 2);
      const forged = { ...log[i]!, data: { ...(log[i]!.data as object), note: 'forged' } };
      log[i] = { ...forged, hash: hashEvent(log[version(log, 1)]!.hash, forged) };
      return { log, heads };
    },
    3,
    'HASH_MISMATCH',
  ],
  [
    'an event moved in from another stream',
    (log, heads) => {
      const i = version(log, 6);
      const foreign = log.find((e) => e.streamId === B && e.streamVersion === 1)!;
      log[i] = {
        ...foreign,
        streamId: A,
        streamVersion: 6,
        globalPosition: log[i]!.globalPosition,
      };
      return { log, heads };
    },
    6,
    'HASH_MISMATCH',
  ],
];

describe('verify finds each kind of alteration at its place', () => {
  it.each(KINDS)('%s', async (_kind, alter, at, reason) => {
    const { log, heads } = await storage();
    const altered = alter(log, heads);
    const store = createInMemoryEventStore({ seed: altered.log, seedHeads: altered.heads });
    expect(await verifyCase(store, A)).toEqual(
      E.left(
        expect.objectContaining({ code: 'CHAIN_BROKEN', streamId: A, streamVersion: at, reason }),
      ),
    );
    const whole = await verifyStore(store);
    if (E.isLeft(whole)) throw new Error(whole.left.message);
    expect(whole.right.breaks).toEqual([
      expect.objectContaining({ streamId: A, streamVersion: at, reason }),
    ]);
    // The other case verifies: the report names the damaged stream only.
    expect(await verifyCase(store, B)).toEqual(E.right(expect.objectContaining({ events: 3 })));
  });

  it('the untouched storage verifies', async () => {
    const { log, heads } = await storage();
    const store = createInMemoryEventStore({ seed: log, seedHeads: heads });
    expect(await verifyCase(store, A)).toEqual(E.right(expect.objectContaining({ events: 7 })));
    const whole = await verifyStore(store);
    expect(E.isRight(whole) && whole.right.breaks).toEqual([]);
  });
});
