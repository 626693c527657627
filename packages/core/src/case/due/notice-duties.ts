/**
 * The status notice (pemberitahuan status laporan/temuan, since rulebook 2024.2): owed for each
 * status the decider would let Bawaslu announce now and that was not announced yet — as
 * decide/issue-status-notice.ts decides it: the status the case is in (REGISTERED from the
 * registration; NOT_REGISTERED from the decline; DECIDED, FORWARDED, CLOSED from the latest
 * decision or forward), and, for a lapsed report taken up as a finding, the report's
 * NOT_REGISTERED. A status the case has left is no longer announced, so no longer owed. Due
 * STATUS_NOTICE after the status date, counted with the rulebook given: the state records
 * this deadline only when the notice is issued.
 */
import { computeDeadline } from '../../rules/index.js';
import { compareDates, type IsoDate } from '../../time/index.js';
import { type OpenCaseState, respondentsOf } from '../state.js';
import { defineDuty, type NoticedStatus } from './duties.js';

const latest = (dates: readonly (IsoDate | null | undefined)[]): IsoDate | null =>
  dates.reduce<IsoDate | null>(
    (max, d) => (d == null ? max : max === null || compareDates(d, max) > 0 ? d : max),
    null,
  );

/** The status the case can announce now and the day it reached it, if any. */
const currentStatus = (
  s: OpenCaseState,
): { readonly status: NoticedStatus; readonly on: IsoDate } | null => {
  switch (s.status) {
    case 'NOT_REGISTERED':
      return s.declined === null ? null : { status: s.status, on: s.declined.declinedOn };
    case 'REGISTERED':
      return s.registration === null ? null : { status: s.status, on: s.registration.registeredOn };
    case 'DECIDED':
    case 'FORWARDED':
    case 'CLOSED': {
      const on = latest(
        respondentsOf(s).flatMap((r) => [
          r.decision?.decidedOn,
          r.forwarding?.forwardedOn,
          r.otherLawForward?.forwardedOn,
          r.gakkumdu?.referredOn,
        ]),
      );
      return on === null ? null : { status: s.status, on };
    }
    default:
      return null;
  }
};

export const NOTICE_DUTIES = [
  defineDuty({
    duty: 'ISSUE_STATUS_NOTICE',
    who: 'BAWASLU',
    what: 'announce the status the report or finding has reached',
    afterClose: true,
    running: (s, rulebook) => {
      const current = currentStatus(s);
      const candidates = [
        ...(s.takenUpFrom === null
          ? []
          : [{ status: 'NOT_REGISTERED' as const, on: s.takenUpFrom.declinedOn }]),
        ...(current === null ? [] : [current]),
      ];
      return candidates
        .filter((c) => !s.statusNotices.some((n) => n.status === c.status))
        .map((c) => {
          const { due, rule } = computeDeadline(rulebook, s.regime, 'STATUS_NOTICE', c.on);
          return { status: c.status, due, basis: rule.basis };
        });
    },
  }),
];
