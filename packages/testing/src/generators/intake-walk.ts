/**
 * The intake part of a legal path (research/legal-process.md §3.1–§3.2 steps 1–6): a report,
 * a finding or an internal report opens the case; a report goes through the kajian awal,
 * possibly the completion of requirements, then registration or a decline; it may be
 * withdrawn before registration. Dates stay inside the rulebook's deadlines wherever a late
 * act would be refused (filing is allowed to be late: the kajian awal must then say so).
 *
 * Since rulebook 2024.2: after an INCOMPLETE review Bawaslu sends the completion notice, and
 * the completion period runs on the clock from the reporter's receipt of it; the reporter
 * completes in time, or the period lapses and the report is declined. A lapsed report may then
 * be taken up as Bawaslu's own finding (temuan), registered and decided. Every decline may be
 * announced by a status notice.
 */
import { computeDeadline, computeDeadlineAt, type IsoDate, type Requirement } from '@netra/core';
import { reporterActorOf } from './actors.js';
import { drawDateBetween, formatInstant, isAfter, laterOf, plusDays } from './dates.js';
import { maybeHandOver } from './handover-walk.js';
import { canAnnounce, issueStatusNotice } from './notice-walk.js';
import { drawSupervisingOffice } from './opening-walk.js';
import {
  addStep,
  addStepAt,
  DAY_MS,
  drawInstantBetween,
  handler,
  instantOn,
  MINUTE_MS,
  type Step,
  type Walk,
} from './walk-state.js';

/** What the kajian awal may find missing (Perbawaslu 7/2022 Pasal 15(3)–(4)). */
export const REQUIREMENTS: readonly Requirement[] = [
  'REPORTER_IDENTITY',
  'RESPONDENT_IDENTITY',
  'SIGNATURE',
  'INCIDENT_TIME_PLACE',
  'DESCRIPTION',
  'EVIDENCE',
];

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

/** The last day of an intake step's period from `from`. */
export const intakeDue = (
  w: Walk,
  step: Parameters<typeof computeDeadline>[2],
  from: IsoDate,
): IsoDate => computeDeadline(w.rulebook, w.regime, step, from).due;

/** A registration number in Bawaslu's style, e.g. `007/Reg/LP/PB/Kab/34.02/VIII/2024`. */
const registrationNumber = (w: Walk, on: IsoDate): string => {
  const n = String(w.c.int(1, 250)).padStart(3, '0');
  const kind = w.origin === 'FINDING' ? 'TM' : 'LP';
  const election = w.regime === 'PEMILU_2024' ? 'PL' : 'PB';
  const level = w.jurisdiction.level === 'KABKOTA' ? 'Kab' : 'Prov';
  const month = ROMAN[Number(on.slice(5, 7)) - 1] ?? 'I';
  return `${n}/Reg/${kind}/${election}/${level}/${w.jurisdiction.region.code}/${month}/${on.slice(0, 4)}`;
};

/** Any act of a report may come from the reporter (online) or a clerk at the desk. */
export const reporterOrClerk = (w: Walk, reporterPercent: number) =>
  w.reporter !== null && w.c.chance(reporterPercent) ? reporterActorOf(w.reporter) : handler(w);

export const register = (w: Walk): void => {
  const on = plusDays(w.cursor, w.c.int(0, 3));
  addStep(w, {
    on,
    actor: handler(w),
    body: { type: 'RegisterCase', caseId: w.caseId, registrationNumber: registrationNumber(w, on) },
    label: w.takenUp ? 'RegisterCase:TAKEN_UP' : 'RegisterCase',
  });
  w.status = 'REGISTERED';
  w.registeredOn = w.cursor;
  // Pemilu counts from registration (UU 7/2017 Pasal 454(7)); Pilkada from receipt (Pasal 134(5)).
  w.decisionDue = intakeDue(w, 'DECIDE', w.regime === 'PEMILU_2024' ? w.cursor : w.openedOn);
};

