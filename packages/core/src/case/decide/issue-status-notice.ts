/**
 * IssueStatusNotice (pemberitahuan status laporan/temuan), since rulebook 2024.2: announces the
 * status a report or finding has reached — registered, not registered, decided, forwarded or
 * closed — within STATUS_NOTICE of the day it reached it. Status notices are posted publicly
 * (research/legal-process.md §3.2 items 6 and 9): the event records whether a public channel
 * (notice board, website, SIGAPLAPOR) was used. A late notice is recorded and flagged, never
 * refused; each status is announced once. Allowed on a closed case (NOT_REGISTERED, CLOSED):
 * the announcement is what tells the reporter. A lapsed report taken up as a finding before
 * its non-registration was announced announces that first: lateness ends the report, and the
 * reporter is still told (research/legal-answers-2026-11.md §2).
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import { nothingToAnnounce, statusAlreadyAnnounced } from '../errors-followup.js';
import type { IssueStatusNotice } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { type AnnounceableStatus, announceableStatuses } from '../status-notices-owed.js';
import { actOn, deadline, inTime, notBefore } from './guards.js';

type NoticedStatus = AnnounceableStatus['status'];

const PUBLIC_CHANNELS = new Set(['NOTICE_BOARD', 'WEBSITE', 'SIGAPLAPOR']);

export const decideIssueStatusNotice = (
  command: IssueStatusNotice,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const rule = context.rulebook.deadlines[state.regime].STATUS_NOTICE;
  // A lapsed report taken up as a finding still owes the reporter its non-registration notice,
  // beside the finding's own statuses. By default the latest status not yet announced.
  const candidates = announceableStatuses(state);
  const announced = (status: NoticedStatus) => state.statusNotices.find((n) => n.status === status);
  const named =
    command.status === undefined ? undefined : candidates.find((c) => c.status === command.status);
  if (command.status !== undefined && named === undefined) {
    return E.left({ ...nothingToAnnounce(state.status, rule.basis), field: 'status' });
  }
  const target =
    named ??
    [...candidates].reverse().find((c) => announced(c.status) === undefined) ??
    candidates.at(-1);
  if (target === undefined) return E.left(nothingToAnnounce(state.status, rule.basis));
  const earlier = announced(target.status);
  if (earlier !== undefined) {
    return E.left(statusAlreadyAnnounced(target.status, earlier.issuedOn, rule.basis));
  }
  const issuedOn = actOn(command, state.timeZone);
  const order = notBefore('meta.occurredAt', issuedOn, `the status ${target.status}`, target.on);
  if (E.isLeft(order)) return order;
  const noticeDue = deadline(context, state.regime, 'STATUS_NOTICE', target.on).due;
  return E.right([
    {
      type: 'StatusNoticeIssued',
      data: {
        status: target.status,
        statusOn: target.on,
        issuedOn,
        noticeDue,
        issuedWithinDeadline: inTime(issuedOn, noticeDue),
        public: command.channels.some((c) => PUBLIC_CHANNELS.has(c)),
        channels: command.channels,
        ...(command.letterNumber === undefined ? {} : { letterNumber: command.letterNumber }),
      },
    },
  ]);
};
