/**
 * Which statuses a status notice (pemberitahuan status laporan/temuan) may announce on a case
 * now, each with the day the case reached it: the status the case is in (REGISTERED from the
 * registration; NOT_REGISTERED from the decline; DECIDED, FORWARDED, CLOSED from the latest
 * decision or forward) and, for a lapsed report taken up as a finding, the report's
 * NOT_REGISTERED, still owed to the reporter. One rule for the decider
 * (decide/issue-status-notice.ts) and the due list (due/notice-duties.ts).
 */
import { compareDates, type IsoDate } from '../time/index.js';
import type { noticedStatusSchema } from './schema/notice-events.js';
import { type OpenCaseState, respondentsOf } from './state.js';

type NoticedStatus = (typeof noticedStatusSchema)['options'][number];

export interface AnnounceableStatus {
  readonly status: NoticedStatus;
  /** The day the case reached the status: the notice period runs from it. */
  readonly on: IsoDate;
}

const latest = (dates: readonly (IsoDate | null | undefined)[]): IsoDate | null =>
  dates.reduce<IsoDate | null>(
    (max, d) => (d == null ? max : max === null || compareDates(d, max) > 0 ? d : max),
    null,
  );

const currentStatus = (state: OpenCaseState): AnnounceableStatus | null => {
  switch (state.status) {
    case 'NOT_REGISTERED':
      return state.declined === null
        ? null
        : { status: state.status, on: state.declined.declinedOn };
    case 'REGISTERED':
      return state.registration === null
        ? null
        : { status: state.status, on: state.registration.registeredOn };
    case 'DECIDED':
    case 'FORWARDED':
    case 'CLOSED': {
      const on = latest(
        respondentsOf(state).flatMap((r) => [
          r.decision?.decidedOn,
          r.forwarding?.forwardedOn,
          r.otherLawForward?.forwardedOn,
          r.gakkumdu?.referredOn,
        ]),
      );
      return on === null ? null : { status: state.status, on };
    }
    default:
      return null;
  }
};

/** The statuses that may be announced now, the lapsed report's first, announced or not. */
export const announceableStatuses = (state: OpenCaseState): readonly AnnounceableStatus[] => {
  const current = currentStatus(state);
  return [
    ...(state.takenUpFrom === null
      ? []
      : [{ status: 'NOT_REGISTERED' as const, on: state.takenUpFrom.declinedOn }]),
    ...(current === null ? [] : [current]),
  ];
};