/** The reporter withdraws the report before registration, within `withinDays` days. */
export const withdrawBeforeRegistration = (w: Walk, withinDays = 5): void => {
  addStep(w, {
    on: plusDays(w.cursor, w.c.int(0, withinDays)),
    actor: reporterOrClerk(w, 60),
    body: {
      type: 'WithdrawReport',
      caseId: w.caseId,
      ...(w.c.chance(50) ? { statement: 'Pelapor mencabut laporan secara tertulis.' } : {}),
    },
    label: `WithdrawReport:${w.status}`,
  });
  w.status = 'WITHDRAWN';
  w.withdrawn = true;
};

export type DeclineReason = 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' | 'REQUIREMENTS_NOT_COMPLETED';

/** The decline of the report for `reason`, for the caller to place in time. */
export const declineStep = (w: Walk, reason: DeclineReason): Omit<Step, 'on'> => ({
  actor: handler(w),
  body: {
    type: 'DeclineRegistration',
    caseId: w.caseId,
    reason,
    ...(w.c.chance(40) ? { note: 'Disampaikan kepada pelapor.' } : {}),
  },
  label: `DeclineRegistration:${reason}`,
});

/** Declines on the day `on`, or at the instant `at` (epoch ms) when given. */
const decline = (w: Walk, when: { on: IsoDate } | { at: number }, reason: DeclineReason): void => {
  const step = declineStep(w, reason);
  if ('at' in when) addStepAt(w, when.at, step);
  else addStep(w, { ...step, on: when.on });
  w.status = 'NOT_REGISTERED';
  w.declined = reason;
};

/**
 * The reporter receives the completion notice at `receivedAt` (epoch ms): the clock is after it,
 * and the completion period runs from it. Returns the period's last instant (epoch ms).
 */
export const receiveCompletionNotice = (w: Walk, receivedAt: number): number => {
  w.latestAt = Math.max(w.latestAt, receivedAt);
  const completion = computeDeadlineAt(
    w.rulebook,
    w.regime,
    'COMPLETE_REQUIREMENTS',
    new Date(receivedAt).toISOString(),
    w.jurisdiction.timeZone,
  );
  return Date.parse(completion.dueAt);
};

/** The completion notice as sent: when the reporter received it, and the period it started. */
interface CompletionNotice {
  readonly receivedAt: number;
  /** The last instant the reporter may complete (epoch ms). */
  readonly dueAt: number;
}

/**
 * Pemberitahuan kelengkapan: mostly within COMPLETION_NOTICE of the review, sometimes late.
 * The reporter receives it when it is sent (at the desk), or up to a few days later.
 */
const sendCompletionNotice = (w: Walk, reviewedOn: IsoDate): CompletionNotice => {
  const { c } = w;
  const zone = w.jurisdiction.timeZone;
  const noticeDue = intakeDue(w, 'COMPLETION_NOTICE', reviewedOn);
  const late = isAfter(w.cursor, noticeDue) || c.chance(12);
  const on = late
    ? plusDays(laterOf(w.cursor, noticeDue), c.int(1, 3))
    : drawDateBetween(c, w.cursor, noticeDue);
  const sentAt = instantOn(w, on);
  const receivedAt = c.chance(50)
    ? (drawInstantBetween(w, sentAt + MINUTE_MS, sentAt + 3 * DAY_MS) ?? sentAt)
    : sentAt;
  addStepAt(w, sentAt, {
    actor: handler(w),
    body: {
      type: 'SendCompletionNotice',
      caseId: w.caseId,
      ...(receivedAt === sentAt
        ? {}
        : { receivedAt: formatInstant(receivedAt, zone, c.chance(25)) }),
      ...(c.chance(40) ? { letterNumber: `${c.int(1, 400)}/PP.01.02/K.${on.slice(0, 4)}` } : {}),
    },
    label: late ? 'SendCompletionNotice:LATE' : 'SendCompletionNotice',
  });
  return { receivedAt, dueAt: receiveCompletionNotice(w, receivedAt) };
};

