import {
  type CaseCommand,
  type CaseEvent,
  type CaseState,
  caseDecider,
  caseEventCodec,
  replayStream,
  verifyStreamChain,
} from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { caseHandlerFor } from './history-handler.js';
import { intakeHistoryArb } from './intake-history.js';
import { decideAll } from './replay-history.js';

/** The commands of the respondent's proceedings after the forwards (issue 15). */
const PROCEEDING_STEPS: readonly CaseCommand['type'][] = [
  'RecordSupervisorOutcome',
  'BlockPersonnelData',
  'UnblockPersonnelData',
  'DecideSanction',
  'DeliverSanction',
  'FileObjection',
  'DecideObjection',
  'RecordSanctionServed',
  'RecordRespondentExit',
  'RecordCriminalStep',
];

/** Ordinary histories, and as many whose proceedings went on to their end (the longest ones). */
const historyArb = fc.oneof(intakeHistoryArb(), intakeHistoryArb({ toTheEnd: true }));

// Property runs take seconds, more on a busy machine: vitest's 5 s default is too tight.
describe('intakeHistoryArb through the command handler and the in-memory store', {
  timeout: 60_000,
}, () => {
  it('appends every command, the chain verifies, and the replayed state is the folded state', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (h) => {
        const folded = decideAll(h.commands, h.context);
        if (E.isLeft(folded)) return expect.fail(folded.left.error.message);
        const { store, handle } = caseHandlerFor(h.context);
        let last: CaseState = caseDecider.initialState();
        for (const [i, command] of h.commands.entries()) {
          const result = await handle(JSON.parse(JSON.stringify(command)))();
          if (E.isLeft(result)) return expect.fail(`command ${i + 1}: ${result.left.message}`);
          expect(result.right.events).toHaveLength(folded.right.events[i]?.length ?? -1);
          last = result.right.state;
        }
        expect(last).toEqual(folded.right.state);

        const read = await store.readStream(h.caseId);
        if (E.isLeft(read)) return expect.fail(read.left.message);
        const recorded = read.right;
        expect(recorded).toHaveLength(folded.right.events.flat().length);
        const chain = verifyStreamChain(h.caseId, recorded);
        expect(E.isRight(chain) && chain.right.events).toBe(recorded.length);
        // Legal time and the rulebook version travel on every event.
        const byCommand = new Map(h.commands.map((c) => [c.meta.commandId, c.meta.occurredAt]));
        for (const e of recorded) {
          expect(e.metadata.occurredAt).toBe(byCommand.get(e.metadata.commandId));
          expect(e.metadata.rulebookVersion).toBe(h.context.rulebookVersion);
        }

        const replayed = replayStream(h.caseId, recorded, caseEventCodec, caseDecider);
        if (E.isLeft(replayed)) return expect.fail(replayed.left.message);
        expect(replayed.right.at(-1)?.state).toEqual(folded.right.state);
      }),
      { numRuns: 150 },
    );
  });

  it('every history, new steps included, replays through evolve to the state the handler reached', async () => {
    const NEW_STEPS: readonly CaseCommand['type'][] = [
      'SendCompletionNotice',
      'IssueStatusNotice',
      'TakeUpAsFinding',
      'HandOverCase',
      'RecordGakkumduDeliberation',
      'ForwardToInvestigators',
      'ReferToGakkumdu',
      'ForwardToCompetentAuthority',
      // Issue 15: the proceedings after the forward.
      ...PROCEEDING_STEPS,
    ];
    let withNewSteps = 0;
    const proceedingRuns = new Map<CaseCommand['type'], number>();
    await fc.assert(
      fc.asyncProperty(historyArb, async (h) => {
        const { handle } = caseHandlerFor(h.context);
        let reached: CaseState = caseDecider.initialState();
        const events: CaseEvent[] = [];
        for (const [i, command] of h.commands.entries()) {
          const result = await handle(JSON.parse(JSON.stringify(command)))();
          if (E.isLeft(result)) {
            return expect.fail(`command ${i + 1} (${h.path[i]}): ${result.left.message}`);
          }
          for (const recorded of result.right.events) {
            const decoded = caseEventCodec.decode(recorded);
            if (E.isLeft(decoded)) return expect.fail(decoded.left.message);
            events.push(decoded.right);
          }
          reached = result.right.state;
        }
        const folded = events.reduce(caseDecider.evolve, caseDecider.initialState());
        expect(folded).toEqual(reached);
        expect(folded.status).toBe(h.expectedStatus);
        if (h.commands.some((c) => NEW_STEPS.includes(c.type))) withNewSteps += 1;
        for (const type of new Set(h.commands.map((c) => c.type))) {
          if (PROCEEDING_STEPS.includes(type))
            proceedingRuns.set(type, (proceedingRuns.get(type) ?? 0) + 1);
        }
      }),
      { numRuns: 400 },
    );
    // The property is about the new steps: most runs must have had some, and every step of the
    // proceedings must have been replayed in some run.
    expect(withNewSteps).toBeGreaterThan(100);
    const unreplayed = PROCEEDING_STEPS.filter((type) => !proceedingRuns.has(type));
    expect(unreplayed, `never replayed: ${unreplayed.join(', ')}`).toEqual([]);
  });
});
