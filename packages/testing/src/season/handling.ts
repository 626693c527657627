/**
 * The handling of a registered case (research/legal-process.md §3.2 steps 7–8, §3.3): hearings,
 * now and then an extension, the plenary decision on each respondent as planned (a neutrality
 * violation with its SKB 2022 item, an OTHER_LAW violation of a village head or an honorer, not
 * a violation, or handling stopped), the forward of neutrality violations to the ASN supervisor
 * (KASN before 23 Aug 2024, BKN after; several respondents in one letter, or in two), the
 * forward of other-law violations to the authority over the respondent, and status notices.
 */
import {
  drawDateBetween,
  isAfter,
  laterOf,
  localDayMinute,
  plusDays,
} from '../generators/dates.js';
import { NOT_A_VIOLATION, type RespondentDecision } from '../generators/decisions.js';
import {
  ADDRESSEES,
  authorityOver,
  dueOrLate,
  extend,
  recordDecision,
  supervisorOn,
} from '../generators/handling-walk.js';
import { canAnnounce, issueStatusNotice } from '../generators/notice-walk.js';
import {
  addStep,
  addStepAt,
  handler,
  handlingStatusOf,
  instantOn,
  type RespondentModel,
  respondentModels,
} from '../generators/walk-state.js';
import { act, type CaseScript } from './act.js';
import type { SeasonWalk } from './case-walk.js';
import { drawSkbCode } from './incidents.js';
import { shuffle } from './prng.js';
import { deliberate, refer } from './referral.js';

// The season's own (decisions.ts's STOPPED has 'Terlapor meninggal dunia.' for the last one).
const STOPPED = [
  'Bukti tidak cukup.',
  'Pelapor tidak dapat dihadirkan untuk klarifikasi.',
  'Saksi tidak bersedia memberikan keterangan.',
];

/** A hearing: a witness, the reporter, or a respondent not decided yet. */
const clarify = (w: SeasonWalk): void => {
  const { c } = w;
  const on = plusDays(w.cursor, c.int(0, 1));
  const undecided = respondentModels(w).filter((r) => r.decidedOn === null);
  const respondent = undecided.length > 0 ? c.pick(undecided).respondent : undefined;
  const party = c.weighted([
    [2, { kind: 'WITNESS' as const, name: 'Saksi dari warga setempat' }],
    [w.reporter === null ? 0 : 2, { kind: 'REPORTER' as const, name: w.reporter?.name ?? '-' }],
    [
      respondent === undefined ? 0 : 4,
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
      heldOn: drawDateBetween(c, laterOf(w.registeredOn ?? on, plusDays(on, -1)), on),
      summary: 'Berita acara klarifikasi ditandatangani.',
    },
    label: `RecordClarification:${party.kind}`,
  });
  w.clarifications += 1;
};

const decide = (w: SeasonWalk, r: RespondentModel, criminal: boolean): void => {
  const { c, plan } = w;
  const fate = w.fates.get(r.respondent.respondentId)?.fate;
  const on = dueOrLate(w, w.decisionDue ?? w.cursor, 75);
  const conductOn = w.incidentOn;
  const decision: RespondentDecision =
    fate === 'SANCTIONED' || fate === 'NOT_FOLLOWED_UP'
      ? {
          outcome: 'VIOLATION',
          tracks: criminal
            ? ['NEUTRALITY', 'CRIMINAL']
            : c.chance(4)
              ? ['NEUTRALITY', 'ADMINISTRATIVE']
              : ['NEUTRALITY'],
          conductOn,
          skbCode: c.chance(80) ? plan.skbCode : drawSkbCode(c, conductOn),
        }
      : fate === 'OTHER_LAW' || fate === 'OTHER_LAW_SANCTIONED'
        ? { outcome: 'VIOLATION', tracks: ['OTHER_LAW'], conductOn }
        : fate === 'STOPPED'
          ? { outcome: 'STOPPED', reason: c.pick(STOPPED) }
          : { outcome: 'NOT_A_VIOLATION', reason: c.pick(NOT_A_VIOLATION) };
  recordDecision(w, r, on, decision);
};

/**
 * One forwarding letter for `batch`. The supervisor follows from the day of the letter, which is
 * fixed first (a full day moves a step to the next morning).
 */
