/**
 * Command builders, histories and the spec for the intake tests. Histories are produced by
 * running fixture commands through the decider (each command's own events are asserted field
 * by field in its own test file), so a "given" is always a history the decider itself accepts.
 */

import { deciderSpec } from '@netra/testing';
import { either as E } from 'fp-ts';
import { expect } from 'vitest';
import {
  type CaseCommand,
  type CaseCommandOf,
  type CaseContext,
  type CaseError,
  type CaseEvent,
  type CaseState,
  type CompletePreliminaryReview,
  caseDecider,
  caseEventSchema,
  type DecideRespondent,
  initialCaseState,
  parseCaseCommand,
  type RecordClarification,
  type Requirement,
} from '../../src/case/index.js';
import type { ActorRef } from '../../src/handler/command-meta.js';
import { defaultRulebook } from '../../src/rules/index.js';
import type { Scenario } from './fixtures.js';

/** The decision clock: after every legal date of the fixtures. */
export const NOW = new Date('2025-03-03T02:00:00Z');

export const contextAt = (now: Date | string): CaseContext => ({
  now: typeof now === 'string' ? new Date(now) : now,
  rulebook: defaultRulebook,
  rulebookVersion: defaultRulebook.version,
});

export const context = contextAt(NOW);

/** Every given and produced event must also pass the event schema. */
export const specAt = (now: Date | string = NOW) =>
  deciderSpec(caseDecider, contextAt(now), { validateEvent: (e) => void caseEventSchema.parse(e) });

export const spec = specAt();

export const meta = (actor: ActorRef, occurredAt: string) => ({
  commandId: `cmd:${actor.id}:${occurredAt}`,
  actor,
  occurredAt,
});

type Over<C> = Partial<Omit<C, 'type'>>;

export const receiveReport = (
  s: Scenario,
  over: Over<CaseCommandOf<'ReceiveReport'>> = {},
): CaseCommandOf<'ReceiveReport'> => ({
  type: 'ReceiveReport',
  meta: meta(s.bawaslu, s.t.receivedAt),
  caseId: s.caseId,
  regime: s.regime,
  timeZone: 'WIB',
  region: s.region,
  reporter: s.reporter,
  respondents: [...s.respondents],
  incident: s.incident,
  evidence: [...s.evidence],
  ...over,
});

export const recordFinding = (
  s: Scenario,
  over: Over<CaseCommandOf<'RecordFinding'>> = {},
): CaseCommandOf<'RecordFinding'> => ({
  type: 'RecordFinding',
  meta: meta(s.bawaslu, s.t.setFindingAt),
  caseId: s.caseId,
  regime: s.regime,
  timeZone: 'WIB',
  region: s.region,
  supervisingOffice: { level: 'KECAMATAN', name: `Panwaslu Kecamatan (${s.region.name})` },
  discoveredOn: s.t.discoveredOn,
  respondents: [...s.respondents],
  incident: {
    occurredOn: s.incident.occurredOn,
    place: s.incident.place,
    description: s.incident.description,
  },
  evidence: [...s.evidence],
  ...over,
});

export const receiveInternalReport = (
  s: Scenario,
  actor: ActorRef,
  over: Over<CaseCommandOf<'ReceiveInternalReport'>> = {},
): CaseCommandOf<'ReceiveInternalReport'> => ({
  type: 'ReceiveInternalReport',
  meta: meta(actor, s.t.receivedAt),
  caseId: s.caseId,
  regime: s.regime,
  timeZone: 'WIB',
  region: s.region,
  respondents: [s.respondents[0]],
  incident: s.incident,
  evidence: [...s.evidence],
  ...over,
});

export const review = (
  s: Scenario,
  result: CompletePreliminaryReview['result'] = { outcome: 'COMPLETE' },
  at: string = s.t.reviewAt,
  actor: ActorRef = s.bawaslu,
): CaseCommandOf<'CompletePreliminaryReview'> => ({
  type: 'CompletePreliminaryReview',
  meta: meta(actor, at),
  caseId: s.caseId,
  result,
});

