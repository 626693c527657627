/**
 * nextSteps for the respondent's proceedings after the forward (issue 15): what a supervisor,
 * a PPK, BPASN (`appeal_authority`) and a Gakkumdu desk are offered per respondent, with the
 * decider's refusals and the periods the rules know; every command type either answered by a
 * step or explicitly not offered; and agreement with the decider over a matrix of proceedings
 * states and actors (every available choice accepted, every refused one refused with the same
 * code). Histories are the decider's own (builders.ts).
 */
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import {
  type CaseCommand,
  type CaseCommandOf,
  type CaseState,
  caseDecider,
  type FollowUpCommandType,
  type NextStep,
  type NextStepOf,
  nextSteps,
  parseCaseCommand,
} from '../../src/case/index.js';
import { NOT_OFFERED, STEPS } from '../../src/case/next-steps/next-steps.js';
import { CASE_COMMAND_TYPES } from '../../src/case/schema/commands.js';
import { respondentIn } from '../../src/case/state.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import {
  compareSeverity,
  defaultRulebook,
  effectiveOn,
  type PersonKind,
  type SanctionCode,
  sanctionsInForce,
} from '../../src/rules/index.js';
import {
  blockData,
  contextAt,
  criminalStep,
  decidedBoth,
  decideObjection,
  decideSanction,
  deliverSanction,
  fileObjection,
  forward,
  forwardToInvestigators,
  history,
  meta,
  OBJECTION_TIMES,
  PROCEEDING_TIMES,
  ppkOf,
  proven,
  reroute,
  respondentExit,
  stateAfter,
  supervisorOutcome,
  unblockData,
  violation,
} from './builders.js';
import { gakkumduOf, SCENARIOS, type Scenario, supervisorBkn, systemActor } from './fixtures.js';

/** A clock after every date here, the end of the sanctions included. */
const LATER = '2026-01-05T02:00:00Z';
const BPASN: ActorRef = { id: 'bpasn-sekretariat-01', role: 'appeal_authority', scope: {} };
const FILLER = 'Diisi petugas.';

/** The commands these tests are about. */
const PROCEEDINGS = [
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
  'SummonForExamination',
  'RecordExamination',
  'ReleaseFromDuty',
  'RecordCourtChallenge',
] as const satisfies readonly FollowUpCommandType[];
type Proceeding = (typeof PROCEEDINGS)[number];

const isProceeding = (step: NextStep): boolean =>
  (PROCEEDINGS as readonly string[]).includes(step.command);

const stepsOf = (state: CaseState, actor: ActorRef, at: string): readonly NextStep[] =>
  nextSteps(state, actor, new Date(at), defaultRulebook).steps;

const step = <T extends Proceeding>(
  state: CaseState,
  actor: ActorRef,
  at: string,
  command: T,
): NextStepOf<T> => {
  const found = stepsOf(state, actor, at).find((s) => s.command === command);
  if (found === undefined) return expect.fail(`${command} is not listed for ${actor.id}`);
  return found as NextStepOf<T>;
};

/** The proceedings steps an actor is offered: `+` available, else the refusal's code. */
const view = (state: CaseState, actor: ActorRef, at: string): Record<string, string> =>
  Object.fromEntries(
    stepsOf(state, actor, at)
      .filter(isProceeding)
      .map((s) => [s.command, s.available ? '+' : (s.reason?.code ?? '?')]),
  );

/** Per respondent: `+` available, else the refusal's code. */
const perRespondent = (
  options: readonly { respondentId: string; available: boolean; reason?: { code: string } }[],
) =>
  Object.fromEntries(
    options.map((o) => [o.respondentId, o.available ? '+' : (o.reason?.code ?? '?')]),
  );

const choices = <V extends string>(
  options: readonly { value: V; available: boolean; reason?: { code: string } }[],
) => Object.fromEntries(options.map((o) => [o.value, o.available ? '+' : (o.reason?.code ?? '?')]));

/** The PPK's examination before a discipline sanction (PP 94/2021 Pasal 26–27). */
const EXAMINATION = {
  PEMILU_2024: { summonAt: '2024-02-22T10:00:00+07:00', examinationOn: '2024-02-27' },
  PILKADA_2024: { summonAt: '2024-09-03T10:00:00+07:00', examinationOn: '2024-09-05' },
} as const;

const examined = (s: Scenario, respondentId: string, agencyId: string): CaseCommand[] => {
  const e = EXAMINATION[s.regime];
  const summon: CaseCommandOf<'SummonForExamination'> = {
    type: 'SummonForExamination',
    meta: meta(ppkOf(agencyId), e.summonAt),
    caseId: s.caseId,
    respondentId,
    letterNumber: '800/17/BKPSDM/2024',
    examinationOn: e.examinationOn,
  };
  const examine: CaseCommandOf<'RecordExamination'> = {
    type: 'RecordExamination',
    meta: meta(ppkOf(agencyId), `${e.examinationOn}T10:00:00+07:00`),
    caseId: s.caseId,
    respondentId,
    result: { outcome: 'EXAMINED', bapReference: 'BAP-17/BKPSDM/2024' },
  };
  return [summon, examine];
};

