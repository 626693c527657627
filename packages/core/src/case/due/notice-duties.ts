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
import { announceableStatuses } from '../status-notices-owed.js';
import { defineDuty } from './duties.js';

export const NOTICE_DUTIES = [
  defineDuty({
    duty: 'ISSUE_STATUS_NOTICE',
    who: 'BAWASLU',
    what: 'announce the status the report or finding has reached',
    afterClose: true,
    running: (s, rulebook) => {
      const candidates = announceableStatuses(s);
      return candidates
        .filter((c) => !s.statusNotices.some((n) => n.status === c.status))
        .map((c) => {
          const { due, rule } = computeDeadline(rulebook, s.regime, 'STATUS_NOTICE', c.on);
          return { status: c.status, due, basis: rule.basis };
        });
    },
  }),
];
