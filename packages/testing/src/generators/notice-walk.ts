/**
 * The status notice (pemberitahuan status laporan/temuan, rulebook 2024.2): once the case has
 * reached a status worth announcing (registered, not registered, decided, forwarded, closed),
 * Bawaslu announces it, mostly within a day, sometimes late (recorded and flagged, not
 * refused), each status once. A lapsed report taken up as a finding still owes the reporter
 * its non-registration notice beside the finding's own statuses: the notice names the status
 * it announces when more than one is owed, and may name it anyway; without a name it announces
 * the latest status not announced yet.
 */
import { drawDateBetween, plusDays } from './dates.js';
import { addStep, handler, NOTICED_STATUSES, type NoticedStatus, type Walk } from './walk-state.js';

const CHANNELS = ['NOTICE_BOARD', 'WEBSITE', 'SIGAPLAPOR', 'DIRECT'] as const;

const isNoticed = (status: string): status is NoticedStatus =>
  (NOTICED_STATUSES as readonly string[]).includes(status);

/**
 * The statuses a notice may announce in `status`, oldest first: NOT_REGISTERED for a lapsed
 * report taken up as a finding, and the status itself when it is one worth announcing.
 */
export const noticeCandidates = (status: string, takenUp: boolean): NoticedStatus[] => [
  ...(takenUp && status !== 'NOT_REGISTERED' ? (['NOT_REGISTERED'] as const) : []),
  ...(isNoticed(status) ? [status] : []),
];

/** The statuses owed a notice now: the candidates not announced yet. */
const owed = (w: Walk): NoticedStatus[] =>
  noticeCandidates(w.status, w.takenUp).filter((s) => !w.announced.includes(s));

/** Whether some status can be announced now. */
export const canAnnounce = (w: Walk): boolean => owed(w).length > 0;

export const issueStatusNotice = (w: Walk): void => {
  const { c } = w;
  const statuses = owed(w);
  if (statuses.length === 0) throw new RangeError(`nothing to announce in ${w.status}`);
  // Named when more than one is owed (mostly), or just because; otherwise the latest.
  const named = c.chance(statuses.length > 1 ? 70 : 25);
  const status = named ? c.pick(statuses) : (statuses.at(-1) as NoticedStatus);
  const on = c.chance(85)
    ? drawDateBetween(c, w.cursor, plusDays(w.cursor, 1))
    : plusDays(w.cursor, c.int(2, 6));
  addStep(w, {
    on,
    actor: handler(w),
    body: {
      type: 'IssueStatusNotice',
      caseId: w.caseId,
      ...(named ? { status } : {}),
      channels: c.subset(CHANNELS, 1),
      ...(c.chance(40) ? { letterNumber: `${c.int(1, 400)}/PP.01.00/K.${on.slice(0, 4)}` } : {}),
    },
    label: `IssueStatusNotice:${status}`,
  });
  w.announced.push(status);
};