/** The criminal track's dates (criminal.test.ts, hand-checked there). */
const CRIMINAL = {
  PEMILU_2024: {
    forwardAt: '2024-01-30T09:00:00+07:00',
    file: '2024-02-05',
    investigationDue: '2024-02-22',
    indicted: '2024-02-16',
    verdict: '2024-02-22',
    appeal: '2024-02-24',
    appealDue: '2024-02-25',
    lateAppeal: '2024-02-26',
    highCourt: '2024-03-01',
  },
  PILKADA_2024: {
    forwardAt: '2024-08-12T09:00:00+07:00',
    file: '2024-08-19',
    investigationDue: '2024-08-30',
    indicted: '2024-08-28',
    verdict: '2024-09-03',
    appeal: '2024-09-05',
    appealDue: '2024-09-06',
    lateAppeal: '2024-09-07',
    highCourt: '2024-09-10',
  },
} as const;

const at10 = (d: string) => `${d}T10:00:00+07:00`;

/** The histories of one scenario, each the decider's own. */
const casesOf = (s: Scenario) => {
  const t = PROCEEDING_TIMES[s.regime];
  const o = OBJECTION_TIMES[s.regime];
  const c = CRIMINAL[s.regime];
  const [pns, other] = s.respondents;
  const id = pns.respondentId;
  const forwarded = [...decidedBoth(s), forward(s, [id])];
  const recommended = [
    ...forwarded,
    supervisorOutcome(s, id, proven('MODERATE', pns.agency.id), t.outcomeAt),
  ];
  const examinedCase = [...recommended, ...examined(s, id, pns.agency.id)];
  const sanctioned = [...examinedCase, decideSanction(s, id, t.sanctionAt)];
  const delivered = [...sanctioned, deliverSanction(s, id, t.deliverAt)];
  const objected = [...delivered, fileObjection(s, id, o.fileAt)];
  const criminalDecided = decidedBoth(s, violation(s, { tracks: ['NEUTRALITY', 'CRIMINAL'] }));
  const toPolri = [...criminalDecided, forwardToInvestigators(s, id, c.forwardAt)];
  const verdict = { verdict: 'GUILTY', summary: 'Terbukti; pidana percobaan.' } as const;
  const atVerdict = [
    ...toPolri,
    criminalStep(s, id, at10(c.file), { step: 'FILE_TO_PROSECUTOR' }),
    criminalStep(s, id, at10(c.indicted), { step: 'INDICTED' }),
    criminalStep(s, id, at10(c.verdict), { step: 'DISTRICT_VERDICT', ...verdict }),
  ];
  const final = [
    ...atVerdict,
    criminalStep(s, id, at10(c.appeal), { step: 'APPEAL_FILED' }),
    criminalStep(s, id, at10(c.highCourt), { step: 'HIGH_COURT_VERDICT', ...verdict }),
  ];
  const state = (...commands: CaseCommand[]) => stateAfter(history(...commands));
  return {
    t,
    o,
    c,
    pns,
    other,
    id,
    ppk: ppkOf(pns.agency.id),
    otherPpk: ppkOf(other.agency.id),
    gakkumdu: gakkumduOf(s),
    forwarded: state(...forwarded),
    rerouted: state(...forwarded, reroute(s, [id], false)),
    recommended: state(...recommended),
    blocked: state(...recommended, blockData(s, id, t.blockAt)),
    examined: state(...examinedCase),
    sanctioned: state(...sanctioned),
    blockedSanctioned: state(
      ...recommended,
      blockData(s, id, t.blockAt),
      ...examined(s, id, pns.agency.id),
      decideSanction(s, id, t.sanctionAt),
    ),
    unblocked: state(
      ...recommended,
      blockData(s, id, t.blockAt),
      unblockData(s, id, t.sanctionAt, 'BLOCKED_IN_ERROR'),
    ),
    delivered: state(...delivered),
    objected: state(...objected),
    reduced: state(
      ...objected,
      decideObjection(s, id, o.decideAt, { outcome: 'REDUCED', sanction: 'TEGURAN_TERTULIS' }),
    ),
    exited: state(...recommended, respondentExit(s, id, t.blockAt)),
    heavySummoned: state(
      ...forwarded,
      supervisorOutcome(s, id, proven('HEAVY', pns.agency.id), t.outcomeAt),
      ...examined(s, id, pns.agency.id).slice(0, 1),
    ),
    criminalDecided: state(...criminalDecided),
    toPolri: state(...toPolri),
    atVerdict: state(...atVerdict),
    final: state(...final),
  };
};

