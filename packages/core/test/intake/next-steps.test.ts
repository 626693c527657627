/**
 * nextSteps pinned on the fixtures: who sees which commands, the filing deadline that makes
 * TIME_BARRED the only legal kajian awal outcome (or forbids it), the SKB items of the stage,
 * the supervisor a forward goes to by date, the completion notice and the period it starts, the
 * Gakkumdu deliberation and the 1×24-hour forward to investigators, and the running decision
 * deadlines. Agreement with the decider: next-steps-agreement.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  type CaseState,
  type FollowUpCommandType,
  type NextStepOf,
  nextSteps,
} from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import { defaultRulebook } from '../../src/rules/index.js';
import {
  decidedBoth,
  deliberate,
  forward,
  history,
  incomplete,
  MINUTE_MS,
  noticed,
  plusDays,
  plusMs,
  receiveReport,
  recordFinding,
  registered,
  review,
  stateAfter,
  violation,
  wib,
} from './builders.js';
import {
  auditor,
  bawasluKotaBanjar,
  gakkumduOf,
  SCENARIOS,
  satgasOf,
  supervisorBkn,
} from './fixtures.js';

const stepsFor = (state: CaseState, actor: ActorRef, at: string) =>
  nextSteps(state, actor, new Date(at), defaultRulebook).steps;

const step = <T extends FollowUpCommandType>(
  state: CaseState,
  actor: ActorRef,
  at: string,
  command: T,
): NextStepOf<T> => {
  const found = stepsFor(state, actor, at).find((s) => s.command === command);
  if (found === undefined) return expect.fail(`${command} is not listed for ${actor.id}`);
  return found as NextStepOf<T>;
};

const available = (state: CaseState, actor: ActorRef, at: string) =>
  stepsFor(state, actor, at)
    .filter((s) => s.available)
    .map((s) => s.command);

describe.each(SCENARIOS)('$regime: nextSteps', (s) => {
  const received = stateAfter(history(receiveReport(s)));
  const isRegistered = stateAfter(history(...registered(s)));
  const [first, second] = s.respondents;

  describe('who sees what', () => {
    it('lists for each role only the commands it may send, opening commands left out', () => {
      // ReferToGakkumdu, the 2024.1 name of ForwardToInvestigators, is reported under the new name.
      expect(stepsFor(received, s.bawaslu, s.t.reviewAt).map((x) => x.command)).toEqual([
        'CompletePreliminaryReview',
        'SendCompletionNotice',
        'CompleteRequirements',
        'RegisterCase',
        'DeclineRegistration',
        'WithdrawReport',
        'TakeUpAsFinding',
        'HandOverCase',
        'IssueStatusNotice',
        'RecordClarification',
        'ExtendForAdditionalInformation',
        'RecordGakkumduDeliberation',
        'DecideRespondent',
        'ForwardToSupervisor',
        'ForwardToCompetentAuthority',
        'ForwardToInvestigators',
      ]);
      expect(stepsFor(received, s.reporterActor, s.t.reviewAt).map((x) => x.command)).toEqual([
        'CompleteRequirements',
        'WithdrawReport',
      ]);
      expect(stepsFor(isRegistered, supervisorBkn, s.t.decideAt).map((x) => x.command)).toEqual([
        'RerouteKasnFile',
        'RecordSupervisorOutcome',
        'BlockPersonnelData',
        'UnblockPersonnelData',
        'RecordRespondentExit',
      ]);
      expect(stepsFor(isRegistered, gakkumduOf(s), s.t.decideAt).map((x) => x.command)).toEqual([
        'RecordGakkumduDeliberation',
        'ForwardToInvestigators',
        'RecordCriminalStep',
      ]);
    });

    it('answers an actor who cannot reach the case with an empty list and nothing about it', () => {
      const otherReporter: ActorRef = { id: 'pelapor-lain', role: 'reporter', scope: {} };
      for (const actor of [bawasluKotaBanjar, otherReporter, auditor, satgasOf(first)]) {
        expect(nextSteps(received, actor, new Date(s.t.reviewAt), defaultRulebook)).toEqual({
          steps: [],
        });
      }
      const notAnActor = { id: 'x', role: 'bawaslu', scope: {} };
      expect(stepsFor(received, notAnActor, s.t.reviewAt)).toEqual([]);
      expect(stepsFor({ status: 'NONE' }, s.bawaslu, s.t.reviewAt)).toEqual([]);
    });
  });

  describe('kajian awal', () => {
    it('a timely report: every outcome but TIME_BARRED, with the filing deadline', () => {
      const r = step(received, s.bawaslu, s.t.reviewAt, 'CompletePreliminaryReview');
      expect(r.available).toBe(true);
      expect(r.facts.filing).toMatchObject({
        knownOn: s.incident.knownOn,
        filedOn: s.t.receivedOn,
        due: s.t.filingDue,
        withinDeadline: true,
      });
      expect(r.facts.review).toMatchObject({ due: s.t.reviewDue, inTimeToday: true });
      expect(r.facts.outcomes.filter((o) => o.available).map((o) => o.value)).toEqual([
        'COMPLETE',
        'INCOMPLETE',
        'OUTSIDE_JURISDICTION',
      ]);
      const barred = r.facts.outcomes.find((o) => o.value === 'TIME_BARRED');
      expect(barred?.reason?.code).toBe('REPORT_NOT_TIME_BARRED');
      expect(barred?.reason?.legalBasis).toBeDefined();
    });

    it('a report filed after the deadline: TIME_BARRED (or outside jurisdiction) only', () => {
      const known = plusDays(s.t.receivedOn, -30);
      const late = stateAfter(
        history(
          receiveReport(s, { incident: { ...s.incident, occurredOn: known, knownOn: known } }),
        ),
      );
      const r = step(late, s.bawaslu, s.t.reviewAt, 'CompletePreliminaryReview');
      expect(r.facts.filing).toMatchObject({ knownOn: known, withinDeadline: false });
      expect(r.facts.outcomes.filter((o) => o.available).map((o) => o.value)).toEqual([
        'TIME_BARRED',
        'OUTSIDE_JURISDICTION',
      ]);
      expect(r.facts.outcomes[0]?.reason?.code).toBe('REPORT_TIME_BARRED');
    });

    it('a late review is still offered, its deadline shown as breached', () => {
      const r = step(received, s.bawaslu, s.t.lateReviewAt, 'CompletePreliminaryReview');
      expect(r.available).toBe(true);
      expect(r.facts.review).toMatchObject({ due: s.t.reviewDue, inTimeToday: false });
    });

    it('a finding has no kajian awal: refused as the decider refuses it', () => {
      const finding = stateAfter(history(recordFinding(s)));
      const r = step(finding, s.bawaslu, s.t.registerFindingAt, 'CompletePreliminaryReview');
      expect(r).toMatchObject({ available: false, reason: { code: 'NOT_A_REPORT' } });
      expect(r.facts.filing).toBeNull();
    });
  });

  describe('after an INCOMPLETE review (rulebook 2024.2: the period runs from the notice)', () => {
    const reviewed = stateAfter(history(receiveReport(s), review(s, incomplete('EVIDENCE'))));
    const awaiting = stateAfter(history(...noticed(s, 'EVIDENCE')));

    it('before the notice: Bawaslu sends it; no completion period runs, so no decline yet', () => {
      const notice = step(reviewed, s.bawaslu, s.t.noticeAt, 'SendCompletionNotice');
      expect(notice).toMatchObject({
        available: true,
        facts: {
          notice: { step: 'COMPLETION_NOTICE', due: s.t.noticeDue, inTimeToday: true },
          completionIfReceivedNow: {
            step: 'COMPLETE_REQUIREMENTS',
            due: s.t.completionDue,
            dueAt: s.t.completionDueAt,
            inTimeToday: true,
          },
        },
      });
      const completing = step(reviewed, s.reporterActor, s.t.completeAt, 'CompleteRequirements');
      expect(completing).toMatchObject({
        available: true,
        facts: { missing: ['EVIDENCE'], completion: null },
      });
      const declining = step(reviewed, s.bawaslu, s.t.afterCompletionAt, 'DeclineRegistration');
      expect(declining.available).toBe(false);
      expect(
        declining.facts.reasons.find((r) => r.value === 'REQUIREMENTS_NOT_COMPLETED')?.reason?.code,
      ).toBe('COMPLETION_NOTICE_NOT_SENT');
    });

    it('a late notice is still offered, its deadline shown as breached', () => {
      const late = wib(plusDays(s.t.noticeDue, 1));
      const notice = step(reviewed, s.bawaslu, late, 'SendCompletionNotice');
      expect(notice).toMatchObject({
        available: true,
        facts: { notice: { due: s.t.noticeDue, inTimeToday: false } },
      });
    });

    it('after the notice: the reporter completes, Bawaslu may not decline yet, nor notify again', () => {
      const completing = step(awaiting, s.reporterActor, s.t.completeAt, 'CompleteRequirements');
      expect(completing).toMatchObject({
        available: true,
        facts: { missing: ['EVIDENCE'], completion: { due: s.t.completionDue, inTimeToday: true } },
      });
      const declining = step(awaiting, s.bawaslu, s.t.completeAt, 'DeclineRegistration');
      expect(declining.available).toBe(false);
      expect(
        declining.facts.reasons.find((r) => r.value === 'REQUIREMENTS_NOT_COMPLETED')?.reason?.code,
      ).toBe('COMPLETION_PERIOD_RUNNING');
      expect(step(awaiting, s.bawaslu, s.t.completeAt, 'SendCompletionNotice')).toMatchObject({
        available: false,
        reason: { code: 'COMPLETION_NOTICE_ALREADY_SENT' },
      });
    });

    // DeadlineFact.dueAt: "when the law counts on the clock (2024.2: completion from the notice,
    // …)". The decider judges the completion by the instant, so the fact must too: later on the
    // due date (after 16:00 WIB for Pemilu, after the 48 hours for Pilkada) is not in time.
    it('the completion deadline is shown on the clock, as the decider judges it', () => {
      const lateThatDay = plusMs(s.t.completionDueAt, MINUTE_MS);
      expect(lateThatDay.slice(0, 10) <= s.t.completionDue).toBe(true);
      const expected = {
        step: 'COMPLETE_REQUIREMENTS',
        due: s.t.completionDue,
        dueAt: s.t.completionDueAt,
        inTimeToday: false,
      };
      expect(step(awaiting, s.reporterActor, lateThatDay, 'CompleteRequirements')).toMatchObject({
        available: false,
        reason: { code: 'REQUIREMENTS_LATE' },
        facts: { completion: expected },
      });
      expect(
        step(awaiting, s.bawaslu, lateThatDay, 'DeclineRegistration').facts.completion,
      ).toMatchObject(expected);
    });

    it('once the period is over: the reporter is late, Bawaslu declines', () => {
      const late = plusMs(s.t.completionDueAt, 1);
      expect(step(awaiting, s.reporterActor, late, 'CompleteRequirements')).toMatchObject({
        available: false,
        reason: { code: 'REQUIREMENTS_LATE' },
      });
      const after = step(awaiting, s.bawaslu, late, 'DeclineRegistration');
      expect(after.facts.reasons.filter((r) => r.available).map((r) => r.value)).toEqual([
        'REQUIREMENTS_NOT_COMPLETED',
      ]);
    });
  });

  it('registration: the decision deadline it would set, and the reporter may still withdraw', () => {
    const ready = stateAfter(history(receiveReport(s), review(s)));
    // A hand-over is possible at any open stage (handover.test.ts); the intake steps here.
    expect(available(ready, s.bawaslu, s.t.registerAt).filter((c) => c !== 'HandOverCase')).toEqual(
      ['RegisterCase', 'WithdrawReport'],
    );
    const r = step(ready, s.bawaslu, s.t.registerAt, 'RegisterCase');
    expect(r.facts.decisionIfRegisteredToday).toMatchObject({
      step: 'DECIDE',
      due: s.t.decisionDue,
      inTimeToday: true,
    });
    expect(step(ready, s.reporterActor, s.t.registerAt, 'WithdrawReport').facts.effect).toBe(
      'CASE_CLOSED',
    );
    expect(step(isRegistered, s.reporterActor, s.t.decideAt, 'WithdrawReport').facts.effect).toBe(
      'HANDLING_CONTINUES',
    );
  });

  describe('decision per respondent', () => {
    it('the stage on the incident date and the SKB items that fit it, with their level', () => {
      const r = step(isRegistered, s.bawaslu, s.t.decideAt, 'DecideRespondent');
      expect(r.respondents).toEqual([first.respondentId, second.respondentId]);
      expect(r.facts.decision).toMatchObject({ due: s.t.decisionDue, inTimeToday: true });
      const facts = r.facts.respondents[0];
      expect(facts).toMatchObject({ stage: s.stage, neutralityTrack: true });
      const codes = facts?.skbItems.map((i) => i.code) ?? [];
      expect(codes).toContain(s.skb.code);
      expect(codes).not.toContain(s.skb.otherStage);
      expect(codes).toContain('D-13');
      expect(facts?.skbItems.find((i) => i.code === s.skb.code)?.level).toBe(
        defaultRulebook.skb.find((i) => i.code === s.skb.code)?.level,
      );
    });

    it('a late decision is still offered, the deadline shown as breached', () => {
      const r = step(isRegistered, s.bawaslu, s.t.lateDecideAt, 'DecideRespondent');
      expect(r.available).toBe(true);
      expect(r.facts.decision).toMatchObject({ due: s.t.decisionDue, inTimeToday: false });
    });

    it('before registration: refused with CASE_NOT_REGISTERED', () => {
      expect(step(received, s.bawaslu, s.t.reviewAt, 'DecideRespondent')).toMatchObject({
        available: false,
        reason: { code: 'CASE_NOT_REGISTERED' },
      });
    });
  });

  describe('handover', () => {
    const criminal = violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] });
    const decided = stateAfter(history(...decidedBoth(s, criminal)));

    it('a forward goes to KASN before 23 Aug 2024 and to BKN from then on', () => {
      const before = step(decided, s.bawaslu, s.t.forwardAt, 'ForwardToSupervisor');
      expect(before.facts.supervisor).toBe('KASN');
      expect(before.respondents).toEqual([first.respondentId, second.respondentId]);
      const after = step(decided, s.bawaslu, '2024-08-23T08:00:00+07:00', 'ForwardToSupervisor');
      expect(after.facts.supervisor).toBe('BKN');
    });

    it('only the criminal-track respondent is forwarded to investigators, 1×24 hours on the clock', () => {
      const inTime = plusMs(s.t.referralDueAt, -MINUTE_MS);
      const r = step(decided, gakkumduOf(s), inTime, 'ForwardToInvestigators');
      expect(r.respondents).toEqual([first.respondentId]);
      expect(r.facts.respondents[0]?.referral).toEqual({
        step: 'REFER_TO_POLICE',
        due: s.t.referralDue,
        dueAt: s.t.referralDueAt,
        inTimeToday: true,
        basis: defaultRulebook.deadlines[s.regime].REFER_TO_POLICE.basis,
      });
      expect(r.facts.respondents[1]).toMatchObject({
        available: false,
        reason: { code: 'NO_CRIMINAL_TRACK' },
        referral: null,
      });
      // Later the same day the 24 hours are over: still offered, the breach shown.
      const late = step(
        decided,
        gakkumduOf(s),
        plusMs(s.t.referralDueAt, MINUTE_MS),
        'ForwardToInvestigators',
      );
      expect(late.respondents).toEqual([first.respondentId]);
      expect(late.facts.respondents[0]?.referral).toMatchObject({
        due: s.t.referralDue,
        inTimeToday: false,
      });
    });

    it('a decision recorded under 2024.1 (no instant) is due at the end of the next day', () => {
      const legacy = stateAfter(
        history(...decidedBoth(s, criminal)).map((e) => {
          if (e.type !== 'RespondentDecided') return e;
          const { decidedAt: _dropped, ...data } = e.data;
          return { ...e, data };
        }),
      );
      const r = step(
        legacy,
        gakkumduOf(s),
        wib(s.t.referralDue, '23:00'),
        'ForwardToInvestigators',
      );
      expect(r.facts.respondents[0]?.referral).toMatchObject({
        due: s.t.referralDue,
        dueAt: `${s.t.referralDue}T23:59:59.999+07:00`,
        inTimeToday: true,
      });
    });

    it('the criminal track needs a Gakkumdu deliberation first: its stage is offered per respondent', () => {
      const r = step(
        isRegistered,
        gakkumduOf(s),
        s.t.clarificationAt,
        'RecordGakkumduDeliberation',
      );
      expect(r).toMatchObject({
        available: true,
        respondents: [first.respondentId, second.respondentId],
        facts: {
          respondents: [
            { respondentId: first.respondentId, available: true, nextStage: 'FIRST' },
            { respondentId: second.respondentId, available: true, nextStage: 'FIRST' },
          ],
        },
      });
      const once = stateAfter(history(...registered(s), deliberate(s, first.respondentId)));
      expect(
        step(once, s.bawaslu, s.t.decideAt, 'RecordGakkumduDeliberation').facts.respondents[0],
      ).toMatchObject({ available: true, nextStage: 'SECOND' });
      const after = step(decided, s.bawaslu, s.t.forwardAt, 'RecordGakkumduDeliberation');
      expect(after).toMatchObject({ available: false, reason: { code: 'ALREADY_DECIDED' } });
    });

    it('a file forwarded to KASN may be rerouted by the supervisor after SE 4/2024', () => {
      const forwarded = stateAfter(
        history(...decidedBoth(s), forward(s, [first.respondentId, second.respondentId])),
      );
      const before = step(forwarded, supervisorBkn, '2024-09-03T10:00:00+07:00', 'RerouteKasnFile');
      expect(before).toMatchObject({
        available: false,
        reason: { code: 'REROUTE_BEFORE_TRANSITION' },
      });
      const r = step(forwarded, supervisorBkn, '2024-09-10T10:00:00+07:00', 'RerouteKasnFile');
      expect(r).toMatchObject({
        available: true,
        respondents: [first.respondentId, second.respondentId],
        facts: { destinations: { processingStarted: 'MENPANRB', notStarted: 'BKN' } },
      });
    });
  });

  it('is pure: the same answer twice, the state untouched', () => {
    const frozen = JSON.stringify(isRegistered);
    const a = nextSteps(isRegistered, s.bawaslu, new Date(s.t.decideAt), defaultRulebook);
    const b = nextSteps(isRegistered, s.bawaslu, new Date(s.t.decideAt), defaultRulebook);
    expect(a).toEqual(b);
    expect(JSON.stringify(isRegistered)).toBe(frozen);
  });
});
