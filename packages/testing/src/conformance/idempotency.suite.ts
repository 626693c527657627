import type { ActorRef, EventStore } from '@netra/core';
import { describe, expect, it } from 'vitest';
import { addCommand, counterHandler, OFFICER } from './counter-decider.js';
import { freshStreamId } from './fixtures.js';
import type { StoreHarness } from './harness.js';
import { leftOf, rightOf, withStore } from './with-store.js';

const handlerFor = (store: EventStore, retryOnVersionConflict = 0) => {
  const handle = counterHandler(store, { authorize: true, retryOnVersionConflict });
  return (input: unknown, actor: ActorRef = OFFICER) => handle(input, { actor });
};

const add = addCommand;

export const idempotencySuite = (harness: StoreHarness): void => {
  describe('command handling on this store', () => {
    it('a retried command id appends nothing twice and returns the first result', () =>
      withStore(harness, async (store) => {
        const handle = handlerFor(store);
        const counterId = freshStreamId('counter');
        const first = rightOf(await handle(add(counterId, 'cmd-A'))());
        const again = rightOf(await handle(add(counterId, 'cmd-A'))());
        expect(first.alreadyHandled).toBe(false);
        expect(again.alreadyHandled).toBe(true);
        expect(again.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
        expect(rightOf(await store.readStream(counterId))).toHaveLength(2);
        const other = rightOf(await handle(add(counterId, 'cmd-B'))());
        expect(other.events.map((e) => e.streamVersion)).toEqual([3, 4]);
        expect(other.state).toBe(10);
      }));

    it('20 concurrent deliveries of one command append its events once; all get the same answer', () =>
      withStore(harness, async (store) => {
        const handle = handlerFor(store);
        const counterId = freshStreamId('counter');
        rightOf(await handle(add(counterId, 'cmd-0'))());
        const results = await Promise.all(
          Array.from({ length: 20 }, () => handle(add(counterId, 'cmd-1'))()),
        );
        const answers = results.map((r) => rightOf(r));
        expect(new Set(answers.map((a) => a.events.map((e) => e.id).join()))).toHaveProperty(
          'size',
          1,
        );
        expect(answers.filter((a) => !a.alreadyHandled)).toHaveLength(1);
        expect(rightOf(await store.readStream(counterId))).toHaveLength(4);
      }));

    it('different concurrent commands: without retry the losers get a version conflict; with retry all land', () =>
      withStore(harness, async (store) => {
        const counterId = freshStreamId('counter');
        // Each handler loads, then appends. Appends are held until all five have loaded and
        // reached theirs, so all five decide on the same (empty) stream, on any store's timing.
        let arrived = 0;
        let releaseAll: () => void = () => undefined;
        const allLoaded = new Promise<void>((resolve) => {
          releaseAll = resolve;
        });
        const gated: EventStore = {
          ...store,
          append: async (...args) => {
            arrived += 1;
            if (arrived === 5) releaseAll();
            await allLoaded;
            return store.append(...args);
          },
        };
        const noRetry = handlerFor(gated);
        const results = await Promise.all(
          Array.from({ length: 5 }, (_, i) => noRetry(add(counterId, `plain-${i}`))()),
        );
        const failures = results.filter((r) => r._tag === 'Left').map((r) => leftOf(r));
        expect(results.filter((r) => r._tag === 'Right')).toHaveLength(1);
        expect(failures.every((f) => f.code === 'WRONG_EXPECTED_VERSION')).toBe(true);

        const retrying = handlerFor(store, 10);
        const retried = await Promise.all(
          Array.from({ length: 5 }, (_, i) => retrying(add(counterId, `retry-${i}`))()),
        );
        expect(retried.every((r) => r._tag === 'Right')).toBe(true);
        expect(rightOf(await store.readStream(counterId))).toHaveLength(12);
      }));

    it('a rejected command appends nothing and says why', () =>
      withStore(harness, async (store) => {
        const handle = handlerFor(store);
        const counterId = freshStreamId('counter');
        const error = leftOf(await handle(add(counterId, 'big', 5000))());
        expect(error).toMatchObject({ code: 'TOO_LARGE' });
        expect(leftOf(await handle({ nonsense: true })())).toMatchObject({
          code: 'INVALID',
        });
        expect(rightOf(await store.readStream(counterId))).toEqual([]);
      }));

    it('events carry the command metadata, the rulebook version and both clocks', () =>
      withStore(harness, async (store) => {
        const counterId = freshStreamId('counter');
        const [event] = rightOf(await handlerFor(store)(add(counterId, 'meta-1'))()).events;
        expect(event?.metadata).toEqual({
          actor: { id: 'officer-1', role: 'bawaslu', scope: {} },
          commandId: 'meta-1',
          commandFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
          correlationId: 'meta-1',
          causationId: null,
          rulebookVersion: 'conformance',
          occurredAt: '2024-10-01T09:00:00+07:00',
          recordedAt: '2024-10-01T02:00:00.000Z',
        });
      }));

    it('the same command id with another payload is refused as COMMAND_ID_REUSED, never answered as done', () =>
      withStore(harness, async (store) => {
        const handle = handlerFor(store);
        const counterId = freshStreamId('counter');
        const first = rightOf(await handle(add(counterId, 'cmd-R', 5))());
        expect(leftOf(await handle(add(counterId, 'cmd-R', 7))())).toMatchObject({
          code: 'COMMAND_ID_REUSED',
          commandId: 'cmd-R',
          streamId: counterId,
        });
        // The retry with the very same payload is still answered with the first result.
        const retry = rightOf(await handle(add(counterId, 'cmd-R', 5))());
        expect(retry.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
        expect(rightOf(await store.readStream(counterId))).toHaveLength(2);
      }));

    it('a known command id resent by an actor who may not act returns nothing of the first result', () =>
      withStore(harness, async (store) => {
        const handle = handlerFor(store);
        const counterId = freshStreamId('counter');
        rightOf(await handle(add(counterId, 'cmd-S'))());
        const intruder: ActorRef = { id: 'x', role: 'nobody', scope: {} };
        const refused = leftOf(await handle(add(counterId, 'cmd-S'), intruder)());
        expect(refused).toMatchObject({ code: 'INVALID' });
        expect(refused).not.toHaveProperty('events');
        expect(JSON.stringify(refused)).not.toContain('"amount"');
      }));

    it('the actor comes from the host: none is refused, a different one in the body is refused, the same one is fine', () =>
      withStore(harness, async (store) => {
        const handle = counterHandler(store);
        const counterId = freshStreamId('counter');
        const command = add(counterId, 'cmd-H');
        expect(
          leftOf(await handle(command, undefined as unknown as { actor: ActorRef })()),
        ).toMatchObject({ code: 'ACTOR_REQUIRED' });
        const claimed = {
          ...command,
          meta: { ...command.meta, actor: { ...OFFICER, id: 'boss' } },
        };
        expect(leftOf(await handle(claimed, { actor: OFFICER })())).toMatchObject({
          code: 'ACTOR_MISMATCH',
          field: 'meta.actor',
        });
        expect(rightOf(await store.readStream(counterId))).toEqual([]);
        const echoed = { ...command, meta: { ...command.meta, actor: OFFICER } };
        const done = rightOf(await handle(echoed, { actor: OFFICER })());
        expect(done.events[0]?.metadata.actor).toEqual(OFFICER);
      }));
  });
};