const forward = (w: SeasonWalk, batch: readonly RespondentModel[]): void => {
  const { c } = w;
  const at = instantOn(w, plusDays(w.cursor, c.chance(65) ? c.int(0, 3) : c.int(4, 21)));
  const day = localDayMinute(at, w.jurisdiction.timeZone).day;
  const supervisor = supervisorOn(w, day);
  addStepAt(w, at, {
    actor: handler(w),
    body: {
      type: 'ForwardToSupervisor',
      caseId: w.caseId,
      respondentIds: batch.map((r) => r.respondent.respondentId),
      ...(c.chance(50) ? { expectedSupervisor: supervisor } : {}),
      ...(c.chance(60)
        ? { letterNumber: `${c.int(1, 300)}/PP.01.02/K.Bawaslu/${day.slice(0, 4)}` }
        : {}),
    },
    label: `ForwardToSupervisor:${supervisor}`,
  });
  for (const r of batch) r.forwardedTo = supervisor;
};

const forwardToAuthority = (w: SeasonWalk, r: RespondentModel): void => {
  const { c } = w;
  addStep(w, {
    on: plusDays(w.cursor, c.chance(70) ? c.int(0, 3) : c.int(4, 20)),
    actor: handler(w),
    body: {
      type: 'ForwardToCompetentAuthority',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      addressee: ADDRESSEES[authorityOver(r.respondent.kind)](w.jurisdiction.region.name),
      ...(c.chance(50) ? { copies: [`Gubernur ${w.jurisdiction.province.name}`] } : {}),
    },
    label: `ForwardToCompetentAuthority:${r.respondent.kind}`,
  });
  r.authorityForwarded = true;
};

/** Announces the case's status now, with `percent` % chance, when it has one to announce. */
function* maybeAnnounce(w: SeasonWalk, percent: number): CaseScript {
  if (canAnnounce(w) && w.c.chance(percent)) yield* act(w, () => issueStatusNotice(w));
}

/** From registration to the forwards: every respondent decided, every violation handed over. */
export function* handle(w: SeasonWalk): CaseScript {
  const { c } = w;
  yield* maybeAnnounce(w, 40);
  // Hearings mostly come before the decisions; a decision may come on the day of registration.
  const hearings = c.weighted([
    [3, 0],
    [4, 1],
    [2, 2],
  ]);
  const undecided = shuffle(c, respondentModels(w));
  const early = c.int(0, hearings);
  for (let i = 0; i < early; i++) yield* act(w, () => clarify(w));
  // Pilkada extends only to hear more from the reporter (UU 1/2015 Pasal 134(6)): a report's.
  if (w.origin === 'REPORT' && c.chance(8) && !isAfter(w.cursor, w.decisionDue ?? w.cursor)) {
    yield* act(w, () => extend(w));
  }
  for (const [i, r] of undecided.entries()) {
    if (i === 1 && hearings > early) yield* act(w, () => clarify(w));
    // Now and then the conduct is also an election crime (UU 10/2016 Pasal 71 jo. 188).
    const fate = w.fates.get(r.respondent.respondentId)?.fate;
    const criminal = (fate === 'SANCTIONED' || fate === 'NOT_FOLLOWED_UP') && c.chance(3);
    if (criminal) yield* act(w, () => deliberate(w, r));
    yield* act(w, () => decide(w, r, criminal));
    if (criminal) yield* act(w, () => refer(w, r));
    w.status = handlingStatusOf(respondentModels(w));
  }
  yield* maybeAnnounce(w, 50);

  const toSupervisor = shuffle(
    c,
    respondentModels(w).filter((r) => r.neutrality),
  );
  const batches =
    toSupervisor.length > 1 && c.chance(25)
      ? [toSupervisor.slice(0, 1), toSupervisor.slice(1)]
      : [toSupervisor];
  const handOvers: (() => void)[] = [
    ...batches.filter((b) => b.length > 0).map((b) => () => forward(w, b)),
    ...respondentModels(w)
      .filter((r) => r.otherLaw)
      .map((r) => () => forwardToAuthority(w, r)),
  ];
  for (const handOver of shuffle(c, handOvers)) {
    yield* act(w, handOver);
    w.status = handlingStatusOf(respondentModels(w));
  }
  if (handOvers.length > 0) yield* maybeAnnounce(w, 50);
}
