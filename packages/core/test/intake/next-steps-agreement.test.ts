/**
 * nextSteps never disagrees with the decider: over a matrix of case states, clocks and actors,
 * every step (and every choice and respondent inside it) is turned into the command a form
 * would build from the facts; an available one must be accepted by `caseDecider.decide`, an
 * unavailable one refused with the same code. Every sample also passes the boundary parser.
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  type CaseCommand,
  type CaseState,
  caseDecider,
  type NextStep,
  nextSteps,
  parseCaseCommand,
} from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import { rulebookV1, skbStageCounterpart } from '../../src/rules/index.js';
import {
  contextAt,
  decide,
  decidedBoth,
  forward,
  history,
  incomplete,
  meta,
  notAViolation,
  plusDays,
  receiveInternalReport,
  receiveReport,
  recordFinding,
  registered,
  review,
  stateAfter,
  violation,
  withdraw,
} from './builders.js';
import {
  auditor,
  bawasluKotaBanjar,
  bawasluRi,
  gakkumduOf,
  SCENARIOS,
  type Scenario,
  satgasOf,
  supervisorBkn,
  systemActor,
} from './fixtures.js';

const FILLER = 'Diisi petugas.';

/** What a form would send for one choice of a step. */
type Sample = {
  readonly command: CaseCommand;
  readonly available: boolean;
  readonly code?: string;
};

const samplesOf = (step: NextStep, caseId: string, actor: ActorRef, at: string): Sample[] => {
  const base = { caseId, meta: meta(actor, at) };
  const one = (body: object, v: { available: boolean; reason?: { code: string } }): Sample => ({
    command: { ...base, ...body } as CaseCommand,
    available: v.available,
    ...(v.reason === undefined ? {} : { code: v.reason.code }),
  });
  switch (step.command) {
    case 'CompletePreliminaryReview':
      return step.facts.outcomes.map((o) =>
        one(
          {
            type: step.command,
            result:
              o.value === 'INCOMPLETE'
                ? { outcome: o.value, missing: ['EVIDENCE'] }
                : { outcome: o.value },
          },
          o,
        ),
      );
    case 'CompleteRequirements':
      return [
        one(
          {
            type: step.command,
            supplied: step.facts.missing.length > 0 ? [...step.facts.missing] : ['EVIDENCE'],
          },
          step,
        ),
      ];
    case 'RegisterCase':
      return [one({ type: step.command, registrationNumber: '099/Reg/LP/PB/Kab/VIII/2024' }, step)];
    case 'DeclineRegistration':
      return step.facts.reasons.map((r) => one({ type: step.command, reason: r.value }, r));
    case 'WithdrawReport':
      return [one({ type: step.command }, step)];
    case 'RecordClarification':
      return [
        one(
          {
            type: step.command,
            party: { kind: 'EXPERT', name: 'Ahli hukum kepegawaian' },
            heldOn: step.facts.heldOnUntil,
            summary: FILLER,
          },
          step,
        ),
      ];
    case 'ExtendForAdditionalInformation':
      return [one({ type: step.command, reason: FILLER }, step)];
    case 'DecideRespondent':
      return step.facts.respondents.flatMap((r) => {
        const body = (skbCode?: string) => ({
          type: step.command,
          respondentId: r.respondentId,
          decision: {
            outcome: 'VIOLATION',
            tracks: r.neutralityTrack ? ['NEUTRALITY'] : ['CRIMINAL'],
            conductOn: r.conductOn,
            ...(skbCode === undefined ? {} : { skbCode }),
          },
        });
        if (!r.available) return [one(body(r.skbItems[0]?.code), r)];
        const listed = r.skbItems.map((item) => one(body(item.code), r));
        // The counterpart at the other stage is not listed, and the decider refuses it.
        const unlisted = r.skbItems
          .map((item) => skbStageCounterpart(item.code))
          .filter((c) => c !== undefined && !r.skbItems.some((item) => item.code === c))
          .map((c) => one(body(c), { available: false, reason: { code: 'SKB_STAGE_MISMATCH' } }));
        return [...listed, ...unlisted];
      });
    case 'ForwardToSupervisor':
      return step.facts.respondents.map((r) =>
        one(
          {
            type: step.command,
            respondentIds: [r.respondentId],
            expectedSupervisor: step.facts.supervisor,
          },
          r,
        ),
      );
    case 'RerouteKasnFile':
      return step.facts.respondents.flatMap((r) =>
        [true, false].map((started) =>
          one(
            { type: step.command, respondentIds: [r.respondentId], kasnProcessingStarted: started },
            r,
          ),
        ),
      );
    case 'ReferToGakkumdu':
      return step.facts.respondents.map((r) =>
        one({ type: step.command, respondentId: r.respondentId }, r),
      );
  }
};