export const incomplete = (...missing: Requirement[]): CompletePreliminaryReview['result'] => ({
  outcome: 'INCOMPLETE',
  missing,
});

export const completeRequirements = (
  s: Scenario,
  supplied: Requirement[],
  at: string = s.t.completeAt,
  actor: ActorRef = s.reporterActor,
): CaseCommandOf<'CompleteRequirements'> => ({
  type: 'CompleteRequirements',
  meta: meta(actor, at),
  caseId: s.caseId,
  supplied,
});

export const register = (
  s: Scenario,
  at: string = s.t.registerAt,
  registrationNumber: string = s.registrationNumber,
  actor: ActorRef = s.bawaslu,
): CaseCommandOf<'RegisterCase'> => ({
  type: 'RegisterCase',
  meta: meta(actor, at),
  caseId: s.caseId,
  registrationNumber,
});

export const decline = (
  s: Scenario,
  reason: 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' | 'REQUIREMENTS_NOT_COMPLETED',
  at: string,
  actor: ActorRef = s.bawaslu,
): CaseCommandOf<'DeclineRegistration'> => ({
  type: 'DeclineRegistration',
  meta: meta(actor, at),
  caseId: s.caseId,
  reason,
});

export const withdraw = (
  s: Scenario,
  at: string,
  actor: ActorRef = s.reporterActor,
): CaseCommandOf<'WithdrawReport'> => ({
  type: 'WithdrawReport',
  meta: meta(actor, at),
  caseId: s.caseId,
  statement: 'Pelapor mencabut laporan secara tertulis.',
});

export const clarify = (
  s: Scenario,
  party: RecordClarification['party'],
  heldOn: string = s.t.heldOn,
  at: string = s.t.clarificationAt,
): CaseCommandOf<'RecordClarification'> => ({
  type: 'RecordClarification',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  party,
  heldOn,
  summary: 'Berita acara klarifikasi ditandatangani.',
});

export const extend = (
  s: Scenario,
  at: string = s.t.extendAt,
): CaseCommandOf<'ExtendForAdditionalInformation'> => ({
  type: 'ExtendForAdditionalInformation',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  reason: 'Keterangan tambahan dari pelapor tentang pemilik akun diperlukan.',
});

export const violation = (
  s: Scenario,
  over: Partial<Extract<DecideRespondent['decision'], { outcome: 'VIOLATION' }>> = {},
): DecideRespondent['decision'] => ({
  outcome: 'VIOLATION',
  skbCode: s.skb.code,
  tracks: ['NEUTRALITY'],
  conductOn: s.skb.conductOn,
  ...over,
});

export const notAViolation: DecideRespondent['decision'] = {
  outcome: 'NOT_A_VIOLATION',
  reason: 'Unggahan bukan milik terlapor.',
};

export const stopped: DecideRespondent['decision'] = {
  outcome: 'STOPPED',
  reason: 'Bukti tidak cukup.',
};

export const decide = (
  s: Scenario,
  respondentId: string,
  decision: DecideRespondent['decision'] = violation(s),
  at: string = s.t.decideAt,
): CaseCommandOf<'DecideRespondent'> => ({
  type: 'DecideRespondent',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  respondentId,
  decision,
});

export const forward = (
  s: Scenario,
  respondentIds: string[],
  at: string = s.t.forwardAt,
  expectedSupervisor?: 'KASN' | 'BKN',
): CaseCommandOf<'ForwardToSupervisor'> => ({
  type: 'ForwardToSupervisor',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  respondentIds,
  ...(expectedSupervisor === undefined ? {} : { expectedSupervisor }),
});

export const reroute = (
  s: Scenario,
  respondentIds: string[],
  kasnProcessingStarted: boolean,
  at = '2024-09-10T10:00:00+07:00',
  actor: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} },
): CaseCommandOf<'RerouteKasnFile'> => ({
  type: 'RerouteKasnFile',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentIds,
  kasnProcessingStarted,
});

