/**
 * The handling part of a legal path, once a case is registered (research/legal-process.md
 * §3.2 steps 7–8, §3.3, §3.7): hearings, an optional extension while the decision period
 * runs, a decision per respondent, forwarding to the ASN supervisor (KASN or BKN by the date),
 * the SE MenPAN-RB 4/2024 reroute, the Gakkumdu referral, and a withdrawal that no longer
 * closes the case. Steps interleave in random order, each dated on or after the one before.
 *
 * Since rulebook 2024.2: deliberations in Sentra Gakkumdu (a CRIMINAL decision needs the last
 * one to have concluded PROCEED), the forward to Polri investigators within 1×24 hours of the
 * decision (ForwardToInvestigators, sometimes under its 2024.1 name ReferToGakkumdu), the
 * forward of a non-ASN respondent's OTHER_LAW violation to the authority over them, status
 * notices, and hand-overs between Bawaslu levels.
 *
 * After a forward to the ASN supervisor, the respondent's proceedings (issue 15) interleave with
 * the rest: the supervisor's outcome, SIASN blocks, the PPK's sanction and its delivery, an
 * objection and its decision, the sanction served, the respondent's exit; after a forward to
 * Polri, the criminal track (proceedings-moves.ts).
 */
import { computeDeadline, computeDeadlineAt, type IsoDate, type RespondentKind } from '@netra/core';
import { drawCoveringGakkumdu, drawRerouteActor, reporterActorOf } from './actors.js';
import { drawDateBetween, isAfter, laterOf, localDayMinute, plusDays } from './dates.js';
import { drawDecision, type RespondentDecision } from './decisions.js';
import { maybeHandOver } from './handover-walk.js';
import { canAnnounce, issueStatusNotice } from './notice-walk.js';
import { type OpenMove, openMoves } from './proceedings-moves.js';
import {
  addStep,
  addStepAt,
  drawInstantBetween,
  handler,
  handlingStatusOf,
  MINUTE_MS,
  type RespondentModel,
  respondentModels,
  type Walk,
} from './walk-state.js';

/** The authority a non-ASN respondent's OTHER_LAW violation is forwarded to. */
export type CompetentAuthority =
  | 'BUPATI_WALIKOTA'
  | 'KEPALA_DESA'
  | 'PPK_OR_OPD_HEAD'
  | 'TNI_COMMAND'
  | 'POLRI_COMMAND';

/**
 * The authority over each non-ASN kind (research/legal-answers-2026-11.md §3.4): a village
 * head's is the Bupati/Wali Kota, a village official's the Kepala Desa, an honorer's the PPK or
 * OPD head, a soldier's or police officer's their command. Written here, not read from the
 * rulebook, so that a wrong route in the rulebook shows as a disagreement.
 */
export const authorityOver = (kind: RespondentKind): CompetentAuthority => {
  switch (kind) {
    case 'VILLAGE_HEAD':
      return 'BUPATI_WALIKOTA';
    case 'VILLAGE_OFFICIAL':
      return 'KEPALA_DESA';
    case 'TNI':
      return 'TNI_COMMAND';
    case 'POLRI':
      return 'POLRI_COMMAND';
    default:
      return 'PPK_OR_OPD_HEAD';
  }
};

/** The supervisor of a forward on `on`: KASN before the rulebook's `bknFrom`, BKN from then on. */
export const supervisorOn = (w: Walk, on: IsoDate): 'KASN' | 'BKN' =>
  isAfter(w.rulebook.supervisorRouting.bknFrom, on) ? 'KASN' : 'BKN';

/**
 * In time (with `inTimePercent` % chance) while the period still runs; otherwise a little late,
 * which the decider records and flags rather than refuses.
 */
export const dueOrLate = (w: Walk, due: IsoDate, inTimePercent: number): IsoDate =>
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
    [
      w.reporter === null || w.origin !== 'REPORT' ? 0 : 2,
      { kind: 'REPORTER' as const, name: w.reporter?.name ?? '-' },
    ],
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
    actor: handler(w),
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

