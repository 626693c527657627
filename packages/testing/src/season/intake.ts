/**
 * The intake of a planned case (research/legal-process.md §3.1–§3.2): its opening
 * (opening.ts); for a report, the kajian awal (sometimes finding requirements missing: then the
 * completion notice and the reporter's completion), and then registration, or — for a report
 * the plan declines or withdraws — a decline (late, outside Bawaslu's jurisdiction, or
 * requirements not completed in time) or a withdrawal before registration.
 */
import type { IsoDate, Requirement } from '@netra/core';
import { drawDateBetween, formatInstant, isAfter, laterOf, plusDays } from '../generators/dates.js';
import { maybeHandOver } from '../generators/handover-walk.js';
import {
  type DeclineReason,
  declineStep,
  intakeDue,
  REQUIREMENTS,
  type ReviewOutcome,
  receiveCompletionNotice,
  recordPreliminaryReview,
  register,
  reporterOrClerk,
  withdrawBeforeRegistration,
} from '../generators/intake-walk.js';
import { issueStatusNotice } from '../generators/notice-walk.js';
import {
  addStep,
  addStepAt,
  DAY_MS,
  drawInstantBetween,
  handler,
  instantOn,
  MINUTE_MS,
} from '../generators/walk-state.js';
import { act, type CaseScript } from './act.js';
import type { SeasonWalk } from './case-walk.js';
import { open } from './opening.js';

/** The kajian awal, mostly within its period. */
const review = (w: SeasonWalk, outcome: ReviewOutcome): Requirement[] => {
  const { c } = w;
  const reviewDue = intakeDue(w, 'PRELIMINARY_REVIEW', w.openedOn);
  const missing = outcome === 'INCOMPLETE' ? c.subset(REQUIREMENTS, 1) : [];
  const on =
    !isAfter(w.cursor, reviewDue) && c.chance(90)
      ? drawDateBetween(c, w.cursor, reviewDue)
      : plusDays(laterOf(w.cursor, reviewDue), c.int(1, 2));
  recordPreliminaryReview(w, on, outcome, missing);
  w.status =
    outcome === 'COMPLETE'
      ? 'READY_TO_REGISTER'
      : outcome === 'INCOMPLETE'
        ? 'AWAITING_COMPLETION'
        : 'NOT_REGISTRABLE';
  return missing;
};

/** The completion notice: the last instant to complete (epoch ms), from the reporter's receipt. */
const sendCompletionNotice = (w: SeasonWalk, reviewedOn: IsoDate): number => {
  const { c } = w;
  const zone = w.jurisdiction.timeZone;
  const noticeDue = intakeDue(w, 'COMPLETION_NOTICE', reviewedOn);
  const sentAt = instantOn(
    w,
    isAfter(w.cursor, noticeDue) ? w.cursor : drawDateBetween(c, w.cursor, noticeDue),
  );
  const receivedAt = c.chance(40)
    ? (drawInstantBetween(w, sentAt + MINUTE_MS, sentAt + 2 * DAY_MS) ?? sentAt)
    : sentAt;
  addStepAt(w, sentAt, {
    actor: handler(w),
    body: {
      type: 'SendCompletionNotice',
      caseId: w.caseId,
      ...(receivedAt === sentAt
        ? {}
        : { receivedAt: formatInstant(receivedAt, zone, c.chance(25)) }),
    },
    label: 'SendCompletionNotice',
  });
  return receiveCompletionNotice(w, receivedAt);
};

const complete = (w: SeasonWalk, missing: readonly Requirement[], dueAt: number): void => {
  const { c } = w;
  const from = Math.max(w.lastAt, w.latestAt) + MINUTE_MS;
  const at = drawInstantBetween(w, from, dueAt) ?? (dueAt > w.lastAt ? dueAt : null);
  if (at === null) throw new Error(`${w.caseId}: no time left to complete the requirements`);
  addStepAt(w, at, {
    actor: reporterOrClerk(w, 70),
    body: {
      type: 'CompleteRequirements',
      caseId: w.caseId,
      supplied: REQUIREMENTS.filter((r) => missing.includes(r) || c.chance(15)),
    },
    label: 'CompleteRequirements',
  });
  w.status = 'READY_TO_REGISTER';
};

const decline = (w: SeasonWalk, reason: DeclineReason, notBefore: number | null): void => {
  const step = declineStep(w, reason);
  if (notBefore === null) addStep(w, { ...step, on: plusDays(w.cursor, w.c.int(0, 3)) });
  else {
    const earliest = Math.max(w.lastAt, notBefore) + MINUTE_MS;
    addStepAt(w, drawInstantBetween(w, earliest, earliest + 3 * DAY_MS) ?? earliest, step);
  }
  w.status = 'NOT_REGISTERED';
  w.declined = reason;
};

/** A report through the kajian awal to registration, a decline or a withdrawal, as planned. */
function* takeInReport(w: SeasonWalk, declineFor: DeclineReason | null): CaseScript {
  const { c, plan } = w;
  if (plan.path === 'WITHDRAWN') {
    if (c.chance(60)) yield* act(w, () => review(w, 'COMPLETE'));
    yield* act(w, () => withdrawBeforeRegistration(w, 4));
    return;
  }
  const outcome: ReviewOutcome =
    declineFor === 'TIME_BARRED'
      ? 'TIME_BARRED'
      : declineFor === 'OUTSIDE_JURISDICTION'
        ? 'OUTSIDE_JURISDICTION'
        : declineFor === 'REQUIREMENTS_NOT_COMPLETED' || c.chance(20)
          ? 'INCOMPLETE'
          : 'COMPLETE';
  let missing: Requirement[] = [];
  yield* act(w, () => {
    missing = review(w, outcome);
  });
  if (outcome === 'INCOMPLETE') {
    let dueAt = 0;
    yield* act(w, () => {
      dueAt = sendCompletionNotice(w, w.cursor);
    });
    if (declineFor === 'REQUIREMENTS_NOT_COMPLETED')
      yield* act(w, () => decline(w, declineFor, dueAt));
    else yield* act(w, () => complete(w, missing, dueAt));
  } else if (declineFor !== null) {
    yield* act(w, () => decline(w, declineFor, null));
  }
}

/** The intake of the case, up to registration (or the end of a case that is never decided). */
export function* takeIn(w: SeasonWalk): CaseScript {
  const { c, plan } = w;
  const declineFor: DeclineReason | null =
    plan.path === 'DECLINED'
      ? c.weighted([
          [4, 'TIME_BARRED'],
          [4, 'REQUIREMENTS_NOT_COMPLETED'],
          [2, 'OUTSIDE_JURISDICTION'],
        ] as const)
      : null;
  yield* act(w, () => open(w, declineFor === 'TIME_BARRED'));
  if (w.origin === 'INTERNAL') return;
  if (w.origin === 'REPORT') yield* takeInReport(w, declineFor);
  if (w.status === 'NOT_REGISTERED') {
    // The non-registration is announced, mostly.
    if (c.chance(60)) yield* act(w, () => issueStatusNotice(w));
    return;
  }
  if (w.status === 'WITHDRAWN') return;
  // Now and then another office takes the case over or has it passed on (a kabupaten/kota case:
  // the walkers know the kecamatan of the generators' regions only).
  if (w.jurisdiction.level === 'KABKOTA') yield* act(w, () => maybeHandOver(w, 3));
  yield* act(w, () => register(w));
}
