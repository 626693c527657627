/**
 * The case handler as a hostile user meets it (issue: integrity and security hardening). Each
 * test here failed on the handler before the fix: a known command id answered the first result
 * to anyone, compared the id only, and the handler decided on a tampered history.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { createCaseCommandHandler } from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import type { RecordedEvent } from '../../src/store/envelope.js';
import type { EventStore } from '../../src/store/event-store.js';
import { createInMemoryEventStore } from '../../src/store/in-memory/in-memory-store.js';
import { NOW, receiveReport, review } from './builders.js';
import { bawasluKotaBanjar, PILKADA } from './fixtures.js';

const s = PILKADA;

const setup = (store: EventStore = createInMemoryEventStore()) => ({
  store,
  handle: createCaseCommandHandler({ store, clock: () => NOW }),
});

/** The command as a host sends it: no actor in the body. */
const bodyOf = <C extends { meta: { actor: ActorRef } }>(command: C) => {
  const { actor: _actor, ...meta } = command.meta;
  return { ...command, meta };
};

const readAllOf = async (store: EventStore): Promise<readonly RecordedEvent[]> => {
  const all = await store.readAll();
  if (E.isLeft(all)) throw new Error(all.left.message);
  return all.right;
};

describe('a known command id resent', () => {
  it('by an actor with no valid role gets INVALID_ACTOR and nothing of the case, the NIK least of all', async () => {
    const { store, handle } = setup();
    const opened = await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    expect(E.isRight(opened)).toBe(true);
    const nobody: ActorRef = { id: 'x', role: 'nobody', scope: {} };
    const answer = await handle(bodyOf(receiveReport(s)), { actor: nobody })();
    expect(answer).toMatchObject(E.left({ code: 'INVALID_ACTOR' }));
    expect(JSON.stringify(answer)).not.toContain(s.reporter.nik);
    expect(await readAllOf(store)).toHaveLength(1);
  });

  it('by a Bawaslu office of another region gets exactly the answer of a fresh attempt, nothing of the case', async () => {
    const { handle } = setup();
    await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    const resent = await handle(bodyOf(receiveReport(s)), { actor: bawasluKotaBanjar })();
    expect(JSON.stringify(resent)).not.toContain(s.reporter.nik);
    // A review (a non-opening command id) resent from outside is answered as an unknown case.
    const { handle: other } = setup();
    const unknown = await other(bodyOf(review(s)), { actor: bawasluKotaBanjar })();
    await handle(bodyOf(review(s)), { actor: s.bawaslu })();
    const hidden = await handle(bodyOf(review(s)), { actor: bawasluKotaBanjar })();
    expect(hidden).toEqual(unknown);
    expect(hidden).toMatchObject(E.left({ code: 'CASE_NOT_FOUND' }));
  });

  it('with another payload or another command type is COMMAND_ID_REUSED naming the id; the same one is answered as done', async () => {
    const { store, handle } = setup();
    const first = await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    if (E.isLeft(first)) return expect.fail(first.left.message);
    const commandId = receiveReport(s).meta.commandId;
    const altered = bodyOf(
      receiveReport(s, { incident: { ...s.incident, description: 'something else entirely' } }),
    );
    expect(await handle(altered, { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'COMMAND_ID_REUSED', commandId, streamId: s.caseId }),
    );
    const otherType = { ...bodyOf(review(s)), meta: { ...bodyOf(review(s)).meta, commandId } };
    expect(await handle(otherType, { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'COMMAND_ID_REUSED', commandId }),
    );
    const retry = await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    expect(retry).toMatchObject(E.right({ alreadyHandled: true }));
    expect(E.isRight(retry) && retry.right.events.map((e) => e.id)).toEqual(
      first.right.events.map((e) => e.id),
    );
    expect(await readAllOf(store)).toHaveLength(1);
    expect(first.right.events[0]?.metadata.commandFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the actor the host authenticated', () => {
  it('is required, is the one recorded, and a body claiming another is refused', async () => {
    const { store, handle } = setup();
    expect(
      await handle(bodyOf(receiveReport(s)), undefined as unknown as { actor: ActorRef })(),
    ).toMatchObject(E.left({ code: 'ACTOR_REQUIRED' }));
    const claimsRi = {
      ...receiveReport(s),
      meta: { ...receiveReport(s).meta, actor: { ...s.bawaslu, id: 'ketua' } },
    };
    expect(await handle(claimsRi, { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'ACTOR_MISMATCH', field: 'meta.actor' }),
    );
    expect(await readAllOf(store)).toHaveLength(0);
    const done = await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    expect(E.isRight(done) && done.right.events[0]?.metadata.actor).toEqual(s.bawaslu);
  });

  it('is checked for its shape: a national Bawaslu actor carrying a region code is INVALID_ACTOR', async () => {
    const { handle } = setup();
    const odd: ActorRef = {
      id: 'bawaslu-ri-1',
      role: 'bawaslu',
      scope: { bawasluLevel: 'RI', regionCode: '34.02' },
    };
    expect(await handle(bodyOf(receiveReport(s)), { actor: odd })()).toMatchObject(
      E.left({ code: 'INVALID_ACTOR' }),
    );
  });
});

describe('input size', () => {
  it('a 10 MiB description is COMMAND_TOO_LARGE before parsing; the limit can be raised', async () => {
    const { store, handle } = setup();
    const huge = bodyOf(
      receiveReport(s, { incident: { ...s.incident, description: 'x'.repeat(10 * 1024 * 1024) } }),
    );
    expect(await handle(huge, { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'COMMAND_TOO_LARGE', limit: 256 * 1024 }),
    );
    const cyclic: Record<string, unknown> = { ...bodyOf(receiveReport(s)) };
    cyclic.loop = cyclic;
    expect(await handle(cyclic, { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'COMMAND_TOO_LARGE', field: 'loop' }),
    );
    expect(await readAllOf(store)).toHaveLength(0);
  });
});

describe('a tampered history', () => {
  const tampered = async (alter: (events: RecordedEvent[]) => RecordedEvent[]) => {
    const { store, handle } = setup();
    await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    await handle(bodyOf(review(s)), { actor: s.bawaslu })();
    const events = [...(await readAllOf(store))];
    const altered = createInMemoryEventStore({
      seed: alter(events),
      seedHeads: [{ streamId: s.caseId, version: 2, hash: events[1]?.hash ?? '' }],
    });
    return setup(altered);
  };
  const next = () => bodyOf({ ...review(s), meta: { ...review(s).meta, commandId: 'next-1' } });

  it.each([
    [
      'the data of an event',
      (e: RecordedEvent[]) => [
        {
          ...e[0]!,
          data: {
            ...(e[0]!.data as object),
            caseId: s.caseId,
            incident: { ...s.incident, place: 'elsewhere' },
          },
        },
        e[1]!,
      ],
      'HASH_MISMATCH',
      1,
    ],
    [
      'the actor of an event',
      (e: RecordedEvent[]) => [
        {
          ...e[0]!,
          metadata: { ...e[0]!.metadata, actor: { ...e[0]!.metadata.actor, id: 'forger' } },
        },
        e[1]!,
      ],
      'HASH_MISMATCH',
      1,
    ],
    [
      'a hash',
      (e: RecordedEvent[]) => [e[0]!, { ...e[1]!, hash: 'f'.repeat(64) }],
      'HASH_MISMATCH',
      2,
    ],
    [
      'the order of events',
      (e: RecordedEvent[]) => [
        { ...e[1]!, streamVersion: 1 },
        { ...e[0]!, streamVersion: 2 },
      ],
      'HASH_MISMATCH',
      1,
    ],
    ['the last event, deleted', (e: RecordedEvent[]) => [e[0]!], 'HEAD_MISMATCH', 2],
    ['a gap', (e: RecordedEvent[]) => [{ ...e[1]! }], 'VERSION_GAP', 1],
  ] as const)(
    '%s: the next command is refused with CHAIN_BROKEN (stream, version, reason), not decided or appended',
    async (_name, alter, reason, version) => {
      const { store, handle } = await tampered((events) => [...alter(events)]);
      const before = (await readAllOf(store)).length;
      expect(await handle(next(), { actor: s.bawaslu })()).toMatchObject(
        E.left({ code: 'CHAIN_BROKEN', streamId: s.caseId, streamVersion: version, reason }),
      );
      expect(await readAllOf(store)).toHaveLength(before);
    },
  );
});

describe('a truncated history', () => {
  it('a command id recorded before the deleted tail is not answered from the shorter history: CHAIN_BROKEN', async () => {
    const { store, handle } = setup();
    await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    await handle(bodyOf(review(s)), { actor: s.bawaslu })();
    const events = [...(await readAllOf(store))];
    const truncated = setup(
      createInMemoryEventStore({
        seed: [events[0] as RecordedEvent],
        seedHeads: [{ streamId: s.caseId, version: 2, hash: (events[1] as RecordedEvent).hash }],
      }),
    );
    // Without the head check this resend would be answered "already handled" with a state that
    // lacks the review: the store's own append check never runs on that path.
    expect(await truncated.handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'CHAIN_BROKEN', reason: 'HEAD_MISMATCH', streamVersion: 2 }),
    );
  });
});

describe('a tampered history seen from outside', () => {
  it('an actor out of scope is not even told the case is broken: the answer of an unknown case', async () => {
    const { store, handle } = setup();
    await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })();
    const [first] = await readAllOf(store);
    const forged = {
      ...first!,
      metadata: { ...first!.metadata, recordedAt: '2030-01-01T00:00:00.000Z' },
    };
    const broken = setup(createInMemoryEventStore({ seed: [forged] }));
    const outsider = await broken.handle(bodyOf(review(s)), { actor: bawasluKotaBanjar })();
    const unknown = await setup().handle(bodyOf(review(s)), { actor: bawasluKotaBanjar })();
    expect(outsider).toEqual(unknown);
    expect(await broken.handle(bodyOf(review(s)), { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'CHAIN_BROKEN', reason: 'HASH_MISMATCH' }),
    );
  });
});

describe('the host actor with a malformed shape', () => {
  it('is INVALID_ACTOR naming the field, whether the role is not text or the scope is junk', async () => {
    const { handle } = setup();
    const wrongRole = { id: 'x', role: 5, scope: {} } as unknown as ActorRef;
    expect(await handle(bodyOf(receiveReport(s)), { actor: wrongRole })()).toMatchObject(
      E.left({ code: 'INVALID_ACTOR', field: 'meta.actor.role' }),
    );
  });
});

describe('list limits configured on the case handler', () => {
  it('an office that lowers the respondent limit gets it enforced by the handler', async () => {
    const store = createInMemoryEventStore();
    const handle = createCaseCommandHandler({
      store,
      clock: () => NOW,
      listLimits: { respondents: 1 },
    });
    expect(s.respondents.length).toBeGreaterThan(1);
    expect(await handle(bodyOf(receiveReport(s)), { actor: s.bawaslu })()).toMatchObject(
      E.left({ code: 'INVALID_COMMAND', field: 'respondents' }),
    );
    expect(await readAllOf(store)).toHaveLength(0);
  });
});
