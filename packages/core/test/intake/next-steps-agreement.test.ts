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
  type CaseEvent,
  type CaseState,
  caseDecider,
  type DecideRespondent,
  type NextStep,
  nextSteps,
  parseCaseCommand,
} from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import { defaultRulebook, skbStageCounterpart } from '../../src/rules/index.js';
import {
  announce,
  contextAt,
  decide,
  decidedBoth,
  decidedSteps,
  decline,
  deliberate,
  forward,
  history,
  incomplete,
  meta,
  notAViolation,
  noticed,
  plusDays,
  plusMs,
  receiveInternalReport,
  receiveReport,
  recordFinding,
  register,
  registered,
  review,
  reviewedIncompleteUnder2024_1,
  stateAfter,
  takeUp,
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
            // 2024.2: a non-ASN respondent's violation of other laws goes on OTHER_LAW.
            tracks: r.neutralityTrack ? ['NEUTRALITY'] : ['OTHER_LAW'],
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
    case 'ForwardToInvestigators':
      // The 2024.1 name, ReferToGakkumdu, must get the same answer.
      return step.facts.respondents.flatMap((r) => [
        one({ type: step.command, respondentId: r.respondentId }, r),
        one({ type: 'ReferToGakkumdu', respondentId: r.respondentId }, r),
      ]);
    case 'SendCompletionNotice':
      return [one({ type: step.command }, step)];
    case 'IssueStatusNotice':
      return [
        one({ type: step.command, channels: ['NOTICE_BOARD'] }, step),
        one({ type: step.command, channels: ['DIRECT', 'WEBSITE'] }, step),
      ];
    case 'TakeUpAsFinding':
      return [
        one(
          {
            type: step.command,
            supervisingOffice: { level: 'KABKOTA', name: 'Bawaslu Kabupaten' },
            discoveredOn: localDateWib(at),
            reason: FILLER,
          },
          step,
        ),
      ];
    case 'RecordGakkumduDeliberation':
      return step.facts.respondents.flatMap((r) =>
        (['PROCEED', 'STOP'] as const).map((conclusion) =>
          one(
            {
              type: step.command,
              respondentId: r.respondentId,
              stage: r.nextStage ?? 'SECOND',
              conclusion,
              summary: FILLER,
            },
            r,
          ),
        ),
      );
    case 'ForwardToCompetentAuthority':
      return step.facts.respondents.map((r) =>
        one({ type: step.command, respondentId: r.respondentId, addressee: 'Bupati' }, r),
      );
    case 'HandOverCase':
      // Its targets depend on the office chosen; specified in handover.test.ts.
      return [];
    case 'RecordSupervisorOutcome':
    case 'BlockPersonnelData':
    case 'UnblockPersonnelData':
    case 'DecideSanction':
    case 'DeliverSanction':
    case 'FileObjection':
    case 'DecideObjection':
    case 'RecordSanctionServed':
    case 'RecordRespondentExit':
    case 'RecordCriminalStep':
    case 'SummonForExamination':
    case 'RecordExamination':
    case 'ReleaseFromDuty':
    case 'RecordCourtChallenge':
      // The proceedings after the forward: next-steps-proceedings.test.ts.
      return [];
  }
};

/** The local date of an instant in WIB (UTC+7), the fixtures' zone. */
const localDateWib = (instant: string): string =>
  new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);

interface Point {
  readonly name: string;
  readonly state: CaseState;
  readonly at: string;
}

/** A history as recorded under rulebook 2024.1: decisions carry their date only. */
const without2024_2Instants = (events: readonly CaseEvent[]): CaseEvent[] =>
  events.map((e) => {
    if (e.type !== 'RespondentDecided') return e;
    const { decidedAt: _dropped, ...data } = e.data;
    return { ...e, data };
  });

const pointsOf = (s: Scenario): Point[] => {
  const [first, second] = s.respondents;
  const lateKnown = plusDays(s.t.receivedOn, -30);
  const criminal = violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] });
  const otherLaw: DecideRespondent['decision'] = {
    outcome: 'VIOLATION',
    tracks: ['OTHER_LAW'],
    conductOn: s.skb.conductOn,
  };
  const withHead = [
    receiveReport(s, { respondents: [first, s.villageHead] }),
    review(s),
    register(s),
  ];
  const lapsed = [
    ...noticed(s, 'EVIDENCE'),
    decline(s, 'REQUIREMENTS_NOT_COMPLETED', s.t.afterCompletionAt),
  ];
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
    at(
      'reviewed incomplete, notice not sent yet',
      s.t.noticeAt,
      receiveReport(s),
      review(s, incomplete('EVIDENCE')),
    ),
    at(
      'reviewed incomplete, notice never sent, long after',
      s.t.afterCompletionAt,
      receiveReport(s),
      review(s, incomplete('EVIDENCE')),
    ),
    at('awaiting completion after the notice', s.t.completeAt, ...noticed(s, 'EVIDENCE')),
    at('awaiting completion, at the last instant', s.t.completionDueAt, ...noticed(s, 'EVIDENCE')),
    at(
      'completion period over, later on its last day',
      plusMs(s.t.completionDueAt, 1),
      ...noticed(s, 'EVIDENCE'),
    ),
    at('completion period over', s.t.afterCompletionAt, ...noticed(s, 'EVIDENCE')),
    {
      name: 'reviewed incomplete under 2024.1, period over',
      state: stateAfter(reviewedIncompleteUnder2024_1(s, ['EVIDENCE'])),
      at: s.t.afterCompletionAt,
    },
    at('lapsed report, not registered', s.t.afterCompletionAt, ...lapsed),
    at(
      'lapsed report announced, taken up as a finding',
      s.t.afterCompletionAt,
      ...lapsed,
      announce(s, s.t.afterCompletionAt),
      takeUp(s, s.t.afterCompletionAt),
    ),
    at('ready to register', s.t.registerAt, receiveReport(s), review(s)),
    at('registered', s.t.decideAt, ...registered(s)),
    at('registered, decision late', s.t.lateDecideAt, ...registered(s)),
    at(
      'registered, one deliberation held',
      s.t.decideAt,
      ...registered(s),
      deliberate(s, first.respondentId),
    ),
    at(
      'registered, deliberation concluded STOP',
      s.t.decideAt,
      ...registered(s),
      deliberate(s, first.respondentId, 'FIRST', 'STOP'),
    ),
    at(
      'one respondent decided',
      s.t.forwardAt,
      ...registered(s),
      ...decidedSteps(s, first.respondentId, criminal),
    ),
    at('both decided, criminal track too', s.t.forwardAt, ...decidedBoth(s, criminal)),
    at('both decided, criminal forward late', s.t.referralLateAt, ...decidedBoth(s, criminal)),
    {
      name: 'both decided under 2024.1 (no instants), criminal track too',
      state: stateAfter(without2024_2Instants(history(...decidedBoth(s, criminal)))),
      at: s.t.referralLateAt,
    },
    at(
      'forwarded to KASN, after SE 4/2024',
      '2024-09-10T10:00:00+07:00',
      ...decidedBoth(s),
      forward(s, [first.respondentId, second.respondentId]),
    ),
    at('decided, forwarded after BKN took over', '2024-09-02T10:00:00+07:00', ...decidedBoth(s)),
    at('registered with a village head', s.t.decideAt, ...withHead),
    at(
      'a village head decided on OTHER_LAW',
      s.t.forwardAt,
      ...withHead,
      decide(s, s.villageHead.respondentId, otherLaw),
    ),
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
      const { steps } = nextSteps(state, actor, now, defaultRulebook);
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
