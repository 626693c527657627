import { type CaseState, caseEventSchema, decodeCaseEvent, encodeCaseEvent } from '@netra/core';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { handOverImplemented } from './handover-walk.js';
import { intakeHistoryArb } from './intake-history.js';
import { decideAll } from './replay-history.js';

const RUNS = 400;

/** Ordinary histories, and as many whose proceedings went on to their end (the longest ones). */
const historyArb = fc.oneof(intakeHistoryArb(), intakeHistoryArb({ toTheEnd: true }));

// Property runs take seconds, more on a busy machine: vitest's 5 s default is too tight.
describe('intakeHistoryArb', { timeout: 60_000 }, () => {
  it('every command of every history is accepted, and folding gives the expected status', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const replayed = decideAll(h.commands, h.context);
        if (E.isLeft(replayed)) {
          const { index, error } = replayed.left;
          expect.fail(
            `command ${index + 1} (${h.path[index]}) rejected: ${error.code}: ${error.message}`,
          );
        }
        const state = replayed.right.state as Exclude<CaseState, { status: 'NONE' }>;
        expect(state.status).toBe(h.expectedStatus);
        for (const [id, supervisor] of Object.entries(h.expectedForwarding)) {
          expect(state.respondents[id]?.forwarding?.supervisor).toBe(supervisor);
        }
        for (const [id, authority] of Object.entries(h.expectedAuthorities)) {
          expect(state.respondents[id]?.otherLawForward?.authority).toBe(authority);
        }
        // The proceedings after the forwards, as the walk's own model has them (issue 15).
        for (const r of Object.values(state.respondents)) {
          const expected = h.expectedProceedings[r.respondent.respondentId];
          const p = r.proceeding;
          if (expected === undefined) {
            expect(p.supervisorOutcome).toBeNull();
            expect(p.exit).toBeNull();
            continue;
          }
          expect({
            supervisor: p.supervisorOutcome?.supervisor ?? null,
            outcome: p.supervisorOutcome?.result.outcome ?? null,
            blocks: p.blocks.length,
            blocked: p.blocked !== null,
            unblocks: p.blocks.flatMap((b) => (b.unblockReason === null ? [] : [b.unblockReason])),
            sanction: p.sanction?.code ?? null,
            lighterThanRecommended: p.sanction?.lighterThanRecommended ?? null,
            deliveredInTime: p.delivery?.withinDeadline ?? null,
            objection:
              p.objection === null
                ? null
                : {
                    kind: p.objection.kind,
                    filedWith: p.objection.filedWith,
                    outcome: p.objection.decision?.outcome ?? null,
                  },
            effective: p.effective?.code ?? null,
            served: p.servedOn !== null,
            exit: p.exit?.reason ?? null,
          }).toEqual(expected);
        }
        // The criminal track after the forward to Polri, step by step.
        for (const [id, steps] of Object.entries(h.expectedCriminal)) {
          expect(state.respondents[id]?.criminal.map((s) => s.step)).toEqual(steps);
        }
        expect(state.statusNotices.map((n) => n.status)).toEqual(h.announced);
      }),
      { numRuns: RUNS },
    );
  });

  it('legal time increases command by command, and the clock is after the last one', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const instants = h.commands.map((c) => Date.parse(c.meta.occurredAt));
        instants.forEach((t, i) => {
          if (i > 0) expect(t).toBeGreaterThan(instants[i - 1] ?? Number.NaN);
        });
        expect(h.context.now.getTime()).toBeGreaterThan(instants.at(-1) ?? Number.NaN);
        expect(h.context.rulebookVersion).toBe(h.context.rulebook.version);
      }),
      { numRuns: RUNS },
    );
  });

  it('reaches every status and every kind of step, in both regimes', () => {
    const histories = fc.sample(intakeHistoryArb(), 3000);
    for (const regime of ['PEMILU_2024', 'PILKADA_2024'] as const) {
      const mine = histories.filter((h) => h.regime === regime);
      const labels = new Set(mine.flatMap((h) => h.path));
      const statuses = new Set(mine.map((h) => h.expectedStatus));
      for (const status of [
        'RECEIVED',
        'FINDING_RECORDED',
        'AWAITING_COMPLETION',
        'READY_TO_REGISTER',
        'NOT_REGISTRABLE',
        'REGISTERED',
        'DECIDED',
        'FORWARDED',
        'NOT_REGISTERED',
        'WITHDRAWN',
        'WITH_EMPLOYER',
        'CLOSED',
      ] as const) {
        expect(statuses, `${regime} never ends ${status}`).toContain(status);
      }
      for (const label of [
        'ReceiveReport:LATE',
        'CompletePreliminaryReview:INCOMPLETE',
        'CompletePreliminaryReview:TIME_BARRED',
        'CompletePreliminaryReview:OUTSIDE_JURISDICTION',
        'CompleteRequirements',
        'DeclineRegistration:REQUIREMENTS_NOT_COMPLETED',
        'WithdrawReport:RECEIVED',
        'WithdrawReport:REGISTERED',
        'ExtendForAdditionalInformation',
        'DecideRespondent:NOT_A_VIOLATION',
        'DecideRespondent:STOPPED',
        'ForwardToSupervisor:KASN',
        'ForwardToSupervisor:BKN',
        'RerouteKasnFile:MENPANRB',
        'RerouteKasnFile:BKN',
        'ReferToGakkumdu',
        'RecordClarification:RESPONDENT',
        // Rulebook 2024.2
        'SendCompletionNotice',
        'SendCompletionNotice:LATE',
        'TakeUpAsFinding',
        'IssueStatusNotice:REGISTERED',
        'IssueStatusNotice:NOT_REGISTERED',
        'IssueStatusNotice:DECIDED',
        'IssueStatusNotice:FORWARDED',
        'IssueStatusNotice:CLOSED',
        'RecordGakkumduDeliberation:FIRST:PROCEED',
        'RecordGakkumduDeliberation:FIRST:STOP',
        'RecordGakkumduDeliberation:SECOND:PROCEED',
        'ForwardToInvestigators',
        'ForwardToCompetentAuthority:NON_ASN',
        'ForwardToCompetentAuthority:VILLAGE_HEAD',
        'ForwardToCompetentAuthority:VILLAGE_OFFICIAL',
        'ForwardToCompetentAuthority:TNI',
        'ForwardToCompetentAuthority:POLRI',
        ...(handOverImplemented() ? ['HandOverCase:PELIMPAHAN:KECAMATAN'] : []),
        // Issue 15: the proceedings after the forward (proceedings-steps.test.ts has the rest).
        'RecordSupervisorOutcome:PROVEN',
        'RecordSupervisorOutcome:NOT_PROVEN',
        'RecordSupervisorOutcome:RETURNED',
        'BlockPersonnelData',
        'UnblockPersonnelData:BLOCKED_IN_ERROR',
        'DecideSanction:PPK',
        'DeliverSanction',
        'DeliverSanction:LATE',
      ]) {
        expect(labels, `${regime} never has ${label}`).toContain(label);
      }
    }
  });

  it('every event satisfies the event schema and survives encode → decode', () => {
    fc.assert(
      fc.property(historyArb, (h) => {
        const replayed = decideAll(h.commands, h.context);
        if (E.isLeft(replayed)) return expect.fail(replayed.left.error.message);
        for (const event of replayed.right.events.flat()) {
          expect(caseEventSchema.safeParse(event).success).toBe(true);
          const stored = JSON.parse(JSON.stringify(encodeCaseEvent(event)));
          expect(decodeCaseEvent(stored)).toEqual(E.right(event));
        }
      }),
      { numRuns: RUNS },
    );
  });
});
