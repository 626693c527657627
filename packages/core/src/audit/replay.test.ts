import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import type { EventCodec } from '../handler/event-codec.js';
import type { NewEvent } from '../store/envelope.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { replayStream } from './replay.js';

type Tally = { readonly type: 'Tallied'; readonly data: { readonly votes: number } };
const codec: EventCodec<Tally> = {
  encode: (e) => ({ type: e.type, schemaVersion: 1, data: e.data }),
  decode: (s) =>
    s.type === 'Tallied'
      ? E.right({ type: 'Tallied', data: s.data as { votes: number } })
      : E.left({ message: `unknown type ${s.type}` }),
};
const fold = { initialState: () => 0, evolve: (total: number, e: Tally) => total + e.data.votes };

const event = (type: string, votes: number, n: number): NewEvent => ({
  id: `0190f0c4-0000-7000-8000-${String(n).padStart(12, '0')}`,
  type,
  schemaVersion: 1,
  data: { votes },
  metadata: {
    actor: { id: 'a', role: 'bawaslu', scope: {} },
    commandId: `c${n}`,
    correlationId: `c${n}`,
    causationId: null,
    rulebookVersion: 'test',
    occurredAt: '2024-11-27T13:00:00+07:00',
    recordedAt: '2024-11-27T06:00:00.000Z',
  },
});

const recordedStream = async (types: readonly string[]) => {
  const store = createInMemoryEventStore();
  await store.append(
    'tps-1',
    types.map((t, i) => event(t, i + 1, i + 1)),
    { expectedVersion: 'no_stream' },
  );
  const read = await store.readStream('tps-1');
  if (E.isLeft(read)) throw new Error(read.left.message);
  return read.right;
};

describe('replayStream', () => {
  it('gives the state after every event', async () => {
    const steps = replayStream(
      'tps-1',
      await recordedStream(['Tallied', 'Tallied', 'Tallied']),
      codec,
      fold,
    );
    expect(E.isRight(steps) && steps.right.map((s) => s.state)).toEqual([1, 3, 6]);
  });

  it('given the recorded head, reports a deleted tail that the chain alone cannot show', async () => {
    const recorded = await recordedStream(['Tallied', 'Tallied', 'Tallied']);
    const last = recorded[2]!;
    const head = { streamId: 'tps-1', version: 3, hash: last.hash };
    expect(E.isRight(replayStream('tps-1', recorded, codec, fold, { head }))).toBe(true);
    const truncated = recorded.slice(0, 2);
    expect(E.isRight(replayStream('tps-1', truncated, codec, fold))).toBe(true);
    expect(replayStream('tps-1', truncated, codec, fold, { head })).toEqual(
      E.left(
        expect.objectContaining({
          code: 'CHAIN_BROKEN',
          reason: 'HEAD_MISMATCH',
          streamVersion: 3,
        }),
      ),
    );
  });

  it('stops at an event whose hash does not verify', async () => {
    const recorded = [...(await recordedStream(['Tallied', 'Tallied', 'Tallied']))];
    recorded[1] = { ...recorded[1]!, data: { votes: 50 } };
    expect(replayStream('tps-1', recorded, codec, fold)).toEqual(
      E.left(
        expect.objectContaining({
          code: 'CHAIN_BROKEN',
          reason: 'HASH_MISMATCH',
          streamVersion: 2,
        }),
      ),
    );
  });

  it('stops at an event it cannot read, naming it', async () => {
    const result = replayStream(
      'tps-1',
      await recordedStream(['Tallied', 'Recounted']),
      codec,
      fold,
    );
    expect(result).toEqual(
      E.left(expect.objectContaining({ code: 'UNREADABLE_EVENT', streamVersion: 2 })),
    );
  });

  it('stops at an event the fold refuses, instead of throwing', async () => {
    const strict = {
      initialState: () => 0,
      evolve: (total: number, e: Tally) => {
        if (e.data.votes > 2) throw new Error('more votes than voters');
        return total + e.data.votes;
      },
    };
    const result = replayStream(
      'tps-1',
      await recordedStream(['Tallied', 'Tallied', 'Tallied']),
      codec,
      strict,
    );
    expect(result).toEqual(
      E.left(expect.objectContaining({ code: 'UNREADABLE_EVENT', streamVersion: 3 })),
    );
    expect(E.isLeft(result) && result.left.message).toContain('more votes than voters');
  });
});