describe('every command type is answered by a step or explicitly not offered', () => {
  it('each command type is in exactly one of STEPS and NOT_OFFERED', () => {
    const unanswered = CASE_COMMAND_TYPES.filter(
      (type) => Object.hasOwn(STEPS, type) === Object.hasOwn(NOT_OFFERED, type),
    );
    expect(unanswered, 'add a STEPS entry (with its StepFacts) or a NOT_OFFERED entry').toEqual([]);
  });
});

describe.each(SCENARIOS)('$regime: nextSteps for the proceedings', (s) => {
  const k = casesOf(s);
  const { t, o, c, id, ppk } = k;
  const otherId = k.other.respondentId;

  describe('the supervisor', () => {
    it('after the forward: the outcome for the forwarded respondent only; no block yet', () => {
      expect(view(k.forwarded, supervisorBkn, t.outcomeAt)).toEqual({
        RecordSupervisorOutcome: '+',
        BlockPersonnelData: 'NO_RECOMMENDATION',
        UnblockPersonnelData: 'NOT_BLOCKED',
        RecordRespondentExit: '+',
      });
      const outcome = step(k.forwarded, supervisorBkn, t.outcomeAt, 'RecordSupervisorOutcome');
      expect(outcome.respondents).toEqual([id]);
      expect(perRespondent(outcome.facts.respondents)).toEqual({
        [id]: '+',
        [otherId]: 'NOT_AT_SUPERVISOR',
      });
      // The law sets the PPK no follow-up period; the file is with KASN (forwarded before BKN).
      expect(outcome.facts.respondents[0]).toMatchObject({
        supervisor: 'KASN',
        followUpIfProvenToday: null,
      });
      expect(outcome.facts.levels).toContain('MODERATE');
    });

    it('a rerouted file is with the reroute’s destination', () => {
      const outcome = step(
        k.rerouted,
        supervisorBkn,
        '2024-09-20T10:00:00+07:00',
        'RecordSupervisorOutcome',
      );
      expect(outcome.facts.respondents[0]).toMatchObject({ respondentId: id, supervisor: 'BKN' });
    });

    it('after a PROVEN outcome: the block, not a second outcome; then the lifting per reason', () => {
      expect(view(k.recommended, supervisorBkn, t.blockAt)).toMatchObject({
        RecordSupervisorOutcome: 'SUPERVISOR_OUTCOME_RECORDED',
        BlockPersonnelData: '+',
        UnblockPersonnelData: 'NOT_BLOCKED',
      });
      const block = step(k.recommended, supervisorBkn, t.blockAt, 'BlockPersonnelData');
      expect(block.facts.respondents[0]).toMatchObject({ followUp: null, blockedOn: null });

      expect(view(k.blocked, supervisorBkn, t.sanctionAt)).toMatchObject({
        BlockPersonnelData: 'ALREADY_BLOCKED',
        UnblockPersonnelData: '+',
      });
      const unblock = step(k.blocked, supervisorBkn, t.sanctionAt, 'UnblockPersonnelData');
      expect(unblock.facts.respondents[0]).toMatchObject({ blockedOn: t.blockAt.slice(0, 10) });
      // Without a sanction on record, only an error lifts the block.
      expect(choices(unblock.facts.respondents[0]?.reasons ?? [])).toEqual({
        PPK_FOLLOWED_UP: 'PPK_NOT_FOLLOWED_UP',
        BLOCKED_IN_ERROR: '+',
      });
      const followed = step(
        k.blockedSanctioned,
        supervisorBkn,
        t.deliverAt,
        'UnblockPersonnelData',
      );
      expect(choices(followed.facts.respondents[0]?.reasons ?? [])).toEqual({
        PPK_FOLLOWED_UP: '+',
        BLOCKED_IN_ERROR: '+',
      });
      expect(view(k.unblocked, supervisorBkn, t.deliverAt)).toMatchObject({
        BlockPersonnelData: '+',
        UnblockPersonnelData: 'NOT_BLOCKED',
      });
    });

    it('after an exit, every step on that respondent is refused', () => {
      const exit = step(k.exited, supervisorBkn, t.sanctionAt, 'RecordRespondentExit');
      expect(perRespondent(exit.facts.respondents)[id]).toBe('RESPONDENT_EXITED');
      expect(exit.facts.reasons).toEqual([
        'RETIRED',
        'DISMISSED_OTHER_GROUNDS',
        'RESIGNED',
        'DIED',
      ]);
      const block = step(k.exited, supervisorBkn, t.sanctionAt, 'BlockPersonnelData');
      expect(perRespondent(block.facts.respondents)[id]).toBe('RESPONDENT_EXITED');
    });
  });

  describe('the PPK', () => {
    it('sees only its own agency’s respondents; nothing to sanction before a recommendation', () => {
      expect(view(k.forwarded, ppk, t.outcomeAt)).toEqual({
        SummonForExamination: 'NO_RECOMMENDATION',
        RecordExamination: 'NO_RECOMMENDATION',
        ReleaseFromDuty: 'NO_RECOMMENDATION',
        DecideSanction: 'NO_RECOMMENDATION',
        DeliverSanction: 'SANCTION_NOT_DECIDED',
        FileObjection: 'SANCTION_NOT_DECIDED',
        DecideObjection: 'NO_OBJECTION',
        RecordSanctionServed: 'SANCTION_NOT_DECIDED',
        RecordCourtChallenge: 'COURT_NOT_OPEN',
        RecordRespondentExit: '+',
      });
      expect(view(k.recommended, ppk, t.blockAt)).toMatchObject({
        SummonForExamination: '+',
        RecordExamination: 'NO_SUMMONS_PENDING',
        ReleaseFromDuty: 'RELEASE_NOT_AVAILABLE',
        // A moral sanction (PP 42/2004) needs no PP 94 examination; a discipline one does.
        DecideSanction: '+',
      });
      const before = step(k.recommended, ppk, t.blockAt, 'DecideSanction').facts.respondents[0];
      expect(before?.sanctions.find((x) => x.value === 'TUNDA_KGB_1T')?.reason?.code).toBe(
        'EXAMINATION_NOT_RECORDED',
      );
      expect(before?.sanctions.find((x) => x.value === 'MORAL_TERTUTUP')?.available).toBe(true);
      expect(view(k.heavySummoned, ppk, t.sanctionAt)).toMatchObject({
        SummonForExamination: 'EXAMINATION_PENDING',
        RecordExamination: '+',
        ReleaseFromDuty: '+',
      });
      const sanction = step(k.forwarded, ppk, t.outcomeAt, 'DecideSanction');
      expect(sanction.facts.respondents.map((r) => r.respondentId)).toEqual([id]);
      const otherView = step(k.forwarded, k.otherPpk, t.outcomeAt, 'DecideSanction');
      expect(otherView.facts.respondents.map((r) => r.respondentId)).toEqual([otherId]);
    });

    it('after the examination: the catalogue for a PNS, measured against the recommendation', () => {
      const sanction = step(k.examined, ppk, t.sanctionAt, 'DecideSanction');
      expect(sanction.available).toBe(true);
      const [r] = sanction.facts.respondents;
      expect(r).toMatchObject({ respondentId: id, kind: 'PNS', recommended: 'MODERATE' });
      const inForce = sanctionsInForce(defaultRulebook, t.sanctionOn, 'PNS').map((x) => x.code);
      expect(r?.sanctions.map((x) => x.value)).toEqual(inForce);
      expect(r?.sanctions.map((x) => x.value)).not.toContain('DESA_TEGURAN_LISAN');
      const kgb = r?.sanctions.find((x) => x.value === 'TUNDA_KGB_1T');
      expect(kgb).toMatchObject({
        available: true,
        level: 'MODERATE',
        durationMonths: 12,
        appealRoute: 'KEBERATAN',
        meetsRecommendation: true,
        lighterThanRecommended: false,
      });
      expect(r?.sanctions.find((x) => x.value === 'TEGURAN_LISAN')).toMatchObject({
        available: true,
        meetsRecommendation: false,
        lighterThanRecommended: true,
      });
      expect(r?.deliveryIfDecidedToday).toMatchObject({
        step: 'DELIVER_SANCTION',
        due: t.deliveryDue,
        inTimeToday: true,
      });
    });

    it('once decided: the delivery with its period and the day it would take force', () => {
      expect(view(k.sanctioned, ppk, t.deliverAt)).toMatchObject({
        DecideSanction: 'SANCTION_ALREADY_DECIDED',
        DeliverSanction: '+',
        FileObjection: 'SANCTION_NOT_DELIVERED',
        RecordSanctionServed: 'SANCTION_NOT_ENDED',
      });
      const delivery = step(k.sanctioned, ppk, t.deliverAt, 'DeliverSanction');
      expect(delivery.facts.respondents[0]).toMatchObject({
        sanction: 'TUNDA_KGB_1T',
        delivery: { step: 'DELIVER_SANCTION', due: t.deliveryDue, inTimeToday: true },
        inForceIfReceivedToday: t.inForceOn,
      });
      const late = step(k.sanctioned, ppk, t.lateDeliverAt, 'DeliverSanction');
      expect(late.available, 'a late delivery is flagged, not refused').toBe(true);
      expect(late.facts.respondents[0]?.delivery?.inTimeToday).toBe(false);
    });

    it('once delivered: a keberatan (not a banding) within its period, and the day it ends', () => {
      expect(view(k.delivered, ppk, o.fileAt)).toMatchObject({
        DeliverSanction: 'SANCTION_ALREADY_DELIVERED',
        FileObjection: '+',
        DecideObjection: 'NO_OBJECTION',
        RecordSanctionServed: 'SANCTION_NOT_ENDED',
      });
      const file = step(k.delivered, ppk, o.fileAt, 'FileObjection');
      const [r] = file.facts.respondents;
      expect(r).toMatchObject({ sanction: 'TUNDA_KGB_1T', receivedOn: t.receivedOn });
      expect(choices(r?.kinds ?? [])).toEqual({
        KEBERATAN: '+',
        BANDING: 'OBJECTION_NOT_AVAILABLE',
      });
      expect(r?.kinds[0]).toMatchObject({
        filing: { step: 'FILE_KEBERATAN', due: o.filingDue, inTimeToday: true },
        decisionIfFiledToday: { step: 'DECIDE_KEBERATAN', due: o.decisionDue },
      });
      const late = step(k.delivered, ppk, o.lateFileAt, 'FileObjection');
      expect(late.reason?.code).toBe('OBJECTION_LATE');
      expect(late.facts.respondents[0]?.kinds[0]?.filing?.inTimeToday).toBe(false);

      const served = step(k.delivered, ppk, o.fileAt, 'RecordSanctionServed');
      expect(served.facts.respondents[0]).toMatchObject({
        sanction: 'TUNDA_KGB_1T',
        inForceOn: t.inForceOn,
        endsOn: o.endsOn,
      });
      expect(view(k.delivered, ppk, LATER)).toMatchObject({ RecordSanctionServed: '+' });
    });

    it('a keberatan filed: the decision per outcome, with the sanctions each accepts', () => {
      expect(view(k.objected, ppk, o.decideAt)).toMatchObject({
        FileObjection: 'OBJECTION_ALREADY_FILED',
        DecideObjection: '+',
      });
      const decide = step(k.objected, ppk, o.decideAt, 'DecideObjection');
      const [r] = decide.facts.respondents;
      expect(r).toMatchObject({
        sanction: 'TUNDA_KGB_1T',
        objection: { kind: 'KEBERATAN', filedWith: 'PPK', filedOn: o.filedOn },
        decision: { step: 'DECIDE_KEBERATAN', due: o.decisionDue, inTimeToday: true },
      });
      expect(choices(r?.outcomes ?? [])).toEqual({
        UPHELD: '+',
        REDUCED: '+',
        INCREASED: '+',
        CHANGED: '+',
        ANNULLED: '+',
      });
      const of = (outcome: string) => r?.outcomes.find((x) => x.value === outcome)?.sanctions;
      const severity = (code: SanctionCode) =>
        compareSeverity(defaultRulebook, code, 'TUNDA_KGB_1T');
      expect(of('REDUCED')).toContain('TEGURAN_TERTULIS');
      expect(of('REDUCED')?.every((x) => severity(x) < 0)).toBe(true);
      expect(of('INCREASED')?.length).toBeGreaterThan(0);
      expect(of('INCREASED')?.every((x) => severity(x) > 0)).toBe(true);
      expect(of('CHANGED')).not.toContain('TUNDA_KGB_1T');
      expect(of('UPHELD')).toBeNull();
      const late = step(k.objected, ppk, o.lateDecideAt, 'DecideObjection');
      expect(late.available, 'a late decision is flagged, not refused').toBe(true);
      expect(late.facts.respondents[0]?.decision?.inTimeToday).toBe(false);

      expect(view(k.reduced, ppk, LATER)).toMatchObject({
        DecideObjection: 'OBJECTION_ALREADY_DECIDED',
      });
      const decided = step(k.reduced, ppk, LATER, 'DecideObjection');
      expect(decided.facts.respondents[0]?.decision).toBeNull();
    });
  });

  describe('BPASN (appeal_authority)', () => {
    it('is not the body of a keberatan: both kinds and the decision refused', () => {
      expect(view(k.delivered, BPASN, o.fileAt)).toEqual({
        FileObjection: 'OBJECTION_WRONG_BODY',
        DecideObjection: 'NO_OBJECTION',
        RecordCourtChallenge: 'COURT_NOT_OPEN',
      });
      const file = step(k.delivered, BPASN, o.fileAt, 'FileObjection');
      expect(choices(file.facts.respondents[0]?.kinds ?? [])).toEqual({
        KEBERATAN: 'OBJECTION_WRONG_BODY',
        BANDING: 'OBJECTION_NOT_AVAILABLE',
      });
      expect(view(k.objected, BPASN, o.decideAt)).toMatchObject({
        DecideObjection: 'OBJECTION_WRONG_BODY',
      });
    });
  });

  describe('the Gakkumdu desk', () => {
    it('before a forward to Polri: no criminal step', () => {
      expect(view(k.criminalDecided, k.gakkumdu, s.t.forwardAt)).toEqual({
        RecordCriminalStep: 'NOT_WITH_INVESTIGATORS',
      });
    });

    it('after the forward: the file to the prosecutor (with its period) or a stop', () => {
      const criminal = step(k.toPolri, k.gakkumdu, at10(c.file), 'RecordCriminalStep');
      expect(criminal.respondents).toEqual([id]);
      expect(perRespondent(criminal.facts.respondents)).toEqual({
        [id]: '+',
        [otherId]: 'NOT_WITH_INVESTIGATORS',
      });
      const [r] = criminal.facts.respondents;
      expect(r).toMatchObject({ referredOn: c.forwardAt.slice(0, 10), lastStep: null });
      expect(choices(r?.steps ?? [])).toEqual({
        FILE_TO_PROSECUTOR: '+',
        FILE_RETURNED: 'CRIMINAL_STEP_OUT_OF_ORDER',
        FILE_RESUBMITTED: 'CRIMINAL_STEP_OUT_OF_ORDER',
        INDICTED: 'CRIMINAL_STEP_OUT_OF_ORDER',
        DISTRICT_VERDICT: 'CRIMINAL_STEP_OUT_OF_ORDER',
        APPEAL_FILED: 'CRIMINAL_STEP_OUT_OF_ORDER',
        HIGH_COURT_VERDICT: 'CRIMINAL_STEP_OUT_OF_ORDER',
        STOPPED: '+',
      });
      expect(r?.steps[0]).toMatchObject({ due: c.investigationDue, inTimeToday: true });
      expect(r?.steps.find((x) => x.value === 'STOPPED')).toMatchObject({ due: null });
    });

    it('after the district verdict: the appeal within its period, refused after it', () => {
      const inTime = step(k.atVerdict, k.gakkumdu, at10(c.appeal), 'RecordCriminalStep');
      const [r] = inTime.facts.respondents;
      expect(r?.lastStep).toBe('DISTRICT_VERDICT');
      expect(r?.steps.find((x) => x.value === 'APPEAL_FILED')).toMatchObject({
        available: true,
        due: c.appealDue,
        inTimeToday: true,
      });
      const late = step(k.atVerdict, k.gakkumdu, at10(c.lateAppeal), 'RecordCriminalStep');
      expect(late.available, 'after the appeal period the district verdict is final').toBe(false);
      expect(
        choices(late.facts.respondents[0]?.steps ?? []).APPEAL_FILED,
        'a late appeal is refused',
      ).toBe('CRIMINAL_APPEAL_LATE');
    });

    it('after the high court’s verdict the track is final', () => {
      const criminal = step(k.final, k.gakkumdu, LATER, 'RecordCriminalStep');
      expect(criminal.available).toBe(false);
      expect(criminal.reason?.code).toBe('CRIMINAL_STEP_OUT_OF_ORDER');
    });
  });
});

