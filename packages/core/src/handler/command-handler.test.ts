import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { createCommandHandler } from './command-handler.js';
import type { CommandMeta } from './command-meta.js';
import type { Decider, DecisionContext } from './decider.js';

interface Cmd {
  readonly meta: CommandMeta;
  readonly id: string;
}
type Ev = { readonly type: 'Opened' } | { readonly type: 'Reopened' };

/** A decider whose evolve refuses a second 'Opened', as a real domain refuses an impossible history. */
const decider: Decider<Cmd, number, Ev, DecisionContext, { code: string; message: string }> = {
  initialState: () => 0,
  evolve: (n, e) => {
    if (e.type === 'Opened' && n > 0) throw new Error('opened twice');
    return n + 1;
  },
  decide: () => E.right([{ type: 'Reopened' }]),
};

const ACTOR = { id: 'a', role: 'system', scope: {} };

const meta = (commandId: string): CommandMeta => ({
  commandId,
  actor: ACTOR,
  occurredAt: '2024-10-01T09:00:00+07:00',
});

const setup = async (types: readonly string[]) => {
  const store = createInMemoryEventStore();
  const handle = createCommandHandler({
    store,
    decider,
    codec: {
      encode: (e) => ({ type: e.type, schemaVersion: 1, data: {} }),
      decode: (s) =>
        s.type === 'Opened' || s.type === 'Reopened'
          ? E.right({ type: s.type })
          : E.left({ message: `unknown event type '${s.type}'` }),
    },
    parse: (input) => E.right(input as Cmd),
    streamIdOf: (c) => c.id,
    context: (now) => ({ now, rulebookVersion: 'test' }),
    clock: () => new Date('2024-10-01T02:00:00Z'),
  });
  const first = types.map((type, i) => ({
    id: `0190f0c4-0000-7000-8000-${String(i + 1).padStart(12, '0')}`,
    type,
    schemaVersion: 1,
    data: {},
    metadata: {
      actor: { id: 'a', role: 'system', scope: {} },
      commandId: `seed-${i}`,
      correlationId: `seed-${i}`,
      causationId: null,
      rulebookVersion: 'test',
      occurredAt: '2024-10-01T09:00:00+07:00',
      recordedAt: '2024-10-01T02:00:00.000Z',
    },
  }));
  if (first.length > 0) await store.append('s-1', first, { expectedVersion: 'no_stream' });
  return { store, handle };
};

describe('command handler on a history it cannot use', () => {
  it('answers UNREADABLE_HISTORY naming the event when evolve throws, and appends nothing', async () => {
    const { store, handle } = await setup(['Opened', 'Opened']);
    const result = await handle({ meta: meta('c-1'), id: 's-1' }, { actor: ACTOR })();
    expect(result).toEqual(
      E.left(expect.objectContaining({ code: 'UNREADABLE_HISTORY', streamVersion: 2 })),
    );
    expect(E.isLeft(result) && result.left.message).toContain('opened twice');
    const read = await store.readStream('s-1');
    expect(E.isRight(read) && read.right.length).toBe(2);
  });

  it('answers UNREADABLE_HISTORY when an event cannot be decoded', async () => {
    const { handle } = await setup(['Opened', 'Vanished']);
    const result = await handle({ meta: meta('c-2'), id: 's-1' }, { actor: ACTOR })();
    expect(E.isLeft(result) && result.left.message).toContain("unknown event type 'Vanished'");
  });

  it('appends on a history it can use', async () => {
    const { handle } = await setup(['Opened']);
    const result = await handle({ meta: meta('c-3'), id: 's-1' }, { actor: ACTOR })();
    expect(E.isRight(result) && result.right.events.map((e) => e.streamVersion)).toEqual([2]);
  });
});