export const refer = (
  s: Scenario,
  respondentId: string,
  at: string = s.t.referralLateAt,
  actor: ActorRef = s.bawaslu,
): CaseCommandOf<'ReferToGakkumdu'> => ({
  type: 'ReferToGakkumdu',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
});

/** Runs fixture commands through the decider; a rejection is a broken fixture and throws. */
export const history = (...commands: CaseCommand[]): CaseEvent[] => {
  let state: CaseState = initialCaseState();
  const events: CaseEvent[] = [];
  for (const command of commands) {
    const decided = caseDecider.decide(command, state, context);
    if (E.isLeft(decided)) {
      throw new Error(
        `fixture ${command.type} rejected: ${decided.left.code}: ${decided.left.message}`,
      );
    }
    events.push(...decided.right);
    state = decided.right.reduce(caseDecider.evolve, state);
  }
  return events;
};

/** The state after a history. */
export const stateAfter = (events: readonly CaseEvent[]): CaseState =>
  events.reduce(caseDecider.evolve, caseDecider.initialState());

export const registered = (s: Scenario): CaseCommand[] => [
  receiveReport(s),
  review(s),
  register(s),
];

/**
 * The commands that decide one respondent as given. Since rulebook 2024.2 a declaration on the
 * CRIMINAL track follows a deliberation in Sentra Gakkumdu that concluded PROCEED, so such a
 * decision is preceded by one (at `s.t.clarificationAt`, between registration and decision).
 */
export const decidedSteps = (
  s: Scenario,
  respondentId: string,
  decision: DecideRespondent['decision'] = violation(s),
  at: string = s.t.decideAt,
): CaseCommand[] => [
  ...(decision.outcome === 'VIOLATION' && decision.tracks.includes('CRIMINAL')
    ? [deliberate(s, respondentId)]
    : []),
  decide(s, respondentId, decision, at),
];

/**
 * Registered, with both respondents decided as given (default: violation, NEUTRALITY); a
 * CRIMINAL-track decision comes after its Gakkumdu deliberation ({@link decidedSteps}).
 */
export const decidedBoth = (
  s: Scenario,
  first: DecideRespondent['decision'] = violation(s),
  second: DecideRespondent['decision'] = violation(s),
): CaseCommand[] => [
  ...registered(s),
  ...decidedSteps(s, s.respondents[0].respondentId, first),
  ...decidedSteps(s, s.respondents[1].respondentId, second),
];

/**
 * A report reviewed as INCOMPLETE under rulebook 2024.1, as such a history holds it: the review
 * carries the completion deadline counted from the review itself (`completionDue`; 2024.2 records
 * `noticeDue` instead), and no completion notice follows. Written out, since today's decider no
 * longer produces it; the event schema still reads it.
 */
export const reviewedIncompleteUnder2024_1 = (
  s: Scenario,
  missing: readonly Requirement[],
  completionDue: string = s.t.completionDue,
): CaseEvent[] => [
  ...history(receiveReport(s)),
  {
    type: 'PreliminaryReviewCompleted',
    data: {
      result: { outcome: 'INCOMPLETE', missing: [...missing], completionDue },
      reviewedOn: s.t.reviewedOn,
      reviewDue: s.t.reviewDue,
      reviewedWithinDeadline: true,
      filing: {
        knownOn: s.incident.knownOn ?? s.t.receivedOn,
        filedOn: s.t.receivedOn,
        due: s.t.filingDue,
        withinDeadline: true,
      },
    },
  },
];

/**
 * Received, reviewed as INCOMPLETE (missing `missing`) and the completion notice sent and
 * received at `s.t.noticeAt`: the completion period runs until `s.t.completionDueAt`.
 */