/** Bawaslu takes a lapsed report up as its own finding, within SET_FINDING of noticing it. */
const takeUpAsFinding = (w: Walk): void => {
  const { c } = w;
  const setOn = plusDays(w.cursor, c.int(0, 3));
  // Supervision took note of the matter from the report at the earliest, and lately.
  let discoveredOn = drawDateBetween(c, laterOf(w.openedOn, plusDays(setOn, -3)), setOn);
  if (isAfter(setOn, intakeDue(w, 'SET_FINDING', discoveredOn))) discoveredOn = setOn;
  addStep(w, {
    on: setOn,
    actor: handler(w),
    body: {
      type: 'TakeUpAsFinding',
      caseId: w.caseId,
      supervisingOffice: drawSupervisingOffice(c, w.jurisdiction),
      discoveredOn,
      reason: c.pick([
        'Laporan tidak dilengkapi; Bawaslu menindaklanjuti sebagai temuan.',
        'Informasi awal dari laporan yang tidak diregistrasi cukup untuk temuan.',
      ]),
    },
    label: 'TakeUpAsFinding',
  });
  w.status = 'FINDING_RECORDED';
  w.origin = 'FINDING';
  w.openedOn = w.cursor;
  w.takenUp = true;
  w.declined = null;
};

/** The outcome of a kajian awal. */
export type ReviewOutcome = 'COMPLETE' | 'INCOMPLETE' | 'TIME_BARRED' | 'OUTSIDE_JURISDICTION';

/** The kajian awal on the day `on`: its outcome, and for INCOMPLETE what is `missing`. */
export const recordPreliminaryReview = (
  w: Walk,
  on: IsoDate,
  outcome: ReviewOutcome,
  missing: Requirement[],
): void => {
  addStep(w, {
    on,
    actor: handler(w),
    body: {
      type: 'CompletePreliminaryReview',
      caseId: w.caseId,
      result: outcome === 'INCOMPLETE' ? { outcome, missing } : { outcome },
      ...(w.c.chance(30) ? { note: 'Kajian awal ditandatangani.' } : {}),
    },
    label: `CompletePreliminaryReview:${outcome}`,
  });
};

/**
 * After a decline: the non-registration may be announced; a report declined for want of
 * completion may be taken up as a finding, which is then mostly registered.
 */
export const walkAfterDecline = (w: Walk): void => {
  for (;;) {
    const next = w.c.weighted([
      [canAnnounce(w) ? 3 : 0, 'announce'],
      [w.declined === 'REQUIREMENTS_NOT_COMPLETED' ? 10 : 0, 'take up'],
      [2, 'stop'],
    ] as const);
    if (next === 'stop') return;
    if (next === 'announce') {
      issueStatusNotice(w);
      continue;
    }
    takeUpAsFinding(w);
    // The non-registration may still be announced (it is still owed) before the finding goes on.
    if (canAnnounce(w) && w.c.chance(50)) issueStatusNotice(w);
    maybeHandOver(w, 5);
    if (w.c.chance(85)) register(w);
    return;
  }
};

