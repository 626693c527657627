/**
 * The handling part of a legal path, once a case is registered (research/legal-process.md
 * §3.2 steps 7–8, §3.3, §3.7): hearings, an optional extension while the decision period
 * runs, a decision per respondent, forwarding to the ASN supervisor (KASN or BKN by the date),
 * the SE MenPAN-RB 4/2024 reroute, the Gakkumdu referral, and a withdrawal that no longer
 * closes the case. Steps interleave in random order, each dated on or after the one before.
 */
import { computeDeadline, type IsoDate } from '@netra/core';
import {
  drawCoveringBawaslu,
  drawCoveringGakkumdu,
  drawRerouteActor,
  reporterActorOf,
} from './actors.js';
import { drawDateBetween, isAfter, laterOf, plusDays } from './dates.js';
import { drawDecision } from './decisions.js';
import {
  addStep,
  handlingStatusOf,
  type RespondentModel,
  respondentModels,
  type Walk,
} from './walk-state.js';

/** The supervisor of a forward on `on`: KASN before the rulebook's `bknFrom`, BKN from then on. */
export const supervisorOn = (w: Walk, on: IsoDate): 'KASN' | 'BKN' =>
  isAfter(w.rulebook.supervisorRouting.bknFrom, on) ? 'KASN' : 'BKN';

/**
 * In time (with `inTimePercent` % chance) while the period still runs; otherwise a little late,
 * which the decider records and flags rather than refuses.
 */
const dueOrLate = (w: Walk, due: IsoDate, inTimePercent: number): IsoDate =>
  !isAfter(w.cursor, due) && w.c.chance(inTimePercent)
    ? drawDateBetween(w.c, w.cursor, due)
    : plusDays(laterOf(w.cursor, due), w.c.int(0, 3));

const clarify = (w: Walk, undecided: readonly RespondentModel[]): void => {
  const { c } = w;
  const on = plusDays(w.cursor, c.int(0, 2));
  const respondent = undecided.length > 0 ? c.pick(undecided).respondent : undefined;
  const party = c.weighted([
    [2, { kind: 'WITNESS' as const, name: 'Sumarni' }],
    [1, { kind: 'EXPERT' as const, name: 'Dr. Hendra Gunawan' }],
    [w.reporter === null ? 0 : 2, { kind: 'REPORTER' as const, name: w.reporter?.name ?? '-' }],
    [
      respondent === undefined ? 0 : 3,
      {
        kind: 'RESPONDENT' as const,
        respondentId: respondent?.respondentId ?? '-',
        name: respondent?.name ?? '-',
      },
    ],
  ]);
  addStep(w, {
    on,
    actor: drawCoveringBawaslu(c, w.jurisdiction),
    body: {
      type: 'RecordClarification',
      caseId: w.caseId,
      party,
      heldOn: drawDateBetween(c, w.registeredOn ?? on, on),
      summary: 'Berita acara klarifikasi ditandatangani.',
    },
    label: `RecordClarification:${party.kind}`,
  });
  w.clarifications += 1;
};

const extend = (w: Walk): void => {
  const on = drawDateBetween(w.c, w.cursor, w.decisionDue ?? w.cursor);
  addStep(w, {
    on,
    actor: drawCoveringBawaslu(w.c, w.jurisdiction),
    body: {
      type: 'ExtendForAdditionalInformation',
      caseId: w.caseId,
      reason: 'Keterangan tambahan dari pelapor diperlukan.',
    },
    label: 'ExtendForAdditionalInformation',
  });
  w.extended = true;
  const start = w.regime === 'PEMILU_2024' ? (w.registeredOn ?? on) : w.openedOn;
  w.decisionDue = computeDeadline(w.rulebook, w.regime, 'DECIDE_EXTENDED', start).due;
};

const decide = (w: Walk, undecided: readonly RespondentModel[]): void => {
  const r = w.c.pick(undecided);
  const on = dueOrLate(w, w.decisionDue ?? w.cursor, 85);
  const decision = drawDecision(w.c, {
    rulebook: w.rulebook,
    regime: w.regime,
    respondent: r.respondent,
    incidentOn: w.incidentOn,
    decidedOn: on,
  });
  addStep(w, {
    on,
    actor: drawCoveringBawaslu(w.c, w.jurisdiction),
    body: {
      type: 'DecideRespondent',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      decision,
    },
    label: `DecideRespondent:${decision.outcome}`,
  });
  r.decidedOn = on;
  r.violation = decision.outcome === 'VIOLATION';
  r.neutrality = decision.outcome === 'VIOLATION' && decision.tracks.includes('NEUTRALITY');
  r.criminal = decision.outcome === 'VIOLATION' && decision.tracks.includes('CRIMINAL');
};

