/**
 * ForwardToCompetentAuthority, since rulebook 2024.2: a non-ASN respondent decided as a violation
 * on the OTHER_LAW track goes to the authority over them — a village head to the Bupati/Wali
 * Kota, a village official to the Kepala Desa, an honorer to the PPK or OPD head, a TNI or Polri
 * member to their command — by the route in the rulebook (`nonAsnRoutes`), which names the
 * authority and the bases (UU 7/2017 Pasal 455(1)(c); Pilkada UU 10/2016 Pasal 30 huruf e).
 * Once per respondent. No statute sets a period for this forward, so none is enforced.
 */
import { either as E } from 'fp-ts';
import type { Either } from 'fp-ts/lib/Either.js';
import type { CaseContext } from '../context.js';
import type { CaseError } from '../errors.js';
import { noOtherLawTrack, trackNotForKind } from '../errors-followup.js';
import { alreadyForwarded } from '../errors-handling.js';
import { OTHER_LAW_TRACK } from '../legal-bases-followup.js';
import type { ForwardToCompetentAuthority } from '../schema/commands.js';
import type { CaseEvent } from '../schema/events.js';
import type { OpenCaseState } from '../state.js';
import { decidedRespondent } from './decided-respondent.js';
import { actOn, notBefore } from './guards.js';
import { isAsn } from './respondents.js';

export const decideForwardToCompetentAuthority = (
  command: ForwardToCompetentAuthority,
  state: OpenCaseState,
  context: CaseContext,
): Either<CaseError, readonly CaseEvent[]> => {
  const { respondentId } = command;
  const decided = decidedRespondent(state, respondentId);
  if (E.isLeft(decided)) return decided;
  const r = decided.right;
  const outcome = r.decision.outcome;
  if (outcome.outcome !== 'VIOLATION' || !outcome.tracks.includes('OTHER_LAW')) {
    return E.left(noOtherLawTrack(respondentId, OTHER_LAW_TRACK));
  }
  const kind = r.respondent.kind;
  if (isAsn(kind)) {
    // Only reachable from a hand-edited history: decide refuses OTHER_LAW for an ASN.
    return E.left(
      trackNotForKind(
        respondentId,
        kind,
        'OTHER_LAW',
        'forward an ASN to the ASN supervisor',
        OTHER_LAW_TRACK,
      ),
    );
  }
  const route = context.rulebook.nonAsnRoutes[kind];
  if (r.otherLawForward !== null) {
    return E.left(
      alreadyForwarded(
        'respondentId',
        respondentId,
        r.otherLawForward.addressee,
        r.otherLawForward.forwardedOn,
      ),
    );
  }
  const forwardedOn = actOn(command, state.timeZone);
  const order = notBefore(
    'meta.occurredAt',
    forwardedOn,
    `the decision on ${respondentId}`,
    r.decision.decidedOn,
  );
  if (E.isLeft(order)) return order;
  return E.right([
    {
      type: 'ForwardedToCompetentAuthority',
      data: {
        respondentId,
        authority: route.authority,
        addressee: command.addressee,
        copies: command.copies ?? [],
        forwardedOn,
        ...(command.letterNumber === undefined ? {} : { letterNumber: command.letterNumber }),
      },
    },
  ]);
};
