import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { receiveReport, register, review } from '../../test/intake/builders.js';
import { PEMILU } from '../../test/intake/fixtures.js';
import { createCaseCommandHandler } from '../case/case-handler.js';
import type { CaseCommand } from '../case/schema/commands.js';
import type { EventStore } from '../store/event-store.js';
import { GENESIS_HASH } from '../store/hash-chain.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { verifyCase } from './verify-case.js';

const s = PEMILU;

const record = async (store: EventStore, commands: readonly CaseCommand[]) => {
  let now = new Date(0);
  const handle = createCaseCommandHandler({ store, clock: () => now });
  for (const command of commands) {
    now = new Date(command.meta.occurredAt);
    const result = await handle(command, { actor: command.meta.actor })();
    if (E.isLeft(result)) throw new Error(`${command.type}: ${result.left.message}`);
  }
};

const recorded = async () => {
  const store = createInMemoryEventStore();
  await record(store, [receiveReport(s), review(s), register(s)]);
  const events = await store.readStream(s.caseId);
  if (E.isLeft(events)) throw new Error(events.left.message);
  return { store, events: events.right };
};

describe('verifyCase', () => {
  it('answers the number of events and the head hash to publish', async () => {
    const { store, events } = await recorded();
    expect(await verifyCase(store, s.caseId)).toEqual(
      E.right({ streamId: s.caseId, events: 3, headHash: events[2]!.hash }),
    );
  });

  it('names the first altered event', async () => {
    const { events } = await recorded();
    const altered = [...events];
    altered[1] = { ...altered[1]!, data: { ...(altered[1]!.data as object), result: 'x' } };
    const store = createInMemoryEventStore({ seed: altered });
    expect(await verifyCase(store, s.caseId)).toEqual(
      E.left(
        expect.objectContaining({
          code: 'CHAIN_BROKEN',
          streamId: s.caseId,
          streamVersion: 2,
          reason: 'HASH_MISMATCH',
        }),
      ),
    );
  });

  it('catches a deleted last event through the recorded head', async () => {
    const { events } = await recorded();
    const store = createInMemoryEventStore({
      seed: events.slice(0, 2),
      seedHeads: [{ streamId: s.caseId, version: 3, hash: events[2]!.hash }],
    });
    expect(await verifyCase(store, s.caseId)).toEqual(
      E.left(expect.objectContaining({ reason: 'HEAD_MISMATCH', streamVersion: 3 })),
    );
  });

  it('verifies up to the head it read, so a writer appending meanwhile is no break', async () => {
    const store = createInMemoryEventStore();
    await record(store, [receiveReport(s), review(s)]);
    const racing: EventStore = {
      ...store,
      readStreamHead: async (id) => {
        const head = await store.readStreamHead(id);
        await record(store, [register(s)]);
        return head;
      },
    };
    expect(await verifyCase(racing, s.caseId)).toEqual(
      E.right(expect.objectContaining({ events: 2 })),
    );
  });

  it('answers an empty chain for a case the store does not hold', async () => {
    const { store } = await recorded();
    expect(await verifyCase(store, 'case-unknown')).toEqual(
      E.right({ streamId: 'case-unknown', events: 0, headHash: GENESIS_HASH }),
    );
  });
});