// ---- Agreement with the decider ------------------------------------------------------------

type Sample = {
  readonly command: CaseCommand;
  readonly available: boolean;
  readonly code?: string;
};

/** The local date of an instant in WIB (UTC+7), the fixtures' zone. */
const localDateWib = (instant: string): string =>
  new Date(Date.parse(instant) + 7 * 3_600_000).toISOString().slice(0, 10);

/** An official the table grants `code` over a `kind` on `on`, found independently of nextSteps. */
const officialFor = (kind: PersonKind, code: SanctionCode, on: string) => {
  for (const row of defaultRulebook.authority) {
    const position = row.over[0];
    if (
      position !== undefined &&
      effectiveOn(row, on) &&
      row.respondentKinds.includes(kind) &&
      row.sanctions.includes(code)
    ) {
      return {
        imposedBy: {
          official: row.official,
          instance: row.instance === 'ANY' ? 'PUSAT' : row.instance,
          name: 'Pejabat yang berwenang',
          ...(row.relation === undefined ? {} : { relation: row.relation }),
        },
        respondentPosition: position,
      };
    }
  }
  return {
    imposedBy: { official: 'PPK', instance: 'KABKOTA', name: 'Bupati' },
    respondentPosition: 'PELAKSANA',
  };
};

const samplesOf = (step: NextStep, state: CaseState, actor: ActorRef, at: string): Sample[] => {
  if (state.status === 'NONE') return [];
  const base = { caseId: state.caseId, meta: meta(actor, at) };
  const today = localDateWib(at);
  const one = (body: object, v: { available: boolean; reason?: { code: string } }): Sample => ({
    command: { ...base, ...body } as CaseCommand,
    available: v.available,
    ...(v.reason === undefined ? {} : { code: v.reason.code }),
  });
  const kindOf = (respondentId: string): PersonKind =>
    respondentIn(state, respondentId)?.respondent.kind ?? 'PNS';
  switch (step.command) {
    case 'RecordSupervisorOutcome':
      return step.facts.respondents.flatMap((r) => [
        one(
          {
            type: step.command,
            respondentId: r.respondentId,
            result: {
              outcome: 'PROVEN',
              level: step.facts.levels.at(-1),
              skbCodes: ['D-7'],
              letterNumber: 'R-1/KASN/2024',
              addressedTo: { name: 'Bupati', agencyId: 'agency-01' },
            },
          },
          r,
        ),
        one(
          {
            type: step.command,
            respondentId: r.respondentId,
            result: { outcome: 'NOT_PROVEN', reason: FILLER },
          },
          r,
        ),
        one(
          {
            type: step.command,
            respondentId: r.respondentId,
            result: { outcome: 'RETURNED', reason: FILLER },
          },
          r,
        ),
      ]);
    case 'BlockPersonnelData':
      return step.facts.respondents.map((r) =>
        one({ type: step.command, respondentId: r.respondentId, reason: FILLER }, r),
      );
    case 'UnblockPersonnelData':
      return step.facts.respondents.flatMap((r) =>
        r.reasons.map((x) =>
          one({ type: step.command, respondentId: r.respondentId, reason: x.value }, x),
        ),
      );
    case 'DecideSanction':
      return step.facts.respondents.flatMap((r) =>
        r.sanctions.map((x) =>
          one(
            {
              type: step.command,
              respondentId: r.respondentId,
              sanction: x.value,
              ...officialFor(kindOf(r.respondentId), x.value, today),
              decreeNumber: '800/1/BKPSDM/2024',
            },
            x,
          ),
        ),
      );
    case 'DeliverSanction':
      return step.facts.respondents.map((r) =>
        one({ type: step.command, respondentId: r.respondentId }, r),
      );
    case 'FileObjection':
      return step.facts.respondents.flatMap((r) =>
        r.kinds.map((x) =>
          one({ type: step.command, respondentId: r.respondentId, kind: x.value }, x),
        ),
      );
    case 'DecideObjection':
      return step.facts.respondents.flatMap((r) =>
        r.outcomes.flatMap((x) => {
          const body = (outcome: object) => ({
            type: step.command,
            respondentId: r.respondentId,
            outcome,
          });
          if (x.sanctions === null) return [one(body({ outcome: x.value }), x)];
          if (x.available) {
            return x.sanctions.map((sanction) =>
              one(body({ outcome: x.value, sanction }), { available: true }),
            );
          }
          // Refused: the refusal is the first of the catalogue's, lightest first.
          const first =
            sanctionsInForce(defaultRulebook, today, kindOf(r.respondentId))[0]?.code ??
            r.sanction ??
            'TEGURAN_LISAN';
          return [one(body({ outcome: x.value, sanction: first }), x)];
        }),
      );
    case 'RecordSanctionServed':
      return step.facts.respondents.map((r) =>
        one({ type: step.command, respondentId: r.respondentId }, r),
      );
    case 'RecordRespondentExit':
      return step.facts.respondents.flatMap((r) =>
        step.facts.reasons.map((reason) =>
          one({ type: step.command, respondentId: r.respondentId, reason }, r),
        ),
      );
    case 'RecordCriminalStep':
      return step.facts.respondents.flatMap((r) =>
        r.steps.flatMap((x) => {
          const criminal =
            x.value === 'DISTRICT_VERDICT' || x.value === 'HIGH_COURT_VERDICT'
              ? (['GUILTY', 'ACQUITTED'] as const).map((verdict) => ({
                  step: x.value,
                  verdict,
                  summary: FILLER,
                }))
              : x.value === 'STOPPED'
                ? [{ step: x.value, reason: FILLER }]
                : [{ step: x.value }];
          return criminal.map((c) =>
            one({ type: step.command, respondentId: r.respondentId, criminal: c }, x),
          );
        }),
      );
    case 'SummonForExamination':
      return step.facts.respondents.map((r) =>
        one(
          {
            type: step.command,
            respondentId: r.respondentId,
            letterNumber: FILLER,
            examinationOn: today,
          },
          r,
        ),
      );
    case 'RecordExamination':
      return step.facts.respondents.flatMap((r) =>
        r.outcomes.map((x) =>
          one(
            {
              type: step.command,
              respondentId: r.respondentId,
              result:
                x.value === 'EXAMINED'
                  ? { outcome: 'EXAMINED', bapReference: FILLER }
                  : { outcome: 'ABSENT' },
            },
            x,
          ),
        ),
      );
    case 'ReleaseFromDuty':
      return step.facts.respondents.map((r) =>
        one(
          {
            type: step.command,
            respondentId: r.respondentId,
            decreeNumber: FILLER,
            reason: FILLER,
          },
          r,
        ),
      );
    case 'RecordCourtChallenge':
      return step.facts.respondents.flatMap((r) =>
        r.steps.map((x) =>
          one(
            {
              type: step.command,
              respondentId: r.respondentId,
              step:
                x.value === 'JUDGMENT'
                  ? {
                      step: 'JUDGMENT',
                      outcome: 'SANCTION_ANNULLED',
                      final: true,
                      judgmentNumber: FILLER,
                    }
                  : { step: 'FILED', court: x.value, registerNumber: FILLER },
            },
            x,
          ),
        ),
      );
    default:
      // The intake and handling steps: next-steps-agreement.test.ts.
      return [];
  }
};