interface Point {
  readonly name: string;
  readonly state: CaseState;
  readonly at: string;
}

const pointsOf = (s: Scenario): Point[] => {
  const [first, second] = s.respondents;
  const lateKnown = plusDays(s.t.receivedOn, -30);
  const criminal = violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] });
  const at = (name: string, time: string, ...commands: CaseCommand[]): Point => ({
    name,
    state: stateAfter(history(...commands)),
    at: time,
  });
  return [
    at('received, review in time', s.t.reviewAt, receiveReport(s)),
    at('received, review late', s.t.lateReviewAt, receiveReport(s)),
    at(
      'received, filed after the filing deadline',
      s.t.reviewAt,
      receiveReport(s, {
        incident: { ...s.incident, occurredOn: lateKnown, knownOn: lateKnown },
      }),
    ),
    at('awaiting completion', s.t.completeAt, receiveReport(s), review(s, incomplete('EVIDENCE'))),
    at(
      'completion period over',
      s.t.afterCompletionAt,
      receiveReport(s),
      review(s, incomplete('EVIDENCE')),
    ),
    at('ready to register', s.t.registerAt, receiveReport(s), review(s)),
    at('registered', s.t.decideAt, ...registered(s)),
    at('registered, decision late', s.t.lateDecideAt, ...registered(s)),
    at(
      'one respondent decided',
      s.t.forwardAt,
      ...registered(s),
      decide(s, first.respondentId, criminal),
    ),
    at('both decided, criminal track too', s.t.forwardAt, ...decidedBoth(s, criminal)),
    at(
      'forwarded to KASN, after SE 4/2024',
      '2024-09-10T10:00:00+07:00',
      ...decidedBoth(s),
      forward(s, [first.respondentId, second.respondentId]),
    ),
    at('decided, forwarded after BKN took over', '2024-09-02T10:00:00+07:00', ...decidedBoth(s)),
    at('closed', s.t.forwardAt, ...decidedBoth(s, notAViolation, notAViolation)),
    at('withdrawn', s.t.registerAt, receiveReport(s), withdraw(s, s.t.reviewAt)),
    at('finding recorded', s.t.registerFindingAt, recordFinding(s)),
    at('internal report', s.t.reviewAt, receiveInternalReport(s, satgasOf(first))),
  ];
};

const actorsOf = (s: Scenario): ActorRef[] => [
  s.bawaslu,
  s.bawasluProvinsi,
  bawasluRi,
  bawasluKotaBanjar,
  s.reporterActor,
  { id: 'pelapor-lain-01', role: 'reporter', scope: {} },
  satgasOf(s.respondents[0]),
  supervisorBkn,
  systemActor,
  gakkumduOf(s),
  auditor,
  { id: 'ppk-01', role: 'ppk', scope: { agencyId: s.respondents[0].agency.id } },
];

describe.each(SCENARIOS)('$regime: nextSteps agrees with the decider', (s) => {
  it.each(pointsOf(s))('$name', ({ state, at }) => {
    const now = new Date(at);
    let checked = 0;
    for (const actor of actorsOf(s)) {
      const { steps } = nextSteps(state, actor, now, rulebookV1);
      if (state.status === 'NONE') continue;
      for (const step of steps) {
        for (const sample of samplesOf(step, state.caseId, actor, at)) {
          const label = `${actor.id} ${sample.command.type} ${JSON.stringify(sample.command)}`;
          expect(E.isRight(parseCaseCommand(sample.command)), label).toBe(true);
          const decided = caseDecider.decide(sample.command, state, contextAt(now));
          if (sample.available) {
            expect(E.isRight(decided) ? 'accepted' : decided.left, label).toBe('accepted');
          } else {
            expect(E.isLeft(decided) ? decided.left.code : 'accepted', label).toBe(sample.code);
          }
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
