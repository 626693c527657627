import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { receiveReport, register, registered, review } from '../../test/intake/builders.js';
import { PEMILU } from '../../test/intake/fixtures.js';
import type { EventStore } from '../store/event-store.js';
import { GENESIS_HASH } from '../store/hash-chain.js';
import { createInMemoryEventStore } from '../store/in-memory/in-memory-store.js';
import { record, recordedCase } from './audit-histories.fixture.js';
import { verifyCase } from './verify-case.js';

const s = PEMILU;

const recorded = () => recordedCase(s.caseId, registered(s));

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
