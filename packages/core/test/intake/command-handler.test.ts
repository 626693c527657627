/**
 * The intake decider behind the real command handler and in-memory store: parse at the
 * boundary, decide, encode, append, and read back through the codec.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  type CaseState,
  caseContext,
  caseDecider,
  caseEventCodec,
  createCaseCommandHandler,
  parseCaseCommand,
} from '../../src/case/index.js';
import { createCommandHandler } from '../../src/handler/command-handler.js';
import { createRulebook, defaultRulebook } from '../../src/rules/index.js';
import { createInMemoryEventStore } from '../../src/store/in-memory/in-memory-store.js';
import { asSentBy } from '../support/body-actor.js';
import { NOW, receiveReport, register, review } from './builders.js';
import { PEMILU, PILKADA, SCENARIOS } from './fixtures.js';

describe.each(SCENARIOS)('$regime: through the command handler', (s) => {
  const setup = () => {
    const store = createInMemoryEventStore();
    const handle = asSentBy(
      createCommandHandler({
        store,
        decider: caseDecider,
        codec: caseEventCodec,
        parse: parseCaseCommand,
        streamIdOf: (c) => c.caseId,
        context: (now) => ({
          now,
          rulebook: defaultRulebook,
          rulebookVersion: defaultRulebook.version,
        }),
        clock: () => NOW,
      }),
    );
    return { store, handle };
  };

  it('runs report → review → registration from JSON input and reads the stream back', async () => {
    const { store, handle } = setup();
    for (const command of [receiveReport(s), review(s), register(s)]) {
      const result = await handle(JSON.parse(JSON.stringify(command)))();
      expect(E.isRight(result)).toBe(true);
    }
    const read = await store.readStream(s.caseId);
    if (E.isLeft(read)) return expect.fail(read.left.message);
    expect(read.right.map((e) => e.type)).toEqual([
      'ReportReceived',
      'PreliminaryReviewCompleted',
      'CaseRegistered',
    ]);
    expect(defaultRulebook.version).toBe('2024.2');
    expect(read.right.every((e) => e.metadata.rulebookVersion === defaultRulebook.version)).toBe(
      true,
    );
    let state: CaseState = caseDecider.initialState();
    for (const recorded of read.right) {
      const decoded = caseEventCodec.decode(recorded);
      if (E.isLeft(decoded)) return expect.fail(decoded.left.message);
      state = caseDecider.evolve(state, decoded.right);
    }
    expect(state).toMatchObject({
      status: 'REGISTERED',
      registration: { number: s.registrationNumber },
    });
  });

  it('a rejected command appends nothing', async () => {
    const { store, handle } = setup();
    await handle(receiveReport(s))();
    const result = await handle(register(s))();
    expect(result).toMatchObject(E.left({ code: 'REVIEW_PENDING' }));
    const read = await store.readStream(s.caseId);
    expect(E.isRight(read) && read.right.length).toBe(1);
  });

  it('bad input is refused at the boundary with the field', async () => {
    const { handle } = setup();
    const result = await handle({ ...receiveReport(s), regime: 'PEMILU_2029' })();
    expect(result).toMatchObject(E.left({ code: 'UNKNOWN_REGIME', field: 'regime' }));
  });
});

describe('createCaseCommandHandler', () => {
  it('wires the case decider with the rulebook the office configured, recorded on every event', async () => {
    const s = PEMILU;
    const rulebook = createRulebook({ counting: { cutiBersamaIsWorkingDay: true } });
    const store = createInMemoryEventStore();
    const handle = asSentBy(createCaseCommandHandler({ store, clock: () => NOW, rulebook }));
    for (const command of [receiveReport(s), review(s)]) {
      expect(E.isRight(await handle(JSON.parse(JSON.stringify(command)))())).toBe(true);
    }
    const read = await store.readStream(s.caseId);
    const versions = E.isRight(read) ? read.right.map((e) => e.metadata.rulebookVersion) : [];
    expect(versions).toEqual([rulebook.version, rulebook.version]);
    expect(rulebook.version).not.toBe(defaultRulebook.version);
    expect(caseContext(NOW, rulebook)).toEqual({
      now: NOW,
      rulebook,
      rulebookVersion: rulebook.version,
    });
  });

  it('uses rulebook version 1 when none is given, and refuses bad input with the field', async () => {
    const s = PILKADA;
    const store = createInMemoryEventStore();
    const handle = asSentBy(createCaseCommandHandler({ store, clock: () => NOW }));
    const ok = await handle(receiveReport(s))();
    expect(E.isRight(ok) && ok.right.events[0]?.metadata.rulebookVersion).toBe(
      defaultRulebook.version,
    );
    const bad = await handle({ ...review(s), caseId: 'has spaces' })();
    expect(bad).toMatchObject(E.left({ code: 'INVALID_COMMAND', field: 'caseId' }));
  });
});
