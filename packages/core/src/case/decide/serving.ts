/**
 * RecordSanctionServed and RecordRespondentExit (issue 15).
 *
 * - A sanction is served once it is in force (after delivery, and after any objection's
 *   decision) and its duration has run: 6, 9 or 12 months, or the 1 year of a PP 53/2010
 *   moderate sanction, from the day it took force (`endsOn`); one without a duration (a
 *   reprimand, a moral statement) is served when it takes force. A dismissal ends the
 *   employment instead and is never "served". Refused before then (SANCTION_NOT_ENDED).
 * - A respondent who leaves the service on other grounds (retired, dismissed on other grounds,
 *   resigned, died) closes the proceedings with the reason; every later step on them is refused
 *   (RESPONDENT_EXITED).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { sanctionType } from '../../rules/index.js';
import { addCalendarDays, compareDates, type IsoDate } from '../../time/index.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import { stageNotApplicable } from '../errors-examination.js';
import { sanctionNotDecided, sanctionNotEnded } from '../errors-proceedings.js';
import { SERVICE_EXIT, SERVING } from '../legal-bases-proceedings.js';
import type { CaseActor } from '../roles.js';
import type { RecordRespondentExit, RecordSanctionServed } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { activeRespondentFor } from './active-respondent.js';
import { actOn, notBefore } from './guards.js';

/**
 * The last day of a period of `months` months that starts on `from`: the day before the same
 * date `months` later, or the last day of that month when it has no such date (a period from
 * 31 Aug for 6 months ends on 28 or 29 Feb).
 */
/** The last day of a sanction in force from `inForceOn`: its duration, or that day itself. */
export const sanctionEndsOn = (
  type: { readonly durationMonths: number | null },
  inForceOn: IsoDate,
): IsoDate =>
  type.durationMonths === null ? inForceOn : periodEnd(inForceOn, type.durationMonths);

export const periodEnd = (from: IsoDate, months: number): IsoDate => {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // Day 0 of the next month is the last day of this one.
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const iso = (day: number) =>
    `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return d > lastOfMonth ? iso(lastOfMonth) : addCalendarDays(iso(d), -1);
};

export const decideRecordSanctionServed = (
  command: RecordSanctionServed,
  state: OpenCaseState,
  context: CaseContext,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { sanction, effective, servedOn } = r.proceeding;
  if (sanction === null) return E.left(sanctionNotDecided(respondentId, SERVING));
  if (servedOn !== null)
    return E.left(sanctionNotEnded(`it was recorded as served on ${servedOn}`, SERVING));
  if (effective === null || effective.code === null || effective.inForceOn === null) {
    return E.left(
      sanctionNotEnded(
        effective?.code === null
          ? 'the objection annulled it'
          : 'it is not in force yet (not delivered, or an objection is pending)',
        SERVING,
      ),
    );
  }
  const type = sanctionType(context.rulebook, effective.code);
  if (type.ends) {
    return E.left(sanctionNotEnded(`${type.code} ends the employment; it is not served`, SERVING));
  }
  const endsOn = sanctionEndsOn(type, effective.inForceOn);
  const on = actOn(command, state.timeZone);
  if (compareDates(on, endsOn) < 0) {
    return E.left(sanctionNotEnded(`${type.code} runs until ${endsOn}`, SERVING));
  }
  return E.right([{ type: 'SanctionServed', data: { respondentId, servedOn: on, endsOn } }]);
};

export const decideRecordRespondentExit = (
  command: RecordRespondentExit,
  state: OpenCaseState,
  actor: CaseActor,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const active = activeRespondentFor(state, respondentId, actor);
  if (E.isLeft(active)) return active;
  const r = active.right;
  // The proceedings an exit closes start with Bawaslu's hand-over of the respondent.
  const handedOver = r.forwarding ?? r.otherLawForward ?? r.gakkumdu;
  if (handedOver === null) {
    return E.left(
      stageNotApplicable(
        respondentId,
        'the respondent is still in Bawaslu’s handling: the proceedings an exit closes start with the forward',
        SERVICE_EXIT,
      ),
    );
  }
  const exitedOn = actOn(command, state.timeZone);
  const order = notBefore('meta.occurredAt', exitedOn, 'the case', state.openedOn);
  if (E.isLeft(order)) return order;
  return E.right([
    {
      type: 'RespondentExited',
      data: {
        respondentId,
        reason: command.reason,
        exitedOn,
        ...(command.note === undefined ? {} : { note: command.note }),
      },
    },
  ]);
};