const forward = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const chosen = c.subset(pending, 1);
  // Often weeks later, so that forwards fall on both sides of the KASN → BKN transfer, and
  // sometimes on its last KASN day or first BKN day, where an off-by-one would show.
  const { bknFrom } = w.rulebook.supervisorRouting;
  const edges = [plusDays(bknFrom, -1), bknFrom].filter((d) => !isAfter(w.cursor, d));
  const on =
    edges.length > 0 && c.chance(20)
      ? c.pick(edges)
      : plusDays(w.cursor, c.chance(60) ? c.int(0, 3) : c.int(4, 60));
  const supervisor = supervisorOn(w, on);
  addStep(w, {
    on,
    actor: drawCoveringBawaslu(c, w.jurisdiction),
    body: {
      type: 'ForwardToSupervisor',
      caseId: w.caseId,
      respondentIds: chosen.map((r) => r.respondent.respondentId),
      ...(c.chance(50) ? { expectedSupervisor: supervisor } : {}),
      ...(c.chance(50)
        ? { letterNumber: `${c.int(1, 300)}/PP.01.02/K.Bawaslu/${on.slice(0, 4)}` }
        : {}),
    },
    label: `ForwardToSupervisor:${supervisor}`,
  });
  for (const r of chosen) r.forwardedTo = supervisor;
};

const refer = (w: Walk, pending: readonly RespondentModel[]): void => {
  const r = w.c.pick(pending);
  const due = computeDeadline(w.rulebook, w.regime, 'REFER_TO_POLICE', r.decidedOn ?? w.cursor).due;
  addStep(w, {
    on: dueOrLate(w, due, 80),
    actor: w.c.chance(70)
      ? drawCoveringBawaslu(w.c, w.jurisdiction)
      : drawCoveringGakkumdu(w.c, w.jurisdiction),
    body: { type: 'ReferToGakkumdu', caseId: w.caseId, respondentId: r.respondent.respondentId },
    label: 'ReferToGakkumdu',
  });
  r.referred = true;
};

const reroute = (w: Walk, pending: readonly RespondentModel[]): void => {
  const chosen = w.c.subset(pending, 1);
  const from = laterOf(w.cursor, w.rulebook.supervisorRouting.transition.seSignedOn);
  const kasnProcessingStarted = w.c.chance(50);
  addStep(w, {
    on: plusDays(from, w.c.int(0, 10)),
    actor: drawRerouteActor(w.c),
    body: {
      type: 'RerouteKasnFile',
      caseId: w.caseId,
      respondentIds: chosen.map((r) => r.respondent.respondentId),
      kasnProcessingStarted,
    },
    label: `RerouteKasnFile:${kasnProcessingStarted ? 'MENPANRB' : 'BKN'}`,
  });
  for (const r of chosen) r.rerouted = true;
};

const withdrawAfterRegistration = (w: Walk): void => {
  addStep(w, {
    on: plusDays(w.cursor, w.c.int(0, 3)),
    actor:
      w.reporter !== null && w.c.chance(60)
        ? reporterActorOf(w.reporter)
        : drawCoveringBawaslu(w.c, w.jurisdiction),
    body: { type: 'WithdrawReport', caseId: w.caseId },
    label: `WithdrawReport:${w.status}`,
  });
  w.withdrawn = true;
};

/** Walks the handling steps until the case is closed, nothing is left to do, or the walk stops. */
export const walkHandling = (w: Walk): void => {
  for (let i = 0; i < 40; i++) {
    const models = respondentModels(w);
    const undecided = models.filter((r) => r.decidedOn === null);
    const toForward = models.filter((r) => r.neutrality && r.forwardedTo === null);
    const toRefer = models.filter((r) => r.criminal && !r.referred);
    const toReroute = models.filter((r) => r.forwardedTo === 'KASN' && !r.rerouted);
    const open = w.status === 'REGISTERED';
    const canExtend = open && !w.extended && !isAfter(w.cursor, w.decisionDue ?? w.cursor);
    const canWithdraw = w.origin === 'REPORT' && !w.withdrawn && w.status !== 'CLOSED';
    if (w.status === 'CLOSED') return;
    const next = w.c.weighted([
      [undecided.length > 0 ? 6 : 0, 'decide'],
      [open && w.clarifications < 3 ? 2 : 0, 'clarify'],
      [canExtend ? 1 : 0, 'extend'],
      [toForward.length > 0 ? 4 : 0, 'forward'],
      [toRefer.length > 0 ? 4 : 0, 'refer'],
      [toReroute.length > 0 ? 2 : 0, 'reroute'],
      [canWithdraw ? 1 : 0, 'withdraw'],
      [1, 'stop'],
    ] as const);
    if (next === 'stop') return;
    if (next === 'decide') decide(w, undecided);
    else if (next === 'clarify') clarify(w, undecided);
    else if (next === 'extend') extend(w);
    else if (next === 'forward') forward(w, toForward);
    else if (next === 'refer') refer(w, toRefer);
    else if (next === 'reroute') reroute(w, toReroute);
    else withdrawAfterRegistration(w);
    w.status = handlingStatusOf(respondentModels(w));
  }
};