/** The kajian awal, then what follows it until registration, a decline, a withdrawal or a stop. */
export const walkReportIntake = (w: Walk, lateFiling: boolean): void => {
  const { c } = w;
  const reviewDue = intakeDue(w, 'PRELIMINARY_REVIEW', w.openedOn);
  let reviewedOn: IsoDate = w.openedOn;
  let notice: CompletionNotice | null = null;
  let missing: Requirement[] = [];
  let notRegistrable: 'TIME_BARRED' | 'OUTSIDE_JURISDICTION' = 'OUTSIDE_JURISDICTION';
  const complete = (at: number | null, label: string): void => {
    const supplied = REQUIREMENTS.filter((r) => missing.includes(r) || c.chance(15));
    const step = {
      actor: reporterOrClerk(w, 70),
      body: {
        type: 'CompleteRequirements' as const,
        caseId: w.caseId,
        supplied,
        ...(c.chance(50)
          ? { evidence: [{ ref: 'surat-pernyataan-pelapor.pdf', kind: 'DOCUMENT' as const }] }
          : {}),
      },
      label,
    };
    if (at === null) addStep(w, { ...step, on: plusDays(w.cursor, c.int(0, 1)) });
    else addStepAt(w, at, step);
    w.status = 'READY_TO_REGISTER';
  };
  for (;;) {
    maybeHandOver(w, 3);
    switch (w.status) {
      case 'RECEIVED': {
        const next = c.weighted([
          [8, 'review'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        // A late kajian awal is recorded and flagged, not refused: sometimes be late.
        const on =
          !isAfter(w.cursor, reviewDue) && c.chance(85)
            ? drawDateBetween(c, w.cursor, reviewDue)
            : plusDays(laterOf(w.cursor, reviewDue), c.int(1, 3));
        const outcome = lateFiling
          ? c.weighted([
              [3, 'TIME_BARRED'],
              [1, 'OUTSIDE_JURISDICTION'],
            ] as const)
          : c.weighted([
              [5, 'COMPLETE'],
              [4, 'INCOMPLETE'],
              [1, 'OUTSIDE_JURISDICTION'],
            ] as const);
        missing = outcome === 'INCOMPLETE' ? c.subset(REQUIREMENTS, 1) : [];
        recordPreliminaryReview(w, on, outcome, missing);
        reviewedOn = w.cursor;
        if (outcome === 'COMPLETE') w.status = 'READY_TO_REGISTER';
        else if (outcome === 'INCOMPLETE') w.status = 'AWAITING_COMPLETION';
        else {
          w.status = 'NOT_REGISTRABLE';
          notRegistrable = outcome;
        }
        break;
      }
      case 'AWAITING_COMPLETION': {
        // Before the notice no period runs: the reporter may complete, but not be declined.
        // After it, completion is in time up to the instant the period ends, and the decline
        // comes only after that instant.
        const completeBy =
          notice === null
            ? null
            : drawInstantBetween(
                w,
                Math.max(w.lastAt, notice.receivedAt) + MINUTE_MS,
                notice.dueAt,
              );
        const next = c.weighted([
          [notice === null ? 8 : 0, 'notice'],
          [notice === null ? 2 : 0, 'complete before notice'],
          [completeBy === null ? 0 : 6, 'complete'],
          [notice === null ? 0 : 6, 'decline'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        if (next === 'notice') {
          notice = sendCompletionNotice(w, reviewedOn);
          break;
        }
        if (next === 'complete before notice') {
          complete(null, 'CompleteRequirements:BEFORE_NOTICE');
          break;
        }
        if (notice === null) throw new Error('unreachable: no notice');
        const { dueAt } = notice;
        if (next === 'decline') {
          // Sometimes in the first minute after the period, where an off-by-one would show.
          const earliest = Math.max(w.lastAt, dueAt) + MINUTE_MS;
          const at =
            (c.chance(15) && dueAt + MINUTE_MS > w.lastAt ? dueAt + MINUTE_MS : null) ??
            drawInstantBetween(w, earliest, earliest + 5 * DAY_MS) ??
            earliest;
          decline(w, { at }, 'REQUIREMENTS_NOT_COMPLETED');
          return;
        }
        // Sometimes at the period's last instant, where an off-by-one would show.
        complete(c.chance(10) && dueAt > w.lastAt ? dueAt : completeBy, 'CompleteRequirements');
        break;
      }
      case 'READY_TO_REGISTER': {
        const next = c.weighted([
          [8, 'register'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        register(w);
        return;
      }
      case 'NOT_REGISTRABLE': {
        const next = c.weighted([
          [6, 'decline'],
          [1, 'withdraw'],
          [1, 'stop'],
        ] as const);
        if (next === 'stop') return;
        if (next === 'withdraw') {
          withdrawBeforeRegistration(w);
          return;
        }
        decline(w, { on: plusDays(w.cursor, c.int(0, 3)) }, notRegistrable);
        return;
      }
      default:
        return;
    }
  }
};
