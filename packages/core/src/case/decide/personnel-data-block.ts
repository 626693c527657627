/**
 * BlockPersonnelData and UnblockPersonnelData (issue 15, research/legal-process.md §3.6): when
 * the PPK does not follow up a recommendation, BKN blocks the respondent's personnel data and
 * services in SIASN (Perban 1/2023), until the PPK acts.
 *
 * - A block needs a PROVEN recommendation with no sanction yet on record, and no block in
 *   place. The law sets the PPK no period, so BKN decides when follow-up is overdue; where an
 *   office configured a policy period, a block before it ends is refused
 *   (FOLLOW_UP_NOT_OVERDUE).
 * - A block is lifted as PPK_FOLLOWED_UP only once a sanction is on record, or as
 *   BLOCKED_IN_ERROR at any time.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import { compareDates } from '../../time/index.js';
import type { CaseError } from '../errors.js';
import {
  alreadyBlocked,
  followUpNotOverdue,
  noRecommendation,
  notBlocked,
  ppkNotFollowedUp,
  sanctionAlreadyDecided,
} from '../errors-proceedings.js';
import { PERSONNEL_DATA_BLOCK } from '../legal-bases-proceedings.js';
import type { BlockPersonnelData, UnblockPersonnelData } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { activeRespondent } from './active-respondent.js';
import { actOn, notBefore } from './guards.js';

export const decideBlockPersonnelData = (
  command: BlockPersonnelData,
  state: OpenCaseState,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const active = activeRespondent(state, respondentId);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { supervisorOutcome, sanction, blocked } = r.proceeding;
  if (supervisorOutcome?.result.outcome !== 'PROVEN') {
    const why =
      supervisorOutcome === null
        ? 'the supervisor has recorded no outcome'
        : `the supervisor found it ${supervisorOutcome.result.outcome}`;
    return E.left(noRecommendation(respondentId, why, PERSONNEL_DATA_BLOCK));
  }
  if (sanction !== null) {
    return E.left(sanctionAlreadyDecided(respondentId, sanction.decidedOn, PERSONNEL_DATA_BLOCK));
  }
  if (blocked !== null) {
    return E.left(alreadyBlocked(respondentId, blocked.blockedOn, PERSONNEL_DATA_BLOCK));
  }
  const blockedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    blockedOn,
    'the recommendation',
    supervisorOutcome.recordedOn,
  );
  if (E.isLeft(order)) return order;
  const due = supervisorOutcome.followUpDue;
  if (due !== null && compareDates(blockedOn, due) <= 0) {
    return E.left(followUpNotOverdue(due, blockedOn, PERSONNEL_DATA_BLOCK));
  }
  return E.right([
    {
      type: 'PersonnelDataBlocked',
      data: { respondentId, blockedOn, followUpDue: due, reason: command.reason },
    },
  ]);
};

export const decideUnblockPersonnelData = (
  command: UnblockPersonnelData,
  state: OpenCaseState,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const active = activeRespondent(state, respondentId);
  if (E.isLeft(active)) return active;
  const r = active.right;
  const { blocked, sanction } = r.proceeding;
  if (blocked === null) return E.left(notBlocked(respondentId, PERSONNEL_DATA_BLOCK));
  if (command.reason === 'PPK_FOLLOWED_UP' && sanction === null) {
    return E.left(ppkNotFollowedUp(respondentId, PERSONNEL_DATA_BLOCK));
  }
  const unblockedOn = actOn(command, state.timeZone);
  const order = notBefore('meta.occurredAt', unblockedOn, 'the block', blocked.blockedOn);
  if (E.isLeft(order)) return order;
  return E.right([
    {
      type: 'PersonnelDataUnblocked',
      data: {
        respondentId,
        unblockedOn,
        reason: command.reason,
        ...(command.note === undefined ? {} : { note: command.note }),
      },
    },
  ]);
};