describe.each(SCENARIOS)('$regime: the proceedings steps agree with the decider', (s) => {
  const k = casesOf(s);
  const { t, o, c } = k;
  const points: readonly { name: string; state: CaseState; at: string }[] = [
    { name: 'forwarded', state: k.forwarded, at: t.outcomeAt },
    { name: 'rerouted', state: k.rerouted, at: '2024-09-20T10:00:00+07:00' },
    { name: 'recommended', state: k.recommended, at: t.blockAt },
    { name: 'blocked', state: k.blocked, at: t.sanctionAt },
    { name: 'examined', state: k.examined, at: t.sanctionAt },
    { name: 'sanctioned', state: k.sanctioned, at: t.deliverAt },
    { name: 'sanctioned, delivery late', state: k.sanctioned, at: t.lateDeliverAt },
    { name: 'blocked, then sanctioned', state: k.blockedSanctioned, at: t.deliverAt },
    { name: 'unblocked in error', state: k.unblocked, at: t.deliverAt },
    { name: 'delivered', state: k.delivered, at: o.fileAt },
    { name: 'delivered, objection late', state: k.delivered, at: o.lateFileAt },
    { name: 'delivered, sanction run out', state: k.delivered, at: LATER },
    { name: 'objected', state: k.objected, at: o.decideAt },
    { name: 'objected, decision late', state: k.objected, at: o.lateDecideAt },
    { name: 'objection decided, reduced', state: k.reduced, at: LATER },
    { name: 'respondent exited', state: k.exited, at: t.sanctionAt },
    { name: 'heavy, summoned', state: k.heavySummoned, at: t.sanctionAt },
    { name: 'criminal track decided', state: k.criminalDecided, at: s.t.forwardAt },
    { name: 'forwarded to Polri', state: k.toPolri, at: at10(c.file) },
    { name: 'district verdict, appeal in time', state: k.atVerdict, at: at10(c.appeal) },
    { name: 'district verdict, appeal late', state: k.atVerdict, at: at10(c.lateAppeal) },
    { name: 'final verdict', state: k.final, at: LATER },
  ];
  const actors: readonly ActorRef[] = [
    supervisorBkn,
    systemActor,
    k.gakkumdu,
    k.ppk,
    k.otherPpk,
    BPASN,
    s.bawaslu,
  ];

  /** Checks every sample of every step at one point; answers the samples checked. */
  const check = (state: CaseState, at: string): Sample[] => {
    const now = new Date(at);
    const checked: Sample[] = [];
    for (const actor of actors) {
      for (const step of nextSteps(state, actor, now, defaultRulebook).steps) {
        for (const sample of samplesOf(step, state, actor, at)) {
          const label = `${actor.id} ${sample.command.type} ${JSON.stringify(sample.command)}`;
          expect(E.isRight(parseCaseCommand(sample.command)), label).toBe(true);
          const decided = caseDecider.decide(sample.command, state, contextAt(now));
          if (sample.available) {
            expect(E.isRight(decided) ? 'accepted' : decided.left, label).toBe('accepted');
          } else {
            expect(E.isLeft(decided) ? decided.left.code : 'accepted', label).toBe(sample.code);
          }
          checked.push(sample);
        }
      }
    }
    return checked;
  };

  it.each(points)('$name', ({ state, at }) => {
    expect(check(state, at).length).toBeGreaterThan(0);
  });

  it('the matrix offers and refuses every proceedings command', () => {
    const samples = points.flatMap(({ state, at }) => check(state, at));
    for (const command of PROCEEDINGS) {
      const of = samples.filter((x) => x.command.type === command);
      expect(
        of.filter((x) => x.available).length,
        `${command} available somewhere`,
      ).toBeGreaterThan(0);
      expect(of.filter((x) => !x.available).length, `${command} refused somewhere`).toBeGreaterThan(
        0,
      );
    }
  });
});
