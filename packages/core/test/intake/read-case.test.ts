import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { createCaseCommandHandler, readCase } from '../../src/case/index.js';
import type { RecordedEvent } from '../../src/store/envelope.js';
import { createInMemoryEventStore } from '../../src/store/in-memory/in-memory-store.js';
import { asSentBy } from '../support/body-actor.js';
import { NOW, receiveReport, register, review } from './builders.js';
import { SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: readCase', (s) => {
  /** The events of a case received and reviewed through the handler, as recorded. */
  const reviewedCase = async (): Promise<RecordedEvent[]> => {
    const store = createInMemoryEventStore();
    const handle = asSentBy(createCaseCommandHandler({ store, clock: () => NOW }));
    for (const command of [receiveReport(s), review(s)]) {
      const done = await handle(command)();
      if (E.isLeft(done)) return expect.fail(done.left.message);
    }
    const all = await store.readAll();
    if (E.isLeft(all)) return expect.fail(all.left.message);
    return [...all.right];
  };

  it('shows the state, version, events and head of a case, as the handler left it', async () => {
    const store = createInMemoryEventStore();
    const handle = asSentBy(createCaseCommandHandler({ store, clock: () => NOW }));
    let last: unknown;
    for (const command of [receiveReport(s), review(s), register(s)]) {
      const done = await handle(command)();
      if (E.isLeft(done)) return expect.fail(done.left.message);
      last = done.right.state;
    }
    const view = await readCase(store, s.caseId);
    if (E.isLeft(view)) return expect.fail(view.left.message);
    expect(view.right.state).toEqual(last);
    expect(view.right.state.status).toBe('REGISTERED');
    expect(view.right.version).toBe(3);
    expect(view.right.events.map((e) => e.type)).toEqual([
      'ReportReceived',
      'PreliminaryReviewCompleted',
      'CaseRegistered',
    ]);
    expect(view.right.headHash).toBe(view.right.events[2]?.hash);
  });

  it('answers CASE_NOT_FOUND at the top for a case never opened', async () => {
    expect(await readCase(createInMemoryEventStore(), s.caseId)).toMatchObject(
      E.left({ code: 'CASE_NOT_FOUND', caseId: s.caseId }),
    );
  });

  it('refuses to show a tampered case: CHAIN_BROKEN naming the version, never the forged state', async () => {
    const events = await reviewedCase();
    const first = events[0] as RecordedEvent;
    const forged = [
      { ...first, metadata: { ...first.metadata, occurredAt: '2024-01-01T00:00:00+07:00' } },
      events[1] as RecordedEvent,
    ];
    const altered = createInMemoryEventStore({ seed: forged });
    expect(await readCase(altered, s.caseId)).toMatchObject(
      E.left({
        code: 'CHAIN_BROKEN',
        streamId: s.caseId,
        streamVersion: 1,
        reason: 'HASH_MISMATCH',
      }),
    );
  });

  it('refuses to show a case whose last event was deleted (the recorded head says more): CHAIN_BROKEN, not the shorter state', async () => {
    const events = await reviewedCase();
    const last = events[1] as RecordedEvent;
    const truncated = createInMemoryEventStore({
      seed: [events[0] as RecordedEvent],
      seedHeads: [{ streamId: s.caseId, version: 2, hash: last.hash }],
    });
    expect(await readCase(truncated, s.caseId)).toMatchObject(
      E.left({
        code: 'CHAIN_BROKEN',
        streamId: s.caseId,
        reason: 'HEAD_MISMATCH',
        streamVersion: 2,
      }),
    );
  });
});
