/**
 * The end of a respondent's proceedings (issue 15):
 * - the sanction served: once it is in force (delivered, any objection decided, not annulled)
 *   and its duration has run — 6, 9 or 12 months from the day it took force, ending the day
 *   before the same date (the month's last day when it has none); one without a duration (a
 *   reprimand, a moral statement) is served when it takes force. A dismissal ends the
 *   employment and is never served. Recorded by the PPK's office or the system, mostly soon
 *   after the end, once;
 * - the respondent leaves the service on other grounds (retired, dismissed on other grounds,
 *   resigned, died), recorded by the PPK, BKN or the system, at any time once forwarded to the
 *   supervisor; nothing more of the proceedings follows (the criminal track is not closed by it).
 * The month arithmetic is written here, not read from core, so that an error there shows.
 */
import type { ActorRef, IsoDate } from '@netra/core';
import { laterOf, plusDays } from './dates.js';
import { ppkOf } from './proceedings-walk.js';
import { sanctionOf } from './sanction-authority.js';
import { addStep, type ExitReason, type RespondentModel, type Walk } from './walk-state.js';

const SYSTEM: ActorRef = { id: 'netra-scheduler', role: 'system', scope: {} };
const BKN: ActorRef = { id: 'bkn-wasdal-01', role: 'supervisor', scope: {} };

const iso = (y: number, m: number, d: number): IsoDate =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The last day of `months` months from `from`: the day before the same date then. */
export const monthsEnd = (from: IsoDate, months: number): IsoDate => {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return d > daysInMonth ? iso(year, month, daysInMonth) : plusDays(iso(year, month, d), -1);
};

/** The last day of the respondent's effective sanction; undefined when it is not served. */
export const sanctionEndsOn = (w: Walk, r: RespondentModel): IsoDate | undefined => {
  const { effective, inForceOn } = r.proceeding;
  if (effective === null || inForceOn === null) return undefined;
  const type = sanctionOf(w.rulebook, effective);
  if (type.ends) return undefined;
  return type.durationMonths === null ? inForceOn : monthsEnd(inForceOn, type.durationMonths);
};

export const mayServe = (w: Walk, r: RespondentModel): boolean =>
  r.proceeding.exit === null && !r.proceeding.served && sanctionEndsOn(w, r) !== undefined;

export const recordSanctionServed = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const endsOn = sanctionEndsOn(w, r);
  if (endsOn === undefined) return;
  addStep(w, {
    on: plusDays(
      laterOf(w.cursor, endsOn),
      c.weighted([
        [4, 0],
        [4, c.int(1, 3)],
        [2, c.int(4, 40)],
      ]),
    ),
    actor: c.chance(60) ? ppkOf(r) : SYSTEM,
    body: {
      type: 'RecordSanctionServed',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
    },
    label: `RecordSanctionServed:${endsOn === r.proceeding.inForceOn ? 'AT_ONCE' : 'RUN_OUT'}`,
  });
  r.proceeding.served = true;
};

export const mayExit = (r: RespondentModel): boolean =>
  r.forwardedTo !== null && r.proceeding.exit === null;

const REASONS: readonly (readonly [number, ExitReason])[] = [
  [3, 'RETIRED'],
  [2, 'DISMISSED_OTHER_GROUNDS'],
  [2, 'RESIGNED'],
  [1, 'DIED'],
];

export const recordRespondentExit = (w: Walk, pending: readonly RespondentModel[]): void => {
  const { c } = w;
  const r = c.pick(pending);
  const reason = c.weighted(REASONS);
  addStep(w, {
    on: plusDays(w.cursor, c.chance(50) ? c.int(0, 10) : c.int(11, 90)),
    actor: c.weighted<ActorRef>([
      [2, ppkOf(r)],
      [1, BKN],
      [1, SYSTEM],
    ]),
    body: {
      type: 'RecordRespondentExit',
      caseId: w.caseId,
      respondentId: r.respondent.respondentId,
      reason,
      ...(c.chance(30) ? { note: 'SK pemberhentian diterima BKPSDM.' } : {}),
    },
    label: `RecordRespondentExit:${reason}`,
  });
  r.proceeding.exit = reason;
};