export const noticed = (s: Scenario, ...missing: Requirement[]): CaseCommand[] => [
  receiveReport(s),
  review(s, incomplete(...(missing.length > 0 ? missing : (['SIGNATURE'] as Requirement[])))),
  sendNotice(s, s.t.noticeAt),
];

/** `d` plus `n` calendar days. */
export const plusDays = (d: string, n: number): string => {
  const t = new Date(`${d.slice(0, 10)}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

/** An instant in WIB on local date `d`. */
export const wib = (d: string, time = '10:00'): string => `${d.slice(0, 10)}T${time}:00+07:00`;

/** The instant `ms` milliseconds after `instant` (before it when negative), in UTC. */
export const plusMs = (instant: string, ms: number): string =>
  new Date(Date.parse(instant) + ms).toISOString();

export const MINUTE_MS = 60_000;

/** The refusal `parseCaseCommand` gives `input`; fails the test if it is accepted. */
export const rejectedAtBoundary = (input: unknown): CaseError => {
  const parsed = parseCaseCommand(input);
  if (E.isRight(parsed)) return expect.fail('expected the command to be rejected at the boundary');
  return parsed.left;
};

// ---- Steps added in rulebook 2024.2 ------------------------------------------------------------

export const sendNotice = (
  s: Scenario,
  at: string = s.t.reviewAt,
  receivedAt?: string,
): CaseCommandOf<'SendCompletionNotice'> => ({
  type: 'SendCompletionNotice',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  ...(receivedAt === undefined ? {} : { receivedAt }),
});

export const announce = (
  s: Scenario,
  at: string,
  channels: CaseCommandOf<'IssueStatusNotice'>['channels'] = ['NOTICE_BOARD', 'WEBSITE'],
): CaseCommandOf<'IssueStatusNotice'> => ({
  type: 'IssueStatusNotice',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  channels,
});

export const takeUp = (
  s: Scenario,
  at: string,
  discoveredOn: string = s.t.receivedOn,
): CaseCommandOf<'TakeUpAsFinding'> => ({
  type: 'TakeUpAsFinding',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  supervisingOffice: { level: 'KABKOTA', name: `Bawaslu ${s.region.name}` },
  discoveredOn,
  reason: 'Laporan tidak dilengkapi; dugaan pelanggaran ditindaklanjuti sebagai temuan.',
});

export const deliberate = (
  s: Scenario,
  respondentId: string,
  stage: 'FIRST' | 'SECOND' = 'FIRST',
  conclusion: 'PROCEED' | 'STOP' = 'PROCEED',
  at: string = s.t.clarificationAt,
  actor: ActorRef = s.bawaslu,
): CaseCommandOf<'RecordGakkumduDeliberation'> => ({
  type: 'RecordGakkumduDeliberation',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
  stage,
  conclusion,
  summary: 'Pembahasan Sentra Gakkumdu bersama Polri dan Kejaksaan.',
});

export const forwardToInvestigators = (
  s: Scenario,
  respondentId: string,
  at: string,
  actor: ActorRef = s.bawaslu,
): CaseCommandOf<'ForwardToInvestigators'> => ({
  type: 'ForwardToInvestigators',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
});

export const forwardToAuthority = (
  s: Scenario,
  respondentId: string,
  at: string = s.t.forwardAt,
  addressee = 'Bupati',
): CaseCommandOf<'ForwardToCompetentAuthority'> => ({
  type: 'ForwardToCompetentAuthority',
  meta: meta(s.bawaslu, at),
  caseId: s.caseId,
  respondentId,
  addressee,
});

export const handOver = (
  s: Scenario,
  to: CaseCommandOf<'HandOverCase'>['to'],
  at: string = s.t.clarificationAt,
  kind: 'PELIMPAHAN' | 'PENGAMBILALIHAN' = 'PELIMPAHAN',
  actor: ActorRef = s.bawaslu,
): CaseCommandOf<'HandOverCase'> => ({
  type: 'HandOverCase',
  meta: meta(actor, at),
  caseId: s.caseId,
  kind,
  to,
  reason: 'Kewenangan penanganan berada pada tingkat lain.',
});

// ---- Proceedings after the forward (issue 15) -------------------------------------------------

/** The PPK (its personnel office) of a respondent's agency. */
export const ppkOf = (agencyId: string): ActorRef => ({
  id: `bkpsdm-${agencyId}`,
  role: 'ppk',
  scope: { agencyId },
});

export const supervisorOutcome = (
  s: Scenario,
  respondentId: string,
  result: CaseCommandOf<'RecordSupervisorOutcome'>['result'],
  at: string,
  actor: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} },
): CaseCommandOf<'RecordSupervisorOutcome'> => ({
  type: 'RecordSupervisorOutcome',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
  result,
});

export const proven = (
  level: Extract<
    CaseCommandOf<'RecordSupervisorOutcome'>['result'],
    { outcome: 'PROVEN' }
  >['level'],
  agencyId: string,
  skbCodes: Extract<
    CaseCommandOf<'RecordSupervisorOutcome'>['result'],
    { outcome: 'PROVEN' }
  >['skbCodes'] = ['D-7'],
): CaseCommandOf<'RecordSupervisorOutcome'>['result'] => ({
  outcome: 'PROVEN',
  level,
  skbCodes,
  letterNumber: 'R-1194/KASN/4/2024',
  addressedTo: { name: 'Bupati (PPK)', agencyId },
});

export const blockData = (
  s: Scenario,
  respondentId: string,
  at: string,
  actor: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} },
): CaseCommandOf<'BlockPersonnelData'> => ({
  type: 'BlockPersonnelData',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
  reason: 'Rekomendasi belum ditindaklanjuti PPK.',
});

export const unblockData = (
  s: Scenario,
  respondentId: string,
  at: string,
  reason: 'PPK_FOLLOWED_UP' | 'BLOCKED_IN_ERROR' = 'PPK_FOLLOWED_UP',
  actor: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} },
): CaseCommandOf<'UnblockPersonnelData'> => ({
  type: 'UnblockPersonnelData',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
  reason,
});

export const decideSanction = (
  s: Scenario,
  respondentId: string,
  at: string,
  over: Partial<Omit<CaseCommandOf<'DecideSanction'>, 'type' | 'meta' | 'caseId'>> = {},
  actor?: ActorRef,
): CaseCommandOf<'DecideSanction'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'DecideSanction',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    sanction: 'TUNDA_KGB_1T',
    imposedBy: { official: 'PPK', instance: 'KABKOTA', name: 'Bupati' },
    respondentPosition: 'PENGAWAS',
    decreeNumber: '800/123/BKPSDM/2024',
    ...over,
  };
};

export const deliverSanction = (
  s: Scenario,
  respondentId: string,
  at: string,
  receivedAt?: string,
  actor?: ActorRef,
): CaseCommandOf<'DeliverSanction'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'DeliverSanction',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    ...(receivedAt === undefined ? {} : { receivedAt }),
  };
};

export const summonRespondent = (
  s: Scenario,
  respondentId: string,
  at: string,
  examinationOn: string,
  actor?: ActorRef,
): CaseCommandOf<'SummonForExamination'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'SummonForExamination',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    letterNumber: '800/045/BKPSDM/2024',
    examinationOn,
  };
};

/** An examination team whose members all outrank a III/b respondent. */
export const EXAMINATION_TEAM = {
  respondentGrade: 'III/b',
  members: [
    { name: 'Kepala Dinas', grade: 'IV/b', element: 'ATASAN_LANGSUNG' },
    { name: 'Inspektur Pembantu', grade: 'IV/a', element: 'PENGAWASAN' },
    { name: 'Kabid Disiplin BKPSDM', grade: 'III/d', element: 'KEPEGAWAIAN' },
  ],
} as const satisfies NonNullable<
  Extract<CaseCommandOf<'RecordExamination'>['result'], { outcome: 'EXAMINED' }>['team']
>;

export const recordExamination = (
  s: Scenario,
  respondentId: string,
  at: string,
  result: CaseCommandOf<'RecordExamination'>['result'] = {
    outcome: 'EXAMINED',
    bapReference: 'BAP/800/046/2024',
    team: { ...EXAMINATION_TEAM, members: [...EXAMINATION_TEAM.members] },
  },
  actor?: ActorRef,
): CaseCommandOf<'RecordExamination'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'RecordExamination',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    result,
  };
};

/**
 * The summons and the examination (with a team) between the fixtures' recommendation and
 * sanction dates: what PP 94/2021 Pasal 26–27 require before a discipline sanction.
 */
export const examined = (s: Scenario, respondentId: string): CaseCommand[] => {
  const t = PROCEEDING_TIMES[s.regime];
  return [
    summonRespondent(s, respondentId, t.summonAt, t.examinationOn),
    recordExamination(s, respondentId, t.examineAt),
  ];
};

/** Dates of the proceedings per regime, after the fixtures' forward. */
export const PROCEEDING_TIMES = {
  PEMILU_2024: {
    outcomeAt: '2024-02-20T10:00:00+07:00',
    outcomeOn: '2024-02-20',
    summonAt: '2024-02-21T10:00:00+07:00',
    summonOn: '2024-02-21',
    // 7 working days from 21 Feb: 22, 23, 26, 27, 28, 29 Feb, 1 Mar.
    examinationDue: '2024-03-01',
    examinationOn: '2024-02-23',
    examineAt: '2024-02-23T09:00:00+07:00',
    blockAt: '2024-03-01T10:00:00+07:00',
    sanctionAt: '2024-03-05T10:00:00+07:00',
    sanctionOn: '2024-03-05',
    // 14 working days: 6–8 Mar, then Nyepi (11 Mar) and its cuti bersama (12 Mar) are skipped.
    deliveryDue: '2024-03-27',
    deliverAt: '2024-03-26T10:00:00+07:00',
    lateDeliverAt: '2024-03-28T10:00:00+07:00',
    // In force on day 15 after receipt (PP 94/2021 Pasal 38(1)), calendar days.
    receivedOn: '2024-03-26',
    inForceOn: '2024-04-10',
  },
  PILKADA_2024: {
    outcomeAt: '2024-09-02T10:00:00+07:00',
    outcomeOn: '2024-09-02',
    summonAt: '2024-09-03T10:00:00+07:00',
    summonOn: '2024-09-03',
    // 7 working days from 3 Sep: 4, 5, 6, 9, 10, 11, 12 Sep.
    examinationDue: '2024-09-12',
    examinationOn: '2024-09-05',
    examineAt: '2024-09-05T09:00:00+07:00',
    blockAt: '2024-09-10T10:00:00+07:00',
    sanctionAt: '2024-09-16T10:00:00+07:00',
    sanctionOn: '2024-09-16',
    deliveryDue: '2024-10-04',
    deliverAt: '2024-10-01T10:00:00+07:00',
    lateDeliverAt: '2024-10-07T10:00:00+07:00',
    receivedOn: '2024-10-01',
    inForceOn: '2024-10-16',
  },
} as const;

export const fileObjection = (
  s: Scenario,
  respondentId: string,
  at: string,
  kind: 'KEBERATAN' | 'BANDING' = 'KEBERATAN',
  actor?: ActorRef,
): CaseCommandOf<'FileObjection'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'FileObjection',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    kind,
  };
};

export const decideObjection = (
  s: Scenario,
  respondentId: string,
  at: string,
  outcome: CaseCommandOf<'DecideObjection'>['outcome'],
  actor?: ActorRef,
): CaseCommandOf<'DecideObjection'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'DecideObjection',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    outcome,
  };
};

export const sanctionServed = (
  s: Scenario,
  respondentId: string,
  at: string,
  actor: ActorRef = { id: 'netra-scheduler', role: 'system', scope: {} },
): CaseCommandOf<'RecordSanctionServed'> => ({
  type: 'RecordSanctionServed',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
});

export const respondentExit = (
  s: Scenario,
  respondentId: string,
  at: string,
  reason: CaseCommandOf<'RecordRespondentExit'>['reason'] = 'RETIRED',
  actor: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} },
): CaseCommandOf<'RecordRespondentExit'> => ({
  type: 'RecordRespondentExit',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
  reason,
});

/** After delivery: the objection's dates per regime (hand-counted, see proceedings tests). */
export const OBJECTION_TIMES = {
  PEMILU_2024: {
    fileAt: '2024-03-27T10:00:00+07:00',
    filedOn: '2024-03-27',
    // 14 working days from receipt (26 Mar): Good Friday and Lebaran 2024 (8–15 Apr) skipped.
    filingDue: '2024-04-24',
    lateFileAt: '2024-04-25T10:00:00+07:00',
    // 21 working days from the filing; Labour Day (1 May) skipped.
    decisionDue: '2024-05-07',
    decideAt: '2024-04-30T10:00:00+07:00',
    lateDecideAt: '2024-05-08T10:00:00+07:00',
    // Delivered 26 Mar, in force 10 Apr: TUNDA_KGB_1T runs 1 year, to 9 Apr 2025.
    endsOn: '2025-04-09',
  },
  PILKADA_2024: {
    fileAt: '2024-10-02T10:00:00+07:00',
    filedOn: '2024-10-02',
    filingDue: '2024-10-21',
    lateFileAt: '2024-10-22T10:00:00+07:00',
    decisionDue: '2024-10-31',
    decideAt: '2024-10-30T10:00:00+07:00',
    lateDecideAt: '2024-11-01T10:00:00+07:00',
    endsOn: '2025-10-15',
  },
} as const;

export const criminalStep = (
  s: Scenario,
  respondentId: string,
  at: string,
  criminal: CaseCommandOf<'RecordCriminalStep'>['criminal'],
  actor: ActorRef = {
    id: `gakkumdu-${s.region.code}`,
    role: 'gakkumdu',
    scope: { regionCode: s.region.code },
  },
): CaseCommandOf<'RecordCriminalStep'> => ({
  type: 'RecordCriminalStep',
  meta: meta(actor, at),
  caseId: s.caseId,
  respondentId,
  criminal,
});

export const releaseFromDuty = (
  s: Scenario,
  respondentId: string,
  at: string,
  actor?: ActorRef,
): CaseCommandOf<'ReleaseFromDuty'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'ReleaseFromDuty',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    decreeNumber: '800/047/BKPSDM/2024',
    reason: 'Untuk kelancaran pemeriksaan atas dugaan pelanggaran disiplin berat.',
  };
};

export const courtChallenge = (
  s: Scenario,
  respondentId: string,
  at: string,
  step: CaseCommandOf<'RecordCourtChallenge'>['step'] = {
    step: 'FILED',
    court: 'PTUN',
    registerNumber: '12/G/2024/PTUN.YK',
  },
  actor?: ActorRef,
): CaseCommandOf<'RecordCourtChallenge'> => {
  const agencyId =
    s.respondents.find((r) => r.respondentId === respondentId)?.agency.id ?? 'unknown-agency';
  return {
    type: 'RecordCourtChallenge',
    meta: meta(actor ?? ppkOf(agencyId), at),
    caseId: s.caseId,
    respondentId,
    step,
  };
};

export const breachNoticed = (
  s: Scenario,
  duty: string,
  at: string,
  respondentId?: string,
  actor: ActorRef = { id: 'netra-scheduler', role: 'system', scope: {} },
): CaseCommandOf<'RecordBreachNoticed'> => ({
  type: 'RecordBreachNoticed',
  meta: meta(actor, at),
  caseId: s.caseId,
  duty,
  ...(respondentId === undefined ? {} : { respondentId }),
});