/** An extension of the decision period, for additional information from the reporter. */
export const extend = (w: Walk): void => {
  const on = drawDateBetween(w.c, w.cursor, w.decisionDue ?? w.cursor);
  addStep(w, {
    on,
    actor: handler(w),
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

/** The stage of the next deliberation on `r`, or undefined when both were held. */
const nextStage = (r: RespondentModel): 'FIRST' | 'SECOND' | undefined =>
  r.deliberations.length === 0 ? 'FIRST' : r.deliberations.length === 1 ? 'SECOND' : undefined;

/**
 * Pembahasan in Sentra Gakkumdu on an undecided respondent, recorded by Bawaslu or the Gakkumdu
 * desk: the first, then the second; mostly concluding that the elements of a crime are met.
 */
const deliberate = (w: Walk, r: RespondentModel, proceedPercent: number): void => {
  const { c } = w;
  const stage = nextStage(r);
  if (stage === undefined)
    throw new RangeError(`${r.respondent.respondentId}: both deliberations held`);
  const conclusion = c.chance(proceedPercent) ? 'PROCEED' : 'STOP';
  addStep(w, {
    on: plusDays(w.cursor, c.int(0, 2)),
    actor: c.chance(50) ? handler(w) : drawCoveringGakkumdu(c, w.jurisdiction),
    body: {
      type: 'RecordGakkumduDeliberation',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      stage,
      conclusion,
      summary:
        conclusion === 'PROCEED'
          ? 'Unsur tindak pidana pemilihan terpenuhi; dilanjutkan.'
          : 'Unsur tindak pidana tidak terpenuhi; dihentikan.',
    },
    label: `RecordGakkumduDeliberation:${stage}:${conclusion}`,
  });
  r.deliberations.push({ stage, conclusion });
};

/** Whether a CRIMINAL decision on `r` may be declared now (the rulebook's Gakkumdu policy). */
const criminalAllowed = (w: Walk, r: RespondentModel): boolean =>
  !w.rulebook.gakkumdu.deliberationBeforeDeclaration ||
  r.deliberations.at(-1)?.conclusion === 'PROCEED';

/** The plenary's `decision` on `r` on the day `on`, and what it makes of `r` in the model. */
export const recordDecision = (
  w: Walk,
  r: RespondentModel,
  on: IsoDate,
  decision: RespondentDecision,
): void => {
  addStep(w, {
    on,
    actor: handler(w),
    body: {
      type: 'DecideRespondent',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      decision,
    },
    label: `DecideRespondent:${decision.outcome}${w.takenUp ? ':TAKEN_UP' : ''}`,
  });
  const tracks = decision.outcome === 'VIOLATION' ? decision.tracks : [];
  r.decidedOn = w.cursor;
  r.decidedAt = w.lastAt;
  r.violation = decision.outcome === 'VIOLATION';
  r.neutrality = tracks.includes('NEUTRALITY');
  r.criminal = tracks.includes('CRIMINAL');
  r.otherLaw = tracks.includes('OTHER_LAW');
  r.skbCode = decision.outcome === 'VIOLATION' ? (decision.skbCode ?? null) : null;
};

const decide = (w: Walk, undecided: readonly RespondentModel[]): void => {
  const r = w.c.pick(undecided);
  // Often the deliberation that lets the decision declare a crime comes just before it.
  if (!criminalAllowed(w, r) && nextStage(r) !== undefined && w.c.chance(40)) deliberate(w, r, 85);
  const on = dueOrLate(w, w.decisionDue ?? w.cursor, 85);
  const decision = drawDecision(w.c, {
    rulebook: w.rulebook,
    regime: w.regime,
    respondent: r.respondent,
    incidentOn: w.incidentOn,
    decidedOn: on,
    criminalAllowed: criminalAllowed(w, r),
  });
  recordDecision(w, r, on, decision);
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
    actor: handler(w),
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

/** The last instant (epoch ms) of the 1×24 hours from the decision on `r` to the forward to Polri. */
export const referralDueAt = (w: Walk, r: RespondentModel): number =>
  Date.parse(
    computeDeadlineAt(
      w.rulebook,
      w.regime,
      'REFER_TO_POLICE',
      new Date(r.decidedAt ?? w.lastAt).toISOString(),
      w.jurisdiction.timeZone,
    ).dueAt,
  );

/**
 * The forward to Polri investigators through Sentra Gakkumdu: mostly within 1×24 hours of the
 * decision (on the clock), sometimes a little late, which is recorded and flagged. Sometimes
 * sent under its 2024.1 name ReferToGakkumdu, which the decider takes as the same act.
 */
const refer = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const dueAt = referralDueAt(w, r);
  const inTime = c.chance(80) ? drawInstantBetween(w, w.lastAt + MINUTE_MS, dueAt) : null;
  const alias = c.chance(30);
  const step = {
    actor: c.chance(70) ? handler(w) : drawCoveringGakkumdu(c, w.jurisdiction),
    body: alias
      ? {
          type: 'ReferToGakkumdu' as const,
          caseId: w.caseId,
          respondentId: r.respondent.respondentId,
        }
      : {
          type: 'ForwardToInvestigators' as const,
          caseId: w.caseId,
          respondentId: r.respondent.respondentId,
          ...(c.chance(50) ? { letterNumber: `${c.int(1, 300)}/PP.01.02/K.Gakkumdu` } : {}),
        },
    label: alias ? 'ReferToGakkumdu' : 'ForwardToInvestigators',
  };
  if (inTime !== null) addStepAt(w, inTime, step);
  else {
    const dueOn = localDayMinute(dueAt, w.jurisdiction.timeZone).day;
    addStep(w, { ...step, on: plusDays(laterOf(w.cursor, dueOn), c.int(0, 3)) });
  }
  r.referred = true;
};

/** The addressee of the forward to each authority, in the region named `place`. */
export const ADDRESSEES: Readonly<Record<CompetentAuthority, (place: string) => string>> = {
  BUPATI_WALIKOTA: (place) => `Bupati/Wali Kota ${place}`,
  KEPALA_DESA: () => 'Kepala Desa tempat terlapor bertugas',
  PPK_OR_OPD_HEAD: (place) => `Kepala Perangkat Daerah, ${place}`,
  TNI_COMMAND: (place) => `Komandan Kodim, ${place}`,
  POLRI_COMMAND: (place) => `Kapolres ${place}`,
};

/** A non-ASN respondent's OTHER_LAW violation to the authority over them. */
const forwardToAuthority = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const authority = authorityOver(r.respondent.kind);
  const place = w.jurisdiction.region.name;
  const copies = c.subset([
    `Gubernur ${w.jurisdiction.province.name}`,
    'Bawaslu Republik Indonesia',
  ]);
  addStep(w, {
    on: plusDays(w.cursor, c.chance(70) ? c.int(0, 3) : c.int(4, 20)),
    actor: handler(w),
    body: {
      type: 'ForwardToCompetentAuthority',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      addressee: ADDRESSEES[authority](place),
      ...(copies.length > 0 ? { copies } : {}),
      ...(c.chance(50)
        ? { letterNumber: `${c.int(1, 300)}/PP.01.02/K.${w.cursor.slice(0, 4)}` }
        : {}),
    },
    label: `ForwardToCompetentAuthority:${r.respondent.kind}`,
  });
  r.authorityForwarded = true;
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
  for (const r of chosen) {
    r.rerouted = true;
    r.reroutedTo = kasnProcessingStarted ? 'MENPANRB' : 'BKN';
  }
};

const withdrawAfterRegistration = (w: Walk): void => {
  addStep(w, {
    on: plusDays(w.cursor, w.c.int(0, 3)),
    actor: w.reporter !== null && w.c.chance(60) ? reporterActorOf(w.reporter) : handler(w),
    body: { type: 'WithdrawReport', caseId: w.caseId },
    label: `WithdrawReport:${w.status}`,
  });
  w.withdrawn = true;
};

type HandlingStep =
  | 'decide'
  | 'clarify'
  | 'deliberate'
  | 'extend'
  | 'forward'
  | 'refer'
  | 'authority'
  | 'reroute'
  | 'announce'
  | 'withdraw'
  | 'stop';

/** Walks the handling steps until the case is closed, nothing is left to do, or the walk stops. */
export const walkHandling = (w: Walk): void => {
  for (let i = 0; i < 40; i++) {
    if (w.status === 'CLOSED') {
      // A closed case's status is still announced, mostly.
      if (canAnnounce(w) && w.c.chance(60)) issueStatusNotice(w);
      return;
    }
    maybeHandOver(w, 2);
    const models = respondentModels(w);
    const undecided = models.filter((r) => r.decidedOn === null);
    const toDeliberate = undecided.filter((r) => nextStage(r) !== undefined);
    const toForward = models.filter((r) => r.neutrality && r.forwardedTo === null);
    const toRefer = models.filter((r) => r.criminal && !r.referred);
    const toAuthority = models.filter((r) => r.otherLaw && !r.authorityForwarded);
    // A file KASN has verified is not rerouted: SE 4/2024 moves the files still pending.
    const toReroute = models.filter(
      (r) => r.forwardedTo === 'KASN' && !r.rerouted && r.proceeding.outcome === null,
    );
    const proceedings = openMoves(w, models);
    const open = w.status === 'REGISTERED';
    // Pilkada extends only to hear the reporter (UU 1/2015 Pasal 134(6)): never a finding.
    const canExtend =
      open &&
      !w.extended &&
      (w.regime === 'PEMILU_2024' || w.origin === 'REPORT') &&
      !isAfter(w.cursor, w.decisionDue ?? w.cursor);
    const canWithdraw = w.origin === 'REPORT' && !w.withdrawn;
    const next = w.c.weighted<HandlingStep | OpenMove>([
      [undecided.length > 0 ? 6 : 0, 'decide'],
      [open && w.clarifications < 3 ? 2 : 0, 'clarify'],
      [toDeliberate.length > 0 ? 2 : 0, 'deliberate'],
      [canExtend ? 1 : 0, 'extend'],
      [toForward.length > 0 ? 4 : 0, 'forward'],
      [toRefer.length > 0 ? 4 : 0, 'refer'],
      [toAuthority.length > 0 ? 4 : 0, 'authority'],
      [toReroute.length > 0 ? 2 : 0, 'reroute'],
      ...proceedings.map((m) => [m.move.weight, m] as const),
      [canAnnounce(w) ? 2 : 0, 'announce'],
      [canWithdraw ? 1 : 0, 'withdraw'],
      [w.toTheEnd && proceedings.some((m) => m.move.optional !== true) ? 0 : 1, 'stop'],
    ]);
    if (next === 'stop') return;
    if (typeof next !== 'string') next.move.take(w, next.pending);
    else if (next === 'decide') decide(w, undecided);
    else if (next === 'clarify') clarify(w, undecided);
    else if (next === 'deliberate') deliberate(w, w.c.pick(toDeliberate), 75);
    else if (next === 'extend') extend(w);
    else if (next === 'forward') forward(w, toForward);
    else if (next === 'refer') refer(w, toRefer);
    else if (next === 'authority') forwardToAuthority(w, toAuthority);
    else if (next === 'reroute') reroute(w, toReroute);
    else if (next === 'announce') issueStatusNotice(w);
    else withdrawAfterRegistration(w);
    w.status = handlingStatusOf(respondentModels(w));
  }
};
